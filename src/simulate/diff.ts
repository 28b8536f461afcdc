/**
 * What a change does to placement: compares two simulations of the same
 * DaemonSet, either of two manifest versions over one inventory (`--before`)
 * or of one manifest over two inventories (`--nodes-after`). Nodes are
 * matched by name; a node present on one side only is `absent` on the other.
 */
import { checkSimulation } from "../api-arguments.js";
import type { DaemonSetSimulation, DiffPlacement, NodePlacement, NodePlacementChange, PlacementChange, SimulationDiff } from "./types.js";

function hasPod(placement: DiffPlacement): boolean {
  return placement === "runs" || placement === "pending";
}

function changeOf(before: DiffPlacement, after: DiffPlacement): PlacementChange | undefined {
  if (!hasPod(before) && hasPod(after)) return "gains";
  if (hasPod(before) && !hasPod(after)) return "loses";
  if (before === "runs" && after === "pending") return "runs-to-pending";
  if (before === "pending" && after === "runs") return "pending-to-runs";
  return undefined;
}

function compare(node: string, before: NodePlacement | undefined, after: NodePlacement | undefined): NodePlacementChange | undefined {
  const from: DiffPlacement = before?.placement ?? "absent";
  const to: DiffPlacement = after?.placement ?? "absent";
  const change = changeOf(from, to);
  if (!change) return undefined;
  const entry: NodePlacementChange = { node, change, before: from, after: to, reasons: (after ?? before)?.reasons ?? [] };
  // A rejected DaemonSet is never stored, so the pods of the version before stay where they are.
  if (change === "loses") entry.evicted = after === undefined || (after.placement !== "rejected" && !after.shouldContinueRunning);
  return entry;
}

/** Per node: who gains a pod, who loses one (and whether it is evicted), and runs ↔ pending moves. */
export function diffSimulations(before: DaemonSetSimulation, after: DaemonSetSimulation): SimulationDiff {
  checkSimulation("diffSimulations", "before", before);
  checkSimulation("diffSimulations", "after", after);
  const beforeByNode = new Map(before.nodes.map((placement) => [placement.node, placement]));
  const changes: NodePlacementChange[] = [];
  const seen = new Set<string>();
  for (const placement of after.nodes) {
    seen.add(placement.node);
    const change = compare(placement.node, beforeByNode.get(placement.node), placement);
    if (change) changes.push(change);
  }
  for (const placement of before.nodes) {
    if (seen.has(placement.node)) continue;
    const change = compare(placement.node, placement, undefined);
    if (change) changes.push(change);
  }
  const count = (kind: PlacementChange): number => changes.filter((c) => c.change === kind).length;
  const diff: SimulationDiff = {
    name: after.name,
    changes,
    summary: {
      gains: count("gains"),
      loses: count("loses"),
      evicted: changes.filter((c) => c.evicted === true).length,
      runsToPending: count("runs-to-pending"),
      pendingToRuns: count("pending-to-runs"),
      desiredBefore: before.summary.desired,
      desiredAfter: after.summary.desired,
    },
  };
  const namespace = after.namespace ?? before.namespace;
  if (namespace !== undefined) diff.namespace = namespace;
  if (before.rejected || after.rejected) {
    diff.rejected = {};
    if (before.rejected) diff.rejected.before = before.rejected;
    if (after.rejected) diff.rejected.after = after.rejected;
  }
  return diff;
}
