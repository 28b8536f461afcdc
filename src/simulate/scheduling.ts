/**
 * The scheduler filters that can still keep a created daemon pod Pending on
 * its node: NodeResourcesFit (pod count and requests,
 * pkg/scheduler/framework/plugins/noderesources/fit.go `fitsRequest`) and
 * NodePorts (plugins/nodeports/node_ports.go). NodeUnschedulable,
 * TaintToleration and NodeAffinity pass whenever the controller's shouldRun
 * holds, because daemon pods tolerate `node.kubernetes.io/unschedulable` and
 * carry the same tolerations and nodeSelector the controller checked.
 */
import { formatHostPort, formatResourceAmount, hostPortsConflict, isSchedulerResource, type HostPort, type ResourceAmounts } from "../k8s/podresources.js";
import type { DaemonPod } from "./daemonpod.js";
import type { InventoryNode, InventoryPod } from "./inventory.js";
import type { PlacementReason } from "./types.js";

/** What the pods already bound to one node take from it. */
export interface NodeUsage {
  pods: InventoryPod[];
  /** Sum of the pods' requests. */
  requested: ResourceAmounts;
  /** Pods controlled by a DaemonSet: the simulated DaemonSet's own pods are among them. */
  daemonSetPods: InventoryPod[];
}

export type PodsByNode = ReadonlyMap<string, NodeUsage>;

/** Groups bound pods by node and sums their requests once, for every DaemonSet simulated against them. */
export function podsByNode(pods: readonly InventoryPod[]): PodsByNode {
  const byNode = new Map<string, NodeUsage>();
  for (const pod of pods) {
    let usage = byNode.get(pod.nodeName);
    if (!usage) {
      usage = { pods: [], requested: new Map(), daemonSetPods: [] };
      byNode.set(pod.nodeName, usage);
    }
    usage.pods.push(pod);
    for (const [resource, amount] of pod.requests) usage.requested.set(resource, (usage.requested.get(resource) ?? 0) + amount);
    if (pod.daemonSet !== undefined) usage.daemonSetPods.push(pod);
  }
  return byNode;
}

/**
 * The simulated DaemonSet's own pods are the ones its new pod replaces, so
 * they neither count against the node nor hold its ports. A DaemonSet without
 * a namespace matches its name in any namespace.
 */
function isOwnPod(pod: DaemonPod, candidate: InventoryPod): boolean {
  return candidate.daemonSet === pod.name && (pod.namespace === undefined || candidate.namespace === pod.namespace);
}

export function ownPodsOn(pod: DaemonPod, usage: NodeUsage): InventoryPod[] {
  return usage.daemonSetPods.length === 0 ? [] : usage.daemonSetPods.filter((candidate) => isOwnPod(pod, candidate));
}

/**
 * What the pods on the node request of a resource, less the pods that are
 * gone: the DaemonSet's own, which its new pod replaces, and those a
 * preemption removes.
 */
function usedBy(resource: string, usage: NodeUsage | undefined, gone: readonly InventoryPod[]): number {
  let used = usage?.requested.get(resource) ?? 0;
  for (const p of gone) used -= p.requests.get(resource) ?? 0;
  return used;
}

/** The requests NodeResourcesFit compares: non-zero, of a resource it knows. */
export function checkedRequests(pod: DaemonPod): [string, number][] {
  return [...pod.requests].filter(([resource, amount]) => amount > 0 && isSchedulerResource(resource));
}

function fitReasons(
  requests: readonly [string, number][],
  node: InventoryNode,
  usage: NodeUsage | undefined,
  gone: readonly InventoryPod[],
): PlacementReason[] {
  const allocatable = node.allocatable;
  if (!allocatable) return [];
  const reasons: PlacementReason[] = [];
  const podsOnNode = (usage?.pods.length ?? 0) - gone.length;
  const allowedPods = allocatable.get("pods") ?? 0;
  if (podsOnNode + 1 > allowedPods) {
    reasons.push({
      code: "TooManyPods",
      message: `Too many pods: ${podsOnNode} of ${allowedPods} allocatable pods are already on the node`,
      pods: podsOnNode,
      allocatable: allowedPods,
    });
  }
  for (const [resource, requested] of requests) {
    const total = allocatable.get(resource) ?? 0;
    const used = usedBy(resource, usage, gone);
    const free = total - used;
    if (requested <= free) continue;
    reasons.push(insufficient(resource, requested, total, used));
  }
  return reasons;
}

function insufficient(resource: string, requested: number, total: number, used: number): PlacementReason {
  const amount = (value: number): string => formatResourceAmount(resource, value);
  const free = total - used;
  const context = used > 0 ? `${amount(total)} allocatable, ${amount(used)} requested by other pods` : `${amount(total)} allocatable`;
  return {
    code: "InsufficientResource",
    message: `Insufficient ${resource}: requests ${amount(requested)}, ${amount(Math.max(free, 0))} free (${context})`,
    resource,
    requested,
    free,
    allocatable: total,
    used,
  };
}

function portReasons(pod: DaemonPod, usage: NodeUsage | undefined, gone: readonly InventoryPod[]): PlacementReason[] {
  if (pod.hostPorts.length === 0 || !usage) return [];
  const reasons: PlacementReason[] = [];
  for (const wanted of pod.hostPorts) {
    const conflict = findPortUser(wanted, usage, gone);
    if (!conflict) continue;
    const [holder, usedPort] = conflict;
    const binds = formatHostPort(usedPort) === formatHostPort(wanted) ? "" : ` (bound as ${formatHostPort(usedPort)})`;
    reasons.push({
      code: "HostPortConflict",
      message: `host port ${formatHostPort(wanted)} is in use by pod ${holder.namespace}/${holder.name}${binds}`,
      hostPort: wanted,
      usedPort,
      usedBy: { namespace: holder.namespace, name: holder.name },
    });
  }
  return reasons;
}

function findPortUser(wanted: HostPort, usage: NodeUsage, gone: readonly InventoryPod[]): [InventoryPod, HostPort] | undefined {
  for (const holder of usage.pods) {
    if (holder.hostPorts.length === 0 || gone.includes(holder)) continue;
    for (const used of holder.hostPorts) if (hostPortsConflict(wanted, used)) return [holder, used];
  }
  return undefined;
}

const FITS: readonly PlacementReason[] = Object.freeze([]);

/**
 * The filters' reasons on one node, in the default profile's filter order
 * (NodePorts before NodeResourcesFit), with the pods in `gone` left out.
 */
export function filterReasons(
  pod: DaemonPod,
  requests: readonly [string, number][],
  node: InventoryNode,
  usage: NodeUsage | undefined,
  gone: readonly InventoryPod[],
): PlacementReason[] {
  const reasons = portReasons(pod, usage, gone);
  for (const reason of fitReasons(requests, node, usage, gone)) reasons.push(reason);
  return reasons;
}

/**
 * Why the scheduler would leave the daemon pod Pending on a node, in the
 * default profile's filter order (NodePorts before NodeResourcesFit); empty
 * when it fits. Built once per DaemonSet for use over many nodes. On a node
 * without pods the answer depends only on its allocatable, which nodes of
 * one instance type share, so it is worked out once per allocatable and the
 * nodes share the (read-only) reasons.
 */
export function schedulerFiltersFor(pod: DaemonPod): (node: InventoryNode, usage: NodeUsage | undefined) => readonly PlacementReason[] {
  const requests = checkedRequests(pod);
  const onEmptyNode = new Map<ReadonlyMap<string, number> | undefined, readonly PlacementReason[]>();
  const reasonsFor = (node: InventoryNode, usage: NodeUsage | undefined): readonly PlacementReason[] => {
    const reasons = filterReasons(pod, requests, node, usage, usage ? ownPodsOn(pod, usage) : []);
    return reasons.length === 0 ? FITS : reasons;
  };
  return (node, usage) => {
    if (usage) return reasonsFor(node, usage);
    let reasons = onEmptyNode.get(node.allocatable);
    if (reasons === undefined) {
      reasons = reasonsFor(node, undefined);
      onEmptyNode.set(node.allocatable, reasons);
    }
    return reasons;
  };
}
