/**
 * The grouped simulation output as one self-contained HTML page: a summary
 * of every DaemonSet, then a matrix of DaemonSets by node pool whose cells
 * are coloured by the share of nodes where the pod runs, is pending or is
 * excluded, each opening (`<details>`, no script) to the reasons counted and
 * the names of the first nodes. For a change, the same matrix of what each
 * DaemonSet gains, loses and evicts per pool.
 *
 * The page loads nothing: its style is inline and its Content-Security-Policy
 * forbids scripts and every request, so text from the input, escaped
 * everywhere, could not act even if it got through. Colour always comes with
 * words and numbers.
 */
import { batched } from "../chunks.js";
import { printable } from "../text.js";
import { changeSignsText, poolChangeText, poolsLegend, preemptingText, qualifiedName } from "./format-pools.js";
import { count, desiredText, plural, rejectionText, rolloutLines, rolloutSummary } from "./format-table.js";
const HTML_SPECIAL = /[&<>"']/g;
const HTML_ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
/** `&`, `<`, `>` and both quotes as character references: the text stays text in an element and in a quoted attribute. */
export function escapeHtml(text) {
    return text.replace(HTML_SPECIAL, (c) => HTML_ENTITIES[c]);
}
/** Text from the input as HTML text: control characters made visible, markup escaped. */
export const htmlText = (text) => escapeHtml(printable(text));
// Colours are paired with text everywhere; the bars are hidden from screen readers, whose users get the numbers.
const STYLE = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg: #fff; --head: #f6f8fa;
  --runs: #2da44e; --runs-light: #aceebb; --pending: #d4a72c; --excluded: #8c959f; --rejected: #cf222e; --rejected-light: #ffcecb;
  --gains: #2da44e; --loses: #bc4c00; --evicted: #cf222e; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --line: #3d444d; --bg: #0d1117; --head: #151b23; } }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); margin: 1.5rem; }
h1 { font-size: 1.4rem; margin: 0 0 .3rem; } h2 { font-size: 1.1rem; margin: 1.8rem 0 .5rem; } h3 { font-size: .95rem; margin: .6rem 0 .2rem; }
p { margin: .3rem 0; } .muted, .file { color: var(--muted); } .file { font-size: .85em; word-break: break-all; }
table { border-collapse: collapse; } th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
thead th { background: var(--head); } th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.scroll { overflow-x: auto; max-width: 100%; }
summary { cursor: pointer; } details[open] > summary { margin-bottom: .3rem; }
.matrix td { min-width: 8rem; } .matrix details[open] { min-width: 22rem; max-width: 40rem; }
.matrix th[scope=row] { min-width: 12rem; max-width: 24rem; } .matrix th[scope=row] details > :not(summary) { font-weight: normal; }
.bar { display: flex; height: .75rem; border-radius: 2px; overflow: hidden; background: var(--line); margin: .15rem 0 .25rem; }
.bar > span { display: block; height: 100%; }
.seg-runs { background: var(--runs); }
.seg-preempting { background: repeating-linear-gradient(135deg, var(--runs) 0 3px, var(--runs-light) 3px 6px); }
.seg-pending { background: var(--pending); } .seg-excluded { background: var(--excluded); }
.seg-rejected { background: repeating-linear-gradient(135deg, var(--rejected) 0 3px, var(--rejected-light) 3px 6px); }
.seg-gains { background: var(--gains); } .seg-loses { background: var(--loses); } .seg-evicted { background: var(--evicted); }
.seg-runs-to-pending { background: var(--pending); } .seg-pending-to-runs { background: var(--runs-light); }
.counts { white-space: nowrap; font-variant-numeric: tabular-nums; }
td.rejected { background: color-mix(in srgb, var(--rejected) 10%, transparent); }
td.unchanged { color: var(--muted); }
td.evicts { box-shadow: inset 3px 0 0 var(--evicted); } td.changes { box-shadow: inset 3px 0 0 var(--loses); } td.gains-only { box-shadow: inset 3px 0 0 var(--gains); }
ul { margin: .2rem 0; padding-left: 1.2rem; } li { margin: .15rem 0; }
.names { color: var(--muted); font-size: .9em; word-break: break-word; }
.legend { display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; padding: 0; list-style: none; }
.legend li { display: flex; align-items: center; gap: .35rem; }
.swatch { display: inline-block; width: 1.4rem; height: .75rem; border-radius: 2px; }
.warning { color: var(--evicted); }
`;
/** The page's head; `title` is already HTML. */
function head(title) {
    return (`<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n` +
        // Nothing to load and nothing to run: the page works offline and input can never become script.
        `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">\n` +
        `<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta name="generator" content="dslint simulate">\n` +
        `<title>${title}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n`);
}
const FOOT = "</body>\n</html>\n";
/** A share of a whole as a CSS width. */
function percent(part, whole) {
    return whole === 0 ? "0%" : `${((100 * part) / whole).toFixed(2).replace(/\.?0+$/, "")}%`;
}
/** A bar of coloured segments, each `[class, nodes]`, over `whole` nodes; hidden from screen readers, which read the counts beside it. */
function bar(segments, whole) {
    const spans = segments
        .filter(([, n]) => n > 0)
        .map(([kind, n]) => `<span class="seg-${kind}" style="width:${percent(n, whole)}"></span>`)
        .join("");
    return `<span class="bar" aria-hidden="true">${spans}</span>`;
}
/** The first names of some nodes and how many more there are: `a, b, c and 12 more`. */
function namesText(names, total) {
    const more = total - names.length;
    return `${names.map(htmlText).join(", ")}${more > 0 ? ` and ${count(more)} more` : ""}`;
}
function reasonItem(reason) {
    const detail = reason.detail === undefined ? "" : ` <span class="muted">[${htmlText(reason.detail)}]</span>`;
    return `<li>${htmlText(reason.text)}${detail}: <strong>${plural(reason.nodes, "node")}</strong> <span class="names">${namesText(reason.sampleNodes, reason.nodes)}</span></li>`;
}
function reasonList(reasons) {
    return reasons.length === 0 ? "" : `<ul>${reasons.map(reasonItem).join("")}</ul>`;
}
const LEGEND = [
    ["runs", "runs: the controller creates a pod and the scheduler admits it"],
    ["preempting", "runs by preempting lower-priority pods"],
    ["pending", "pending: the pod is created, a scheduler filter keeps it Pending"],
    ["excluded", "excluded: the controller creates no pod"],
    ["rejected", "rejected: the API server refuses the DaemonSet"],
];
const CHANGE_LEGEND = [
    ["gains", "gains a pod"],
    ["loses", "gets no new pod, a running pod is kept"],
    ["evicted", "loses its pod: the running pod is evicted"],
    ["runs-to-pending", "becomes pending"],
    ["pending-to-runs", "no longer pending"],
];
function legend(items) {
    const entries = items.map(([kind, text]) => `<li><span class="swatch seg-${kind}" aria-hidden="true"></span>${text}</li>`).join("");
    return `<ul class="legend" aria-label="Legend">${entries}</ul>\n`;
}
/** A row's anchor: the DaemonSet's place in the list, since names may repeat across files. */
const rowId = (i) => `ds-${i + 1}`;
function poolHeader(pool) {
    const label = pool.label === undefined ? "" : ` title="${htmlText(pool.label)}"`;
    const nodes = pool.nodes === undefined ? "" : `<br><span class="muted">${plural(pool.nodes, "node")}</span>`;
    return `<th scope="col"${label}>${htmlText(pool.name)}${nodes}</th>`;
}
function rejectionParagraph(prefix, rejection) {
    return `<p class="warning">${prefix}${htmlText(rejectionText(rejection))}</p>`;
}
// ---------------------------------------------------------------- placement
function runsText(p) {
    return p.preempting > 0 ? `${count(p.runs)} (${preemptingText(p)})` : count(p.runs);
}
function summaryRow(d, i) {
    const s = d.summary;
    const rollout = d.rejected ? "rejected by the API server" : htmlText(rolloutSummary(s.rollout));
    return (`<tr><td>${htmlText(d.namespace ?? "")}</td><td><a href="#${rowId(i)}">${htmlText(d.name)}</a></td>` +
        `<td class="num">${count(s.desired)}</td><td class="num">${runsText(s)}</td><td class="num">${count(s.pending)}</td><td class="num">${count(s.excluded)}</td>` +
        `<td${d.rejected ? ' class="rejected"' : ""}>${rollout}</td></tr>\n`);
}
/** The row header: the DaemonSet, and its DESIRED and ROLLOUT lines on opening. */
function rowHeader(d) {
    const lines = d.rejected ? [] : rolloutLines(d.summary.rollout);
    const rollout = lines.map((line) => `<p${line.startsWith("WARNING") ? ' class="warning"' : ""}>${htmlText(line)}</p>`).join("");
    return (`<details><summary>${htmlText(qualifiedName(d))}</summary><p class="file">${htmlText(d.file)}</p>` +
        `<p>DESIRED  ${htmlText(desiredText(d.summary))}</p>${rollout}</details>`);
}
/** One DaemonSet on one pool: the bar and counts, opening to the nodes and reasons. */
function placementCell(p) {
    const plainRuns = p.runs - p.preempting;
    const segments = [
        ["runs", plainRuns],
        ["preempting", p.preempting],
        ["pending", p.pending],
        ["excluded", p.excluded],
    ];
    const parts = [`${count(p.runs)} of ${count(p.nodes)} run${p.preempting > 0 ? ` (${count(p.preempting)} preempting)` : ""}`];
    if (p.pending > 0)
        parts.push(`${count(p.pending)} pending`);
    if (p.excluded > 0)
        parts.push(`${count(p.excluded)} excluded`);
    const of = (placement) => p.reasons.filter((r) => r.placement === placement);
    let body = "";
    if (p.nodes === 0)
        body = "<p>No node.</p>";
    if (p.runs > 0)
        body += `<h3>Runs: ${plural(p.runs, "node")}</h3><p class="names">${namesText(p.sampleNodes.runs, p.runs)}</p>`;
    if (p.preempting > 0)
        body += `<h3>${preemptingText(p)}</h3>${reasonList(of("runs"))}`;
    if (p.pending > 0)
        body += `<h3>Pending: ${plural(p.pending, "node")}</h3>${reasonList(of("pending"))}`;
    if (p.excluded > 0) {
        const kept = p.excludedKeepingPod > 0 ? ` (${count(p.excludedKeepingPod)} keep${p.excludedKeepingPod === 1 ? "s" : ""} a running pod)` : "";
        body += `<h3>Excluded: ${plural(p.excluded, "node")}${kept}</h3>${reasonList(of("excluded"))}`;
    }
    return `<td data-pool="${htmlText(p.pool)}"><details><summary><span class="counts">${parts.join(", ")}</span>${bar(segments, p.nodes)}</summary>${body}</details></td>`;
}
function placementRow(d, i, pools) {
    const th = `<th scope="row" id="${rowId(i)}">${rowHeader(d)}</th>`;
    // A rejected DaemonSet has one answer for every pool: said once, across the row.
    if (d.rejected) {
        const cell = `<td class="rejected" colspan="${pools}">${bar([["rejected", 1]], 1)}<strong>Rejected</strong>. No node gets a pod: ${htmlText(rejectionText(d.rejected))}</td>`;
        return `<tr>${th}${cell}</tr>\n`;
    }
    return `<tr>${th}${d.pools.map(placementCell).join("")}</tr>\n`;
}
function* placementPieces(model) {
    const { daemonSets } = model;
    const title = `DaemonSet placement: ${plural(daemonSets.length, "DaemonSet")} on ${plural(model.nodes, "node")}`;
    yield head(htmlText(title));
    yield `<h1>${htmlText(title)}</h1>\n<p class="muted">${poolsLegend(model.pools, model.nodes, htmlText)}</p>\n`;
    if (daemonSets.length === 0) {
        yield "<p>No apps/v1 DaemonSet in the given paths.</p>\n";
        yield FOOT;
        return;
    }
    yield '<h2 id="summary">Summary</h2>\n<div class="scroll"><table class="summary">\n';
    yield '<thead><tr><th scope="col">Namespace</th><th scope="col">DaemonSet</th><th scope="col" class="num">Desired</th><th scope="col" class="num">Runs</th><th scope="col" class="num">Pending</th><th scope="col" class="num">Excluded</th><th scope="col">Rollout</th></tr></thead>\n<tbody>\n';
    for (let i = 0; i < daemonSets.length; i++)
        yield summaryRow(daemonSets[i], i);
    yield "</tbody></table></div>\n";
    yield '<h2 id="by-pool">By node pool</h2>\n';
    yield "<p>Each cell is the share of the pool's nodes where the DaemonSet's pod runs, is pending or is excluded; open it for the reasons and the nodes.</p>\n";
    yield legend(LEGEND);
    yield '<div class="scroll"><table class="matrix">\n<thead><tr><th scope="col">DaemonSet</th>';
    for (const pool of model.pools.pools)
        yield poolHeader(pool);
    yield "</tr></thead>\n<tbody>\n";
    for (let i = 0; i < daemonSets.length; i++)
        yield placementRow(daemonSets[i], i, model.pools.pools.length);
    yield "</tbody></table></div>\n";
    yield FOOT;
}
/** The placement of every DaemonSet, grouped by node pool, as an HTML page. */
export function placementHtmlChunks(model) {
    return batched(placementPieces(model));
}
// ---------------------------------------------------------------- change
const CHANGE_NAMES = {
    gains: "Gain a pod",
    loses: "Lose their pod",
    "runs-to-pending": "Become pending",
    "pending-to-runs": "No longer pending",
};
function changeCounts(p) {
    return { gains: p.gains, loses: p.loses, "runs-to-pending": p.runsToPending, "pending-to-runs": p.pendingToRuns };
}
/** What a change does to one pool: the bar (over the pool's nodes after the change, when known), the signs, and the nodes and reasons. */
function changeCell(p, poolNodes) {
    const changed = p.gains + p.loses + p.runsToPending + p.pendingToRuns;
    const segments = [
        ["gains", p.gains],
        ["loses", p.loses - p.evicted],
        ["evicted", p.evicted],
        ["runs-to-pending", p.runsToPending],
        ["pending-to-runs", p.pendingToRuns],
    ];
    const counts = changeCounts(p);
    let body = "";
    for (const change of Object.keys(CHANGE_NAMES)) {
        const n = counts[change];
        if (n === 0)
            continue;
        const evicted = change === "loses" ? ` (${p.evicted > 0 ? `${count(p.evicted)} evicted` : "running pods kept"})` : "";
        body += `<h3>${CHANGE_NAMES[change]}: ${plural(n, "node")}${evicted}</h3><p class="names">${namesText(p.nodesByChange[change], n)}</p>`;
    }
    if (p.reasons.length > 0)
        body += `<h3>Why, after the change</h3>${reasonList(p.reasons)}`;
    const kind = p.evicted > 0 ? "evicts" : p.loses > 0 || p.runsToPending > 0 ? "changes" : "gains-only";
    const signs = htmlText(changeSignsText(p));
    return `<td class="${kind}" data-pool="${htmlText(p.pool)}"><details><summary><span class="counts">${signs}</span>${bar(segments, poolNodes ?? changed)}</summary>${body}</details></td>`;
}
function changeRowHeader(d) {
    const s = d.summary;
    const summary = `nodes gaining a pod ${count(s.gains)}, losing one ${count(s.loses)}${s.loses > 0 ? ` (${count(s.evicted)} evicted)` : ""}, ` +
        `becoming pending ${count(s.runsToPending)}, no longer pending ${count(s.pendingToRuns)}; DESIRED ${count(s.desiredBefore)} → ${count(s.desiredAfter)}`;
    return `<details><summary>${htmlText(qualifiedName(d))}</summary><p class="file">${htmlText(d.file)}</p><p>${summary}</p>${rejectedChange(d)}</details>`;
}
function rejectedChange(d) {
    let text = "";
    if (d.rejected?.before)
        text += rejectionParagraph("Rejected before the change: ", d.rejected.before);
    if (d.rejected?.after)
        text += rejectionParagraph("Rejected after the change (the running pods stay: the API server refuses the change): ", d.rejected.after);
    return text;
}
function changeSummaryRow(d, i) {
    const s = d.summary;
    const desired = s.desiredBefore === s.desiredAfter ? count(s.desiredAfter) : `${count(s.desiredBefore)} → ${count(s.desiredAfter)}`;
    const pools = d.pools.map((p) => htmlText(poolChangeText(p))).join(", ");
    const rejected = d.rejected?.after ? "rejected by the API server: " : "";
    return (`<tr><td>${htmlText(d.namespace ?? "")}</td><td><a href="#${rowId(i)}">${htmlText(d.name)}</a></td><td class="num">${desired}</td>` +
        `<td class="num">${count(s.gains)}</td><td class="num">${count(s.loses)}</td><td class="num">${count(s.evicted)}</td><td>${rejected}${pools}</td></tr>\n`);
}
/** The columns of the change matrix: the pools after the change, then any pool only the nodes gone were in. */
function changeColumns(model, changed) {
    const columns = [...model.pools.pools];
    const known = new Set(columns.map((c) => c.name));
    for (const d of changed) {
        for (const p of d.pools) {
            if (known.has(p.pool))
                continue;
            known.add(p.pool);
            columns.push({ name: p.pool });
        }
    }
    return columns;
}
function* changePieces(model) {
    const changed = model.daemonSets.filter((d) => d.pools.length > 0);
    const unchanged = model.daemonSets.filter((d) => d.pools.length === 0);
    const all = model.daemonSets.length;
    const title = `DaemonSet placement change: ${count(changed.length)} of ${plural(all, "DaemonSet")} ${changed.length === 1 ? "changes" : "change"} on ${plural(model.nodes, "node")}`;
    yield head(htmlText(title));
    yield `<h1>${htmlText(title)}</h1>\n<p class="muted">${poolsLegend(model.pools, model.nodes, htmlText)}</p>\n`;
    if (changed.length === 0) {
        yield all === 0 ? "<p>No apps/v1 DaemonSet in the given paths.</p>\n" : "<p>No DaemonSet gains or loses a pod on any node.</p>\n";
    }
    else {
        yield '<h2 id="summary">Summary</h2>\n<div class="scroll"><table class="summary">\n';
        yield '<thead><tr><th scope="col">Namespace</th><th scope="col">DaemonSet</th><th scope="col" class="num">Desired</th><th scope="col" class="num">Gains</th><th scope="col" class="num">Loses</th><th scope="col" class="num">Evicted</th><th scope="col">Pools</th></tr></thead>\n<tbody>\n';
        for (let i = 0; i < changed.length; i++)
            yield changeSummaryRow(changed[i], i);
        yield "</tbody></table></div>\n";
        yield '<h2 id="by-pool">Changes by node pool</h2>\n';
        yield "<p>Each cell shows the pool's nodes whose placement changes, as a share of the pool; open it for the nodes and why they are where they are after the change.</p>\n";
        yield legend(CHANGE_LEGEND);
        const columns = changeColumns(model, changed);
        yield '<div class="scroll"><table class="matrix">\n<thead><tr><th scope="col">DaemonSet</th>';
        for (const column of columns)
            yield poolHeader(column);
        yield "</tr></thead>\n<tbody>\n";
        for (let i = 0; i < changed.length; i++) {
            const d = changed[i];
            const byPool = new Map(d.pools.map((p) => [p.pool, p]));
            const cells = columns.map((column) => {
                const p = byPool.get(column.name);
                return p ? changeCell(p, column.nodes) : '<td class="unchanged">no change</td>';
            });
            yield `<tr><th scope="row" id="${rowId(i)}">${changeRowHeader(d)}</th>${cells.join("")}</tr>\n`;
        }
        yield "</tbody></table></div>\n";
    }
    if (unchanged.length > 0) {
        yield `<h2 id="unchanged">No change</h2>\n<p>${unchanged.map((d) => htmlText(qualifiedName(d))).join(", ")}</p>\n`;
        for (const d of unchanged)
            if (d.rejected)
                yield `<p>${htmlText(qualifiedName(d))}:</p>${rejectedChange(d)}\n`;
    }
    yield FOOT;
}
/** What a change does, grouped by node pool, as an HTML page. */
export function changeHtmlChunks(model) {
    return batched(changePieces(model));
}
