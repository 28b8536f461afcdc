/**
 * Placement read by node pool: the nodes of an inventory sorted into pools
 * (src/k8s/node-pools.ts, or one label given by the user), and for each
 * DaemonSet and pool how many nodes run its pod, leave it pending or are
 * excluded, with the reasons counted. This is the data of the grouped views
 * (format-pools.ts, format-markdown.ts); nothing here makes text to print
 * but the reasons' own wording.
 *
 * A DaemonSet's counts are made from its placement columns in one pass over
 * the nodes and are all that is kept of it: a handful of numbers per pool and
 * the names of a few nodes (NODE_SAMPLE) as examples, whatever the size of
 * the inventory.
 */
import { nodePoolOf, type NodeLabels } from "../k8s/node-pools.js";
import type { InventoryNode } from "./inventory.js";
import { ReasonCounter, ReasonTally, sampleNode, type ReasonCount } from "./reason-groups.js";
import type { PlacementColumns } from "./simulate.js";
import type { ApiRejection, NodePlacementChange, PlacementChange, PlacementCounts, SimulationDiff, SimulationSummary } from "./types.js";

/** The pool of the nodes that have none of the labels. */
export const NO_POOL = "(none)";

export interface NodePool {
  /** Unique among the inventory's pools: the label's value, or `label=value` when two labels give the same value. */
  name: string;
  /** The label the pool comes from (`node-role.kubernetes.io/*` for roles); absent for `(none)`. */
  label?: string;
  /** The label's value (the roles joined with commas). */
  value?: string;
  nodes: number;
}

export interface InventoryPools {
  /** The label given with `--group-by`; absent when pools are found from the well-known labels. */
  groupBy?: string;
  /** Sorted by name, `(none)` last. */
  pools: NodePool[];
  /** Per node of the inventory, in its order, the index of its pool in `pools`. */
  poolOf: Uint32Array;
  /** The labels the pools come from, each once, in the order of `pools`. */
  labels: string[];
  /** Nodes in the `(none)` pool. */
  unpooled: number;
}

/** `(none)` last; otherwise by name. */
function comparePools(a: NodePool, b: NodePool): number {
  if ((a.label === undefined) !== (b.label === undefined)) return a.label === undefined ? 1 : -1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

function poolKeyOf(labels: NodeLabels, groupBy: string | undefined): { label: string; name: string } | undefined {
  if (groupBy === undefined) return nodePoolOf(labels);
  const value = labels.get(groupBy);
  return value === undefined ? undefined : { label: groupBy, name: value === "" ? '""' : value };
}

/** Sorts the nodes into pools, once per inventory. */
export function inventoryPools(nodes: readonly InventoryNode[], options: { groupBy?: string } = {}): InventoryPools {
  const { groupBy } = options;
  const indexOfKey = new Map<string, number>();
  const found: NodePool[] = [];
  const firstIndex = new Uint32Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) {
    const key = poolKeyOf(nodes[i]!.labels, groupBy);
    const id = key ? `${key.label}\u0000${key.name}` : "";
    let index = indexOfKey.get(id);
    if (index === undefined) {
      index = found.length;
      indexOfKey.set(id, index);
      found.push(key ? { name: key.name, label: key.label, value: key.name, nodes: 0 } : { name: NO_POOL, nodes: 0 });
    }
    found[index]!.nodes++;
    firstIndex[i] = index;
  }
  // Two labels with the same value (an instance type named like a role) are told apart by their label.
  const sameName = new Map<string, number>();
  for (const pool of found) sameName.set(pool.name, (sameName.get(pool.name) ?? 0) + 1);
  for (const pool of found) if (pool.label !== undefined && sameName.get(pool.name)! > 1) pool.name = `${pool.label}=${pool.value}`;

  const order = found.map((_, i) => i).sort((a, b) => comparePools(found[a]!, found[b]!));
  const sorted = order.map((i) => found[i]!);
  const newIndex = new Uint32Array(found.length);
  order.forEach((oldIndex, i) => (newIndex[oldIndex] = i));
  const poolOf = firstIndex.map((index) => newIndex[index]!);
  const labels = [...new Set(sorted.flatMap((pool) => (pool.label === undefined ? [] : [pool.label])))];
  const result: InventoryPools = { pools: sorted, poolOf, labels, unpooled: sorted.find((p) => p.label === undefined)?.nodes ?? 0 };
  if (groupBy !== undefined) result.groupBy = groupBy;
  return result;
}

/** One DaemonSet on one pool. */
export interface PoolPlacement extends PlacementCounts {
  pool: string;
  /**
   * Why nodes are excluded, pending or run by preempting, grouped: excluded
   * first, then pending, then preempting; within each, the most nodes first.
   */
  reasons: ReasonCount[];
  /** The first nodes of each placement, by name (at most NODE_SAMPLE each; a rejected DaemonSet names none). */
  sampleNodes: { runs: string[]; pending: string[]; excluded: string[] };
}

/** One DaemonSet, pool by pool. */
export interface DaemonSetByPool {
  name: string;
  namespace?: string;
  /** The manifest file it came from, as shown to the user. */
  file: string;
  summary: SimulationSummary;
  /** Every pool of the inventory, in its order. */
  pools: PoolPlacement[];
  /** The API server's first error, when it rejects the DaemonSet: then it runs nowhere. */
  rejected?: ApiRejection;
}

/** The placement of one DaemonSet's columns counted per pool. */
export function daemonSetByPool(file: string, columns: PlacementColumns, pools: InventoryPools): DaemonSetByPool {
  const counts = pools.pools.map((pool) => ({
    pool: pool.name,
    nodes: 0,
    runs: 0,
    pending: 0,
    excluded: 0,
    excludedKeepingPod: 0,
    rejected: 0,
    preempting: 0,
    preemptedPods: 0,
    sampleNodes: { runs: [] as string[], pending: [] as string[], excluded: [] as string[] },
  }));
  const tallies = pools.pools.map(() => new ReasonTally());
  const counter = new ReasonCounter();
  const { codes, reasons, nodes } = columns;
  for (let i = 0; i < codes.length; i++) {
    const p = pools.poolOf[i]!;
    const count = counts[p]!;
    const code = codes[i]!;
    const name = nodes[i]!.name;
    count.nodes++;
    // The placement codes of simulate.ts: 0 runs, 1 pending, 2 excluded, 3 rejected; 4 added when a running pod is kept.
    switch (code & 3) {
      case 0:
        count.runs++;
        sampleNode(count.sampleNodes.runs, name);
        // A pod that runs has reasons only when it preempts.
        if (reasons[i]!.length === 0) continue;
        count.preempting++;
        for (const reason of reasons[i]!) if (reason.code === "Preempts") count.preemptedPods += reason.victims.length;
        break;
      case 1:
        count.pending++;
        sampleNode(count.sampleNodes.pending, name);
        break;
      case 3:
        count.rejected++;
        continue;
      default:
        count.excluded++;
        sampleNode(count.sampleNodes.excluded, name);
        if (code & 4) count.excludedKeepingPod++;
    }
    tallies[p]!.add(counter.groups(reasons[i]!), name);
  }
  const byPool: DaemonSetByPool = {
    name: columns.name,
    file,
    summary: columns.summary,
    pools: counts.map((count, p) => ({ ...count, reasons: tallies[p]!.counted() })),
  };
  if (columns.namespace !== undefined) byPool.namespace = columns.namespace;
  if (columns.rejected !== undefined) byPool.rejected = columns.rejected;
  return byPool;
}

/** What a change does on one pool. */
export interface PoolChange {
  pool: string;
  gains: number;
  loses: number;
  /** Of `loses`: a running pod is deleted. */
  evicted: number;
  runsToPending: number;
  pendingToRuns: number;
  /** Why the changed nodes are where they are after the change (before, for nodes that are gone). */
  reasons: ReasonCount[];
  /** The first few changed nodes, as examples (SAMPLE_NODES). */
  sampleNodes: string[];
  /** The first nodes of each kind of change, by name (at most NODE_SAMPLE each). */
  nodesByChange: Record<PlacementChange, string[]>;
}

/** One DaemonSet's change, pool by pool. */
export interface DaemonSetChangeByPool {
  name: string;
  namespace?: string;
  file: string;
  summary: SimulationDiff["summary"];
  /** The API server's rejection of either version, when it rejects it. */
  rejected?: SimulationDiff["rejected"];
  /** Only the pools where something changes, in the pools' order. */
  pools: PoolChange[];
}

/** How many changed nodes a pool's change names. */
export const SAMPLE_NODES = 5;

/**
 * Where the nodes of a change are: for `--nodes-after`, the pool of a node
 * is the one it is in after the change, or before for a node that is gone.
 */
export class PoolsOfNodes {
  private readonly poolOfName = new Map<string, string>();
  readonly order: string[] = [];

  constructor(inventories: readonly { nodes: readonly InventoryNode[]; pools: InventoryPools }[]) {
    const seen = new Set<string>();
    for (const { nodes, pools } of inventories) {
      nodes.forEach((node, i) => {
        if (!this.poolOfName.has(node.name)) this.poolOfName.set(node.name, pools.pools[pools.poolOf[i]!]!.name);
      });
      for (const pool of pools.pools) {
        if (seen.has(pool.name)) continue;
        seen.add(pool.name);
        this.order.push(pool.name);
      }
    }
  }

  poolOf(node: string): string {
    return this.poolOfName.get(node) ?? NO_POOL;
  }
}

/** A diff counted per pool. */
export function daemonSetChangeByPool(file: string, diff: SimulationDiff, where: PoolsOfNodes): DaemonSetChangeByPool {
  const changes = new Map<string, { change: Omit<PoolChange, "reasons">; tally: ReasonTally }>();
  const counter = new ReasonCounter();
  for (const c of diff.changes) {
    const pool = where.poolOf(c.node);
    let entry = changes.get(pool);
    if (!entry) {
      const nodesByChange = { gains: [], loses: [], "runs-to-pending": [], "pending-to-runs": [] };
      entry = { change: { pool, gains: 0, loses: 0, evicted: 0, runsToPending: 0, pendingToRuns: 0, sampleNodes: [], nodesByChange }, tally: new ReasonTally() };
      changes.set(pool, entry);
    }
    count(entry.change, c);
    if (entry.change.sampleNodes.length < SAMPLE_NODES) entry.change.sampleNodes.push(c.node);
    sampleNode(entry.change.nodesByChange[c.change], c.node);
    entry.tally.add(counter.groups(c.reasons), c.node);
  }
  const pools = where.order.flatMap((pool) => {
    const entry = changes.get(pool);
    return entry ? [{ ...entry.change, reasons: entry.tally.counted() }] : [];
  });
  const byPool: DaemonSetChangeByPool = { name: diff.name, file, summary: diff.summary, pools };
  if (diff.namespace !== undefined) byPool.namespace = diff.namespace;
  if (diff.rejected !== undefined) byPool.rejected = diff.rejected;
  return byPool;
}

function count(change: Omit<PoolChange, "reasons">, c: NodePlacementChange): void {
  switch (c.change) {
    case "gains":
      change.gains++;
      break;
    case "loses":
      change.loses++;
      if (c.evicted) change.evicted++;
      break;
    case "runs-to-pending":
      change.runsToPending++;
      break;
    case "pending-to-runs":
      change.pendingToRuns++;
  }
}
