/**
 * The grouped simulation output, for inventories too large to read node by
 * node: first every DaemonSet on one line, as `kubectl get ds` lists them,
 * then for each DaemonSet one line per node pool with its counts and the
 * reasons counted. The same for placement changes. The data comes from
 * pools.ts; the phrases here are shared with the Markdown output.
 */
import { batched } from "../chunks.js";
import { printable, tidyMessage } from "../text.js";
import { count, desiredText, plural, rejectionText, rolloutLines, rolloutSummary, tableText, title } from "./format-table.js";
import { NO_POOL } from "./pools.js";
import { ROLES_LABEL } from "../k8s/node-pools.js";
const asText = (text) => printable(text);
const plain = (_role, text) => text;
function reasonText(reason, escape) {
    return `${escape(reason.detail === undefined ? reason.text : `${reason.text} [${reason.detail}]`)} (${count(reason.nodes)})`;
}
/**
 * Why nodes of a pool get no running pod, and what the pods that run by
 * preempting evict:
 * `1,430 excluded: dedicated=batch:NoExecute not tolerated (863), nvidia.com/gpu:NoSchedule not tolerated (567)`.
 */
export function poolReasonsText(pool, escape = asText) {
    const parts = [];
    const of = (placement) => pool.reasons.filter((r) => r.placement === placement).map((r) => reasonText(r, escape)).join(", ");
    if (pool.excluded > 0) {
        const kept = pool.excludedKeepingPod > 0 ? ` (${count(pool.excludedKeepingPod)} keep${pool.excludedKeepingPod === 1 ? "s" : ""} a running pod)` : "";
        parts.push(`${count(pool.excluded)} excluded${kept}: ${of("excluded")}`);
    }
    if (pool.pending > 0)
        parts.push(`${count(pool.pending)} pending: ${of("pending")}`);
    if (pool.preempting > 0)
        parts.push(`${preemptingText(pool)}: ${of("runs")}`);
    return parts.join("; ");
}
/** `3 run by preempting 4 pods`. */
export function preemptingText(counts) {
    return `${count(counts.preempting)} run${counts.preempting === 1 ? "s" : ""} by preempting ${plural(counts.preemptedPods, "pod")}`;
}
/** How the pools were found, in one line: `3 pools by node-role.kubernetes.io/* (node roles)`. */
export function poolsLegend(pools, nodes, escape = asText) {
    const by = pools.labels.map((label) => (label === ROLES_LABEL ? `${label} (node roles)` : escape(label)));
    const of = `${plural(pools.pools.length, "pool")} of ${plural(nodes, "node")}`;
    if (pools.groupBy !== undefined) {
        const none = pools.unpooled > 0 ? `; ${plural(pools.unpooled, "node")} without it in ${NO_POOL}` : "";
        return `${of} by label ${escape(pools.groupBy)}${none}`;
    }
    const none = pools.unpooled > 0 ? `; ${plural(pools.unpooled, "node")} with none of the pool, role or instance-type labels in ${NO_POOL}` : "";
    return by.length === 0 ? `${of}: no node has a pool, role or instance-type label` : `${of} by ${by.join(", ")}${none}`;
}
export function qualifiedName(ds) {
    return ds.namespace === undefined ? ds.name : `${ds.namespace}/${ds.name}`;
}
/** A pool's change in a few signs: `gpu -120 (120 evicted)`, `worker +3`, `control-plane -3 (running pods kept)`. */
export function poolChangeText(change, escape = asText) {
    return `${escape(change.pool)} ${changeSignsText(change)}`;
}
/** The signs alone: `-120 (120 evicted)`, `+3 1 to pending`. */
export function changeSignsText(change) {
    const parts = [];
    if (change.gains > 0)
        parts.push(`+${count(change.gains)}`);
    if (change.loses > 0)
        parts.push(`-${count(change.loses)} (${change.evicted > 0 ? `${count(change.evicted)} evicted` : "running pods kept"})`);
    if (change.runsToPending > 0)
        parts.push(`${count(change.runsToPending)} to pending`);
    if (change.pendingToRuns > 0)
        parts.push(`${count(change.pendingToRuns)} no longer pending`);
    return parts.join(" ");
}
/** Why the changed nodes of a pool are where they are after the change. */
export function changeReasonsText(change, escape = asText) {
    return change.reasons.map((r) => reasonText(r, escape)).join(", ");
}
function* summaryText(model, paint) {
    const columns = [
        { header: "NAMESPACE", cell: (d) => printable(d.namespace ?? "") },
        { header: "NAME", cell: (d) => printable(d.name) },
        { header: "DESIRED", cell: (d) => count(d.summary.desired) },
        { header: "RUNS", cell: (d) => count(d.summary.runs), role: () => "runs" },
        { header: "PENDING", cell: (d) => count(d.summary.pending), role: (d) => (d.summary.pending > 0 ? "pending" : "muted") },
        { header: "EXCLUDED", cell: (d) => count(d.summary.excluded), role: (d) => (d.summary.excluded > 0 ? "excluded" : "muted") },
        { header: "ROLLOUT", cell: (d) => (d.rejected ? "rejected by the API server" : rolloutSummary(d.summary.rollout)) },
    ];
    if (model.daemonSets.length === 0)
        yield `${paint("muted", "(no DaemonSets)")}\n`;
    else
        yield* tableText(columns, () => model.daemonSets, paint);
    yield `${paint("muted", `POOLS  ${poolsLegend(model.pools, model.nodes)}`)}\n`;
}
function* daemonSetText(ds, paint) {
    yield `\n${paint("title", title(ds.name, ds.namespace, ds.file))}\n`;
    // A rejected DaemonSet has one answer for every node: said once, as in the node table.
    if (ds.rejected) {
        yield `${paint("excluded", `REJECTED  ${rejectionText(ds.rejected)}`)}\n`;
        yield `\nDESIRED  ${desiredText(ds.summary)}\n`;
        return;
    }
    const columns = [
        { header: "POOL", cell: (p) => printable(p.pool) },
        { header: "NODES", cell: (p) => count(p.nodes) },
        { header: "RUNS", cell: (p) => count(p.runs) + (p.preempting > 0 ? ` (${count(p.preempting)} preempting)` : "") },
        { header: "PENDING", cell: (p) => count(p.pending), role: (p) => (p.pending > 0 ? "pending" : "muted") },
        { header: "EXCLUDED", cell: (p) => count(p.excluded), role: (p) => (p.excluded > 0 ? "excluded" : "muted") },
        { header: "REASONS", cell: (p) => tidyMessage(poolReasonsText(p)) },
    ];
    yield* tableText(columns, () => ds.pools, paint);
    yield `\nDESIRED  ${desiredText(ds.summary)}\n`;
    for (const line of rolloutLines(ds.summary.rollout, paint))
        yield `${line}\n`;
}
/** The summary of every DaemonSet, then each DaemonSet pool by pool; each line ends with a newline. */
export function poolTableChunks(model, options = {}) {
    const paint = options.paint ?? plain;
    return batched((function* () {
        yield* summaryText(model, paint);
        for (const ds of model.daemonSets)
            yield* daemonSetText(ds, paint);
    })());
}
function desiredChange(s) {
    return s.desiredBefore === s.desiredAfter ? count(s.desiredAfter) : `${count(s.desiredBefore)} → ${count(s.desiredAfter)}`;
}
function* diffSummaryText(model, paint) {
    const columns = [
        { header: "NAMESPACE", cell: (d) => printable(d.namespace ?? "") },
        { header: "NAME", cell: (d) => printable(d.name) },
        { header: "DESIRED", cell: (d) => desiredChange(d.summary) },
        { header: "GAINS", cell: (d) => count(d.summary.gains), role: (d) => (d.summary.gains > 0 ? "runs" : "muted") },
        { header: "LOSES", cell: (d) => count(d.summary.loses), role: (d) => (d.summary.loses > 0 ? "excluded" : "muted") },
        { header: "EVICTED", cell: (d) => count(d.summary.evicted), role: (d) => (d.summary.evicted > 0 ? "excluded" : "muted") },
        { header: "POOLS", cell: (d) => (d.pools.length === 0 ? "no change" : tidyMessage(d.pools.map((p) => poolChangeText(p)).join(", "))) },
    ];
    if (model.daemonSets.length === 0)
        yield `${paint("muted", "(no DaemonSets)")}\n`;
    else
        yield* tableText(columns, () => model.daemonSets, paint);
    yield `${paint("muted", `POOLS  ${poolsLegend(model.pools, model.nodes)}`)}\n`;
}
function* diffDaemonSetText(ds, paint) {
    yield `\n${paint("title", title(ds.name, ds.namespace, ds.file))}\n`;
    const columns = [
        { header: "POOL", cell: (p) => printable(p.pool) },
        { header: "GAINS", cell: (p) => count(p.gains), role: (p) => (p.gains > 0 ? "runs" : "muted") },
        { header: "LOSES", cell: (p) => count(p.loses), role: (p) => (p.loses > 0 ? "excluded" : "muted") },
        { header: "EVICTED", cell: (p) => count(p.evicted), role: (p) => (p.evicted > 0 ? "excluded" : "muted") },
        { header: "TO PENDING", cell: (p) => count(p.runsToPending), role: (p) => (p.runsToPending > 0 ? "pending" : "muted") },
        { header: "NO LONGER PENDING", cell: (p) => count(p.pendingToRuns), role: (p) => (p.pendingToRuns > 0 ? "runs" : "muted") },
        { header: "REASONS AFTER", cell: (p) => tidyMessage(changeReasonsText(p)) },
    ];
    yield* tableText(columns, () => ds.pools, paint);
}
/** The changes: every DaemonSet on one line, then the pools of each DaemonSet that changes. */
export function poolDiffTableChunks(model, options = {}) {
    const paint = options.paint ?? plain;
    return batched((function* () {
        yield* diffSummaryText(model, paint);
        for (const ds of model.daemonSets)
            if (ds.pools.length > 0)
                yield* diffDaemonSetText(ds, paint);
    })());
}
