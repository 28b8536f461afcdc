/**
 * Machine-readable simulation output:
 * `{"daemonsets": [{"name", "namespace", "file", "rejected"?, "nodes": [...], "summary": {...}}]}`,
 * and the same envelope for diffs with `changes` instead of `nodes`.
 * `namespace` is null when the manifest does not set one; `rejected` is
 * there only when the API server rejects the DaemonSet (for a diff, `{before?, after?}`).
 * Grouped by node pool (`--by-pool`, `--group-by`), the counts of pools.ts
 * instead: `{"nodes", "groupBy"?, "poolLabels", "pools", "daemonsets": [{..., "pools": [...]}]}`.
 */
import { BATCH_CHARS, batched, jsonChunks, joinChunks } from "../chunks.js";
import { placementsOf } from "./simulate.js";
function simulationEntry({ file, simulation }, only) {
    return {
        name: simulation.name,
        namespace: simulation.namespace ?? null,
        file,
        ...(simulation.rejected ? { rejected: simulation.rejected } : {}),
        // Placements from columns come in one reused object: each is copied.
        nodes: "codes" in simulation ? Array.from(placementsOf(simulation, only), (n) => ({ ...n })) : [...placementsOf(simulation, only)],
        summary: simulation.summary,
    };
}
/** An entry as it is written: the nodes are taken one at a time, never gathered into an array. */
function simulationEntryWritten({ file, simulation }, only) {
    return {
        name: simulation.name,
        namespace: simulation.namespace ?? null,
        file,
        rejected: simulation.rejected,
        nodes: new ListOf(() => placementsOf(simulation, only)),
        summary: simulation.summary,
    };
}
function diffEntry({ file, diff }) {
    return { name: diff.name, namespace: diff.namespace ?? null, file, ...(diff.rejected ? { rejected: diff.rejected } : {}), changes: diff.changes, summary: diff.summary };
}
/** The JSON document as an object; `only` keeps the nodes with that placement. */
export function simulationJson(reports, options = {}) {
    return { daemonsets: reports.map((report) => simulationEntry(report, options.only)) };
}
export function diffJson(reports) {
    return { daemonsets: reports.map(diffEntry) };
}
/**
 * The text of `formatSimulationJson`, in pieces. Each report is taken from
 * `reports` only when its entry is written, so a caller can simulate one
 * DaemonSet at a time and let it go.
 */
export function simulationJsonChunks(reports, options = {}) {
    return batched(documentPieces(reports, (report) => simulationEntryWritten(report, options.only)));
}
export function formatSimulationJson(reports, options = {}) {
    return joinChunks(simulationJsonChunks(reports, options));
}
/** The text of `formatDiffJson`, in pieces, each report taken when its entry is written. */
export function diffJsonChunks(reports) {
    return batched(documentPieces(reports, (report) => ({ ...diffEntry(report), changes: new ListOf(() => report.diff.changes) })));
}
export function formatDiffJson(reports) {
    return joinChunks(diffJsonChunks(reports));
}
const ENTRY_INDENT = "    ";
const ITEM_INDENT = `${ENTRY_INDENT}    `;
/**
 * `JSON.stringify({daemonsets: entries}, null, 2)` and a newline, written
 * entry by entry and, within an entry, node by node: the per-node list of
 * one DaemonSet alone can be hundreds of megabytes of text.
 */
/** The per-node list of an entry, written item by item as its items are made. */
class ListOf {
    items;
    constructor(items) {
        this.items = items;
    }
}
function* documentPieces(reports, entryOf) {
    let count = 0;
    for (const report of reports) {
        yield count++ === 0 ? `{\n  "daemonsets": [\n${ENTRY_INDENT}` : `,\n${ENTRY_INDENT}`;
        yield* entryPieces(entryOf(report));
    }
    yield count === 0 ? '{\n  "daemonsets": []\n}\n' : "\n  ]\n}\n";
}
function* entryPieces(entry) {
    const inner = `${ENTRY_INDENT}  `;
    let first = true;
    yield "{";
    for (const key of Object.keys(entry)) {
        const value = entry[key];
        // As JSON.stringify leaves them out of an object.
        if (value === undefined || typeof value === "function" || typeof value === "symbol")
            continue;
        yield `${first ? "" : ","}\n${inner}${JSON.stringify(key)}: `;
        first = false;
        if (value instanceof ListOf)
            yield* listPieces(value.items());
        else
            yield indented(JSON.stringify(value, null, 2), inner);
    }
    yield first ? "}" : `\n${ENTRY_INDENT}}`;
}
/** JSON text re-indented to sit at `indent`: JSON strings never hold a raw line break. */
function indented(text, indent) {
    return text.replaceAll("\n", `\n${indent}`);
}
/**
 * The nodes (or changes) of one entry. Nodes that fail for the same reasons
 * share one reasons array, so its text is made once; the rest of a node is a
 * few fixed keys.
 */
function* listPieces(items) {
    const reasonsTexts = new Map();
    const reasonsText = (reasons) => {
        let text = reasonsTexts.get(reasons);
        if (text === undefined) {
            text = indented(JSON.stringify(reasons, null, 2), `${ITEM_INDENT}  `);
            reasonsTexts.set(reasons, text);
        }
        return text;
    };
    // Nodes are gathered into runs of text, not handed on one by one: there are millions of them.
    let text = "[";
    let count = 0;
    for (const item of items) {
        // As JSON.stringify writes them in an array.
        let itemText;
        if (item === undefined || typeof item === "function" || typeof item === "symbol")
            itemText = "null";
        else if (isPlainPlacement(item))
            itemText = placementText(item, reasonsText(item.reasons));
        else
            itemText = indented(JSON.stringify(item, null, 2), ITEM_INDENT);
        text += `${count++ > 0 ? "," : ""}\n${ITEM_INDENT}${itemText}`;
        if (text.length >= BATCH_CHARS) {
            yield text;
            text = "";
        }
    }
    yield count === 0 ? "[]" : `${text}\n${ENTRY_INDENT}  ]`;
}
const PLACEMENT_KEYS = ["node", "placement", "shouldRun", "shouldContinueRunning", "reasons"];
/** A node placement as `simulate` makes it: these keys in this order, of these types, nothing else. */
function isPlainPlacement(item) {
    if (typeof item !== "object" || item === null || Object.getPrototypeOf(item) !== Object.prototype)
        return false;
    const n = item;
    if (typeof n.node !== "string" || typeof n.placement !== "string" || typeof n.shouldRun !== "boolean" || typeof n.shouldContinueRunning !== "boolean")
        return false;
    if (!Array.isArray(n.reasons) || Object.getPrototypeOf(n.reasons) !== Array.prototype)
        return false;
    const keys = Object.keys(n);
    return keys.length === PLACEMENT_KEYS.length && keys.every((key, i) => key === PLACEMENT_KEYS[i]);
}
/** Exactly the text JSON.stringify(placement, null, 2) gives, at ITEM_INDENT. */
function placementText(n, reasons) {
    const at = `\n${ITEM_INDENT}  `;
    return (`{${at}"node": ${JSON.stringify(n.node)},${at}"placement": ${JSON.stringify(n.placement)},` +
        `${at}"shouldRun": ${n.shouldRun},${at}"shouldContinueRunning": ${n.shouldContinueRunning},${at}"reasons": ${reasons}\n${ITEM_INDENT}}`);
}
function poolsJson(nodes, pools) {
    const json = { nodes, poolLabels: pools.labels, pools: pools.pools };
    if (pools.groupBy !== undefined)
        json.groupBy = pools.groupBy;
    return json;
}
function reasonsJson(reasons) {
    return reasons.map(({ key: _, ...reason }) => reason);
}
/** A grouped model as JSON: namespaces null when absent, reasons without their internal key. */
function groupedJson(model) {
    return {
        ...poolsJson(model.nodes, model.pools),
        daemonsets: model.daemonSets.map((d) => ({
            name: d.name,
            namespace: d.namespace ?? null,
            file: d.file,
            ...(d.rejected ? { rejected: d.rejected } : {}),
            summary: d.summary,
            pools: d.pools.map((p) => ({ ...p, reasons: reasonsJson(p.reasons) })),
        })),
    };
}
/** The placement grouped by node pool, as JSON (`--format json --by-pool`). */
export function placementByPoolJson(model) {
    return groupedJson(model);
}
/** What a change does, grouped by node pool, as JSON: only the pools where something changes. */
export function changeByPoolJson(model) {
    return groupedJson(model);
}
/** The text of `placementByPoolJson`, in pieces, ending with a newline. */
export function* placementByPoolJsonChunks(model) {
    yield* jsonChunks(placementByPoolJson(model));
    yield "\n";
}
/** The text of `changeByPoolJson`, in pieces, ending with a newline. */
export function* changeByPoolJsonChunks(model) {
    yield* jsonChunks(changeByPoolJson(model));
    yield "\n";
}
