/**
 * The grouped simulation output as GitHub Markdown, for a pull-request
 * comment or a job summary: a short table of the DaemonSets (of the ones a
 * change touches, for a diff), and the detail pool by pool in a collapsed
 * `<details>` section. Every name, label value and reason comes from user
 * input and is escaped, so none of it can become markup, a link or a table
 * cell border.
 */
import { batched } from "../chunks.js";
import { printable } from "../text.js";
import { count, rejectionText, rolloutSummary } from "./format-table.js";
import { escapeHtml } from "./format-html.js";
import { changeReasonsText, poolChangeText, poolReasonsText, poolsLegend, preemptingText, qualifiedName, } from "./format-pools.js";
// The ASCII punctuation that has a meaning in the middle of a line: emphasis,
// code, links and images, table cells, strikethrough, and GitHub's issue
// references and mentions. A backslash makes each literal (CommonMark
// "Backslash escapes"); user text never starts a line, where more would.
const MARKDOWN_SPECIAL = /[\\`*_[\]|~#@]/g;
/** Text from the input as literal Markdown text: on one line, no markup, no HTML. */
export const markdownText = (text) => escapeHtml(printable(text).replace(MARKDOWN_SPECIAL, (c) => `\\${c}`));
function row(cells) {
    return `| ${cells.join(" | ")} |\n`;
}
/** A header row and its alignment row; `right` marks the numeric columns. */
function header(cells, right) {
    return row(cells) + row(cells.map((_, i) => (right.has(i) ? "---:" : "---")));
}
const NUMBERS_FROM_2 = new Set([2, 3, 4, 5]);
/** Runs, and how many of them preempt: `7 (2 run by preempting 3 pods)`. */
function runsCell(counts) {
    return counts.preempting > 0 ? `${count(counts.runs)} (${preemptingText(counts)})` : count(counts.runs);
}
function rolloutCell(d) {
    return d.rejected ? "rejected by the API server" : markdownText(rolloutSummary(d.summary.rollout));
}
function* placementPieces(model) {
    const { daemonSets } = model;
    yield `### DaemonSet placement: ${count(daemonSets.length)} DaemonSet${daemonSets.length === 1 ? "" : "s"} on ${count(model.nodes)} node${model.nodes === 1 ? "" : "s"}\n\n`;
    if (daemonSets.length === 0) {
        yield "No apps/v1 DaemonSet in the given paths.\n";
        return;
    }
    yield header(["Namespace", "DaemonSet", "Desired", "Runs", "Pending", "Excluded", "Rollout"], NUMBERS_FROM_2);
    for (const d of daemonSets) {
        const s = d.summary;
        yield row([markdownText(d.namespace ?? ""), markdownText(d.name), count(s.desired), runsCell(s), count(s.pending), count(s.excluded), rolloutCell(d)]);
    }
    yield `\n${poolsLegend(model.pools, model.nodes, markdownText)}\n\n`;
    yield "<details>\n<summary>Placement by node pool</summary>\n\n";
    for (const d of daemonSets) {
        yield `#### ${markdownText(qualifiedName(d))}\n\nFile: ${markdownText(d.file)}\n\n`;
        // A rejected DaemonSet has one answer for every pool: said once, as in the tables.
        if (d.rejected) {
            yield `**Rejected**: ${markdownText(rejectionText(d.rejected))}. No node gets a pod.\n\n`;
            continue;
        }
        yield header(["Pool", "Nodes", "Runs", "Pending", "Excluded", "Reasons"], new Set([1, 2, 3, 4]));
        for (const p of d.pools) {
            yield row([markdownText(p.pool), count(p.nodes), runsCell(p), count(p.pending), count(p.excluded), poolReasonsText(p, markdownText)]);
        }
        yield "\n";
    }
    yield "</details>\n";
}
/** The placement of every DaemonSet, grouped by node pool, as Markdown. */
export function placementMarkdownChunks(model) {
    return batched(placementPieces(model));
}
function desiredChange(s) {
    return s.desiredBefore === s.desiredAfter ? count(s.desiredAfter) : `${count(s.desiredBefore)} → ${count(s.desiredAfter)}`;
}
function sampleText(p) {
    const changed = p.gains + p.loses + p.runsToPending + p.pendingToRuns;
    const more = changed - p.sampleNodes.length;
    return p.sampleNodes.map(markdownText).join(", ") + (more > 0 ? `, and ${count(more)} more` : "");
}
/** What the API server says of either version, for a DaemonSet it rejects. */
function* rejectedChangeText(d) {
    if (d.rejected?.before)
        yield `**Rejected before the change**: ${markdownText(rejectionText(d.rejected.before))}.\n\n`;
    if (d.rejected?.after)
        yield `**Rejected after the change**: ${markdownText(rejectionText(d.rejected.after))}. The running pods stay: the API server refuses the change.\n\n`;
}
/** The Pools cell of a change: a rejected new version is said first. */
function changedPoolsCell(d) {
    const pools = d.pools.map((p) => poolChangeText(p, markdownText)).join(", ");
    return d.rejected?.after ? `rejected by the API server: ${pools}` : pools;
}
function* changePieces(model) {
    const changed = model.daemonSets.filter((d) => d.pools.length > 0);
    const unchanged = model.daemonSets.filter((d) => d.pools.length === 0);
    const all = model.daemonSets.length;
    yield `### DaemonSet placement change: ${count(changed.length)} of ${count(all)} DaemonSet${all === 1 ? "" : "s"} ${changed.length === 1 ? "changes" : "change"} on ${count(model.nodes)} node${model.nodes === 1 ? "" : "s"}\n\n`;
    if (changed.length === 0) {
        yield model.daemonSets.length === 0 ? "No apps/v1 DaemonSet in the given paths.\n" : "No DaemonSet gains or loses a pod on any node.\n";
    }
    else {
        yield header(["Namespace", "DaemonSet", "Desired", "Gains", "Loses", "Evicted", "Pools"], new Set([3, 4, 5]));
        for (const d of changed) {
            const s = d.summary;
            yield row([markdownText(d.namespace ?? ""), markdownText(d.name), desiredChange(s), count(s.gains), count(s.loses), count(s.evicted), changedPoolsCell(d)]);
        }
        yield `\n${poolsLegend(model.pools, model.nodes, markdownText)}\n\n`;
    }
    if (changed.length === 0 && unchanged.length === 0)
        return;
    yield "<details>\n<summary>Changes by node pool</summary>\n\n";
    for (const d of changed) {
        yield `#### ${markdownText(qualifiedName(d))}\n\nFile: ${markdownText(d.file)}\n\n`;
        yield* rejectedChangeText(d);
        yield header(["Pool", "Gains", "Loses", "Evicted", "To pending", "No longer pending", "Reasons after", "Nodes"], new Set([1, 2, 3, 4, 5]));
        for (const p of d.pools) {
            yield row([markdownText(p.pool), count(p.gains), count(p.loses), count(p.evicted), count(p.runsToPending), count(p.pendingToRuns), changeReasonsText(p, markdownText), sampleText(p)]);
        }
        yield "\n";
    }
    if (unchanged.length > 0)
        yield `No change: ${unchanged.map((d) => markdownText(qualifiedName(d))).join(", ")}.\n\n`;
    yield "</details>\n";
}
/** What a change does, grouped by node pool, as Markdown. */
export function changeMarkdownChunks(model) {
    return batched(changePieces(model));
}
