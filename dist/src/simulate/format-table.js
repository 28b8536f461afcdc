import { placementsOf } from "./simulate.js";
import { printable, tidyMessage } from "../text.js";
import { BATCH_CHARS, batched, joinChunks } from "../chunks.js";
const plain = (_role, text) => text;
export function title(name, namespace, file) {
    return printable(`DaemonSet ${namespace === undefined ? name : `${namespace}/${name}`} (${file})`);
}
/**
 * Columns padded to their widest cell; the last column is not padded. The
 * items are gone through twice, once to measure and once to write, so no
 * row is held: a table of every node of a large inventory is never built
 * whole. Yields runs of whole lines, each line ending with a newline.
 */
export function* tableText(columns, items, paint) {
    const last = columns.length - 1;
    const widths = columns.map((column) => column.header.length);
    for (const item of items()) {
        for (let c = 0; c < last; c++)
            widths[c] = Math.max(widths[c], columns[c].cell(item).length);
    }
    const padded = (c, cell) => (c === last ? cell : cell.padEnd(widths[c]));
    let text = "";
    for (let c = 0; c <= last; c++)
        text += `${c > 0 ? "  " : ""}${paint("header", padded(c, columns[c].header))}`;
    text = `${text.trimEnd()}\n`;
    for (const item of items()) {
        let line = "";
        for (let c = 0; c <= last; c++) {
            const { cell, role } = columns[c];
            const cellText = padded(c, cell(item));
            line += `${c > 0 ? "  " : ""}${role ? paint(role(item), cellText) : cellText}`;
        }
        text += `${line.trimEnd()}\n`;
        if (text.length >= BATCH_CHARS) {
            yield text;
            text = "";
        }
    }
    yield text;
}
/** A count as people read large ones: `1,430`. */
export function count(n) {
    return n.toLocaleString("en-US");
}
export function plural(n, word) {
    return `${count(n)} ${word}${n === 1 ? "" : "s"}`;
}
/**
 * What the DESIRED line says: `7 (runs 7, 1 of them by preempting 2 pods,
 * pending 0); excluded 5 (4 would keep a running pod); 12 nodes`, or that a
 * rejected DaemonSet runs nowhere.
 */
export function desiredText(s) {
    if (s.rejected > 0)
        return `0: no node gets a pod; ${plural(s.nodes, "node")}`;
    const kept = s.excludedKeepingPod > 0 ? ` (${count(s.excludedKeepingPod)} would keep a running pod)` : "";
    const preempting = s.preempting > 0 ? `, ${count(s.preempting)} of them by preempting ${plural(s.preemptedPods, "pod")}` : "";
    return `${count(s.desired)} (runs ${count(s.runs)}${preempting}, pending ${count(s.pending)}); excluded ${count(s.excluded)}${kept}; ${plural(s.nodes, "node")}`;
}
/**
 * The reasons of a node as one cell. Nodes that fail for the same reasons
 * share one reasons array, so each text is made once per array, not once
 * per node.
 */
function reasonTexts() {
    const texts = new Map();
    return (reasons) => {
        let text = texts.get(reasons);
        if (text === undefined) {
            text = tidyMessage(reasons.map((reason) => reason.message).join("; "));
            texts.set(reasons, text);
        }
        return text;
    };
}
function scaled(spec, value) {
    if (value === null)
        return String(spec ?? "");
    return typeof spec === "string" ? `${spec} → ${count(value)}` : count(value);
}
function wavesText(rollout) {
    return rollout.waves === 0 ? "no node to update" : `${plural(rollout.waves ?? 0, "wave")} of up to ${plural(rollout.perWave ?? 0, "node")}`;
}
/** The rollout plan in a few words, for a column: `7 waves of up to 1 node`, `OnDelete`. */
export function rolloutSummary(rollout) {
    if (rollout.strategy !== "RollingUpdate")
        return rollout.strategy;
    if (rollout.error !== undefined)
        return "skipped: invalid maxUnavailable/maxSurge";
    const waves = wavesText(rollout);
    return rollout.hostPortSurgeDeadlock ? `${waves}; never progresses (maxSurge with host ports)` : waves;
}
/** The rollout plan as one line, plus a warning line when it cannot progress. */
export function rolloutLines(rollout, paint = plain) {
    const lines = [];
    if (rollout.strategy !== "RollingUpdate") {
        lines.push(`ROLLOUT  ${rollout.strategy}: pods are replaced only when they are deleted`);
    }
    else if (rollout.error !== undefined) {
        lines.push(`ROLLOUT  RollingUpdate: ${rollout.error}; the controller skips the rolling update`);
    }
    else {
        const waves = wavesText(rollout);
        lines.push(`ROLLOUT  RollingUpdate: maxUnavailable ${scaled(rollout.maxUnavailableSpec, rollout.maxUnavailable)}, maxSurge ${scaled(rollout.maxSurgeSpec, rollout.maxSurge)}; ${waves}`);
    }
    if (rollout.hostPortSurgeDeadlock) {
        lines.push(paint("warning", `WARNING  maxSurge with host ports ${rollout.hostPorts.join(", ")}: the surge pod cannot bind them while the old pod runs, so the rollout never progresses`));
    }
    return lines;
}
/** One DaemonSet's block as text, each line ending with a newline. */
function* simulationBlockText(report, options) {
    const paint = options.paint ?? plain;
    const { simulation } = report;
    const { only } = options;
    yield `${paint("title", title(simulation.name, simulation.namespace, report.file))}\n`;
    const s = simulation.summary;
    // A rejected DaemonSet has one answer for every node: said once.
    if (simulation.rejected) {
        yield `${paint("excluded", `REJECTED  ${rejectionText(simulation.rejected)}`)}\n`;
        yield `\nDESIRED  ${desiredText(s)}\n`;
        return;
    }
    const shown = () => placementsOf(simulation, only);
    if (shown()[Symbol.iterator]().next().done) {
        yield `${paint("muted", only === undefined ? "(no nodes)" : `(no ${only} nodes)`)}\n`;
    }
    else {
        const reasonText = reasonTexts();
        const columns = [
            { header: "NODE", cell: (n) => printable(n.node) },
            { header: "PLACEMENT", cell: (n) => n.placement, role: (n) => placementRole(n.placement) },
            {
                header: "REASON",
                cell: (n) => {
                    const text = reasonText(n.reasons);
                    return n.placement === "excluded" && n.shouldContinueRunning ? `${text} (a running pod is kept)` : text;
                },
            },
        ];
        yield* tableText(columns, shown, paint);
    }
    yield `\nDESIRED  ${desiredText(s)}\n`;
    for (const line of rolloutLines(s.rollout, paint))
        yield `${line}\n`;
}
/** The API server's first error, where it is, and how many more there are. */
export function rejectionText(rejection) {
    const at = rejection.line !== undefined ? ` (line ${rejection.line}, column ${rejection.column ?? 1})` : "";
    const more = rejection.errors > 1 ? `; and ${rejection.errors - 1} more error${rejection.errors === 2 ? "" : "s"}` : "";
    return tidyMessage(`the API server rejects the DaemonSet: ${rejection.field}: ${rejection.message}${at}${more}`);
}
function placementRole(placement) {
    return placement === "rejected" ? "excluded" : placement;
}
/** Blocks separated by a blank line. */
function* blocksText(items, blockText) {
    let first = true;
    for (const item of items) {
        if (!first)
            yield "\n";
        first = false;
        yield* blockText(item);
    }
}
/**
 * The table in pieces: one block per DaemonSet, separated by a blank line,
 * each line ending with a newline. Each report is taken from `reports` only
 * when its block is written, so a caller can simulate one DaemonSet at a time.
 */
export function simulationTableChunks(reports, options = {}) {
    return batched(blocksText(reports, (report) => simulationBlockText(report, options)));
}
/** One block per DaemonSet, separated by a blank line, ending with a newline. */
export function formatSimulationTable(reports, options = {}) {
    return joinChunks(simulationTableChunks(reports, options));
}
function changeText(change) {
    switch (change.change) {
        case "gains":
            return change.after === "pending" ? "gains a pod (pending)" : "gains a pod";
        case "loses":
            if (change.after === "rejected")
                return "loses its pod: the DaemonSet is rejected";
            return change.evicted ? "loses its pod (evicted)" : "gets no new pod (a running pod is kept)";
        case "runs-to-pending":
            return "becomes pending";
        case "pending-to-runs":
            return "no longer pending";
    }
}
function changeRole(change) {
    if (change.change === "gains" || change.change === "pending-to-runs")
        return "runs";
    return change.change === "runs-to-pending" ? "pending" : "excluded";
}
function* diffBlockText(report, paint) {
    const { diff } = report;
    yield `${paint("title", title(diff.name, diff.namespace, report.file))}\n`;
    if (diff.rejected?.before)
        yield `${paint("muted", `REJECTED before the change: ${rejectionText(diff.rejected.before)}`)}\n`;
    if (diff.rejected?.after)
        yield `${paint("excluded", `REJECTED after the change: ${rejectionText(diff.rejected.after)}`)}\n`;
    const s = diff.summary;
    if (diff.changes.length === 0) {
        yield `${paint("muted", `no placement changes (DESIRED ${count(s.desiredAfter)})`)}\n`;
        return;
    }
    const reasonText = reasonTexts();
    const columns = [
        { header: "NODE", cell: (c) => printable(c.node) },
        { header: "BEFORE", cell: (c) => c.before },
        { header: "AFTER", cell: (c) => c.after },
        { header: "CHANGE", cell: changeText, role: changeRole },
        { header: "REASON", cell: (c) => reasonText(c.reasons) },
    ];
    yield* tableText(columns, () => diff.changes, paint);
    const evicted = s.loses > 0 ? ` (${count(s.evicted)} evicted)` : "";
    yield `\nSUMMARY  nodes gaining a pod ${count(s.gains)}, losing one ${count(s.loses)}${evicted}, becoming pending ${count(s.runsToPending)}, no longer pending ${count(s.pendingToRuns)}; DESIRED ${count(s.desiredBefore)} → ${count(s.desiredAfter)}\n`;
}
/** The diff table in pieces; each report is taken from `reports` only when its block is written. */
export function diffTableChunks(reports, options = {}) {
    const paint = options.paint ?? plain;
    return batched(blocksText(reports, (report) => diffBlockText(report, paint)));
}
/** One block per DaemonSet listing the nodes whose placement changes. */
export function formatDiffTable(reports, options = {}) {
    return joinChunks(diffTableChunks(reports, options));
}
