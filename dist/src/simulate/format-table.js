import { printable, tidyMessage } from "../text.js";
import { appendAll } from "../values.js";
const plain = (_role, text) => text;
function title(name, namespace, file) {
    return printable(`DaemonSet ${namespace === undefined ? name : `${namespace}/${name}`} (${file})`);
}
/** Columns padded to their widest cell; the last column is not padded. */
function table(header, rows, paintCell, paint) {
    const widths = header.map((cell, column) => rows.reduce((max, row) => Math.max(max, row[column].length), cell.length));
    const last = header.length - 1;
    const line = (cells, style) => cells
        .map((cell, column) => style(column, column === last ? cell : cell.padEnd(widths[column])))
        .join("  ")
        .trimEnd();
    const out = [line(header, (_c, text) => paint("header", text))];
    rows.forEach((row, r) => out.push(line(row, (column, text) => paintCell(column, r, text))));
    return out;
}
function plural(count, word) {
    return `${count} ${word}${count === 1 ? "" : "s"}`;
}
function reasonText(placement) {
    const text = tidyMessage(placement.reasons.map((reason) => reason.message).join("; "));
    if (placement.placement === "excluded" && placement.shouldContinueRunning)
        return `${text} (a running pod is kept)`;
    return text;
}
function scaled(spec, value) {
    if (value === null)
        return String(spec ?? "");
    return typeof spec === "string" ? `${spec} → ${value}` : String(value);
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
        const waves = rollout.waves === 0 ? "no node to update" : `${plural(rollout.waves ?? 0, "wave")} of up to ${plural(rollout.perWave ?? 0, "node")}`;
        lines.push(`ROLLOUT  RollingUpdate: maxUnavailable ${scaled(rollout.maxUnavailableSpec, rollout.maxUnavailable)}, maxSurge ${scaled(rollout.maxSurgeSpec, rollout.maxSurge)}; ${waves}`);
    }
    if (rollout.hostPortSurgeDeadlock) {
        lines.push(paint("warning", `WARNING  maxSurge with host ports ${rollout.hostPorts.join(", ")}: the surge pod cannot bind them while the old pod runs, so the rollout never progresses`));
    }
    return lines;
}
function simulationBlock(report, options) {
    const paint = options.paint ?? plain;
    const { simulation } = report;
    const shown = options.only === undefined ? simulation.nodes : simulation.nodes.filter((n) => n.placement === options.only);
    const lines = [paint("title", title(simulation.name, simulation.namespace, report.file))];
    if (shown.length === 0) {
        lines.push(paint("muted", options.only === undefined ? "(no nodes)" : `(no ${options.only} nodes)`));
    }
    else {
        const rows = shown.map((n) => [printable(n.node), n.placement, reasonText(n)]);
        appendAll(lines, table(["NODE", "PLACEMENT", "REASON"], rows, (column, row, text) => (column === 1 ? paint(shown[row].placement, text) : text), paint));
    }
    const s = simulation.summary;
    const kept = s.excludedKeepingPod > 0 ? ` (${s.excludedKeepingPod} would keep a running pod)` : "";
    lines.push("");
    lines.push(`DESIRED  ${s.desired} (runs ${s.runs}, pending ${s.pending}); excluded ${s.excluded}${kept}; ${plural(s.nodes, "node")}`);
    lines.push(...rolloutLines(s.rollout, paint));
    return lines.join("\n");
}
/** One block per DaemonSet, separated by a blank line, ending with a newline. */
export function formatSimulationTable(reports, options = {}) {
    return reports.length === 0 ? "" : `${reports.map((report) => simulationBlock(report, options)).join("\n\n")}\n`;
}
function changeText(change) {
    switch (change.change) {
        case "gains":
            return change.after === "pending" ? "gains a pod (pending)" : "gains a pod";
        case "loses":
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
function diffBlock(report, paint) {
    const { diff } = report;
    const lines = [paint("title", title(diff.name, diff.namespace, report.file))];
    const s = diff.summary;
    if (diff.changes.length === 0) {
        lines.push(paint("muted", `no placement changes (DESIRED ${s.desiredAfter})`));
        return lines.join("\n");
    }
    const rows = diff.changes.map((c) => [printable(c.node), c.before, c.after, changeText(c), tidyMessage(c.reasons.map((r) => r.message).join("; "))]);
    appendAll(lines, table(["NODE", "BEFORE", "AFTER", "CHANGE", "REASON"], rows, (column, row, text) => (column === 3 ? paint(changeRole(diff.changes[row]), text) : text), paint));
    lines.push("");
    const evicted = s.loses > 0 ? ` (${s.evicted} evicted)` : "";
    lines.push(`SUMMARY  nodes gaining a pod ${s.gains}, losing one ${s.loses}${evicted}, becoming pending ${s.runsToPending}, no longer pending ${s.pendingToRuns}; DESIRED ${s.desiredBefore} → ${s.desiredAfter}`);
    return lines.join("\n");
}
/** One block per DaemonSet listing the nodes whose placement changes. */
export function formatDiffTable(reports, options = {}) {
    const paint = options.paint ?? plain;
    return reports.length === 0 ? "" : `${reports.map((report) => diffBlock(report, paint)).join("\n\n")}\n`;
}
