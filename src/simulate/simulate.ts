/**
 * Where a DaemonSet runs, node by node: the controller's decision
 * (eligibility.ts), then for nodes that get a pod the scheduler filters that
 * can leave it Pending (scheduling.ts), and the rollout plan over the nodes
 * that want a pod (rollout.ts).
 */
import { daemonPodOf } from "./daemonpod.js";
import { eligibilityFor, type Eligibility } from "./eligibility.js";
import type { InventoryNode, InventoryPod } from "./inventory.js";
import { rolloutPlan } from "./rollout.js";
import { podsByNode, schedulerFiltersFor, type NodeUsage, type PodsByNode } from "./scheduling.js";
import type { DaemonSetSimulation, NodePlacement, PlacementReason } from "./types.js";

export interface SimulateOptions {
  /**
   * Pods already bound to the nodes (`podsFromObjects`). Without them only the
   * node's own allocatable limits a pod. The DaemonSet's own pods are
   * ignored: the simulated pod is the one that replaces them.
   */
  pods?: readonly InventoryPod[];
}

// Simulating many DaemonSets against one pod list groups it by node once.
const groupedPods = new WeakMap<readonly InventoryPod[], PodsByNode>();

function podsByNodeOnce(pods: readonly InventoryPod[] | undefined): PodsByNode | undefined {
  if (!pods || pods.length === 0) return undefined;
  let grouped = groupedPods.get(pods);
  if (!grouped) {
    grouped = podsByNode(pods);
    groupedPods.set(pods, grouped);
  }
  return grouped;
}

type EligibilityOf = (node: InventoryNode) => Eligibility;
type FiltersOf = (node: InventoryNode, usage: NodeUsage | undefined) => readonly PlacementReason[];

function placeOnNode(eligibilityOf: EligibilityOf, filtersOf: FiltersOf, node: InventoryNode, pods: PodsByNode | undefined): NodePlacement {
  const eligibility = eligibilityOf(node);
  const { shouldRun, shouldContinueRunning } = eligibility;
  if (!shouldRun) return { node: node.name, placement: "excluded", shouldRun, shouldContinueRunning, reasons: eligibility.reasons };
  const blocked = filtersOf(node, pods?.get(node.name));
  if (blocked.length > 0) return { node: node.name, placement: "pending", shouldRun, shouldContinueRunning, reasons: blocked };
  return { node: node.name, placement: "runs", shouldRun, shouldContinueRunning, reasons: eligibility.reasons };
}

/**
 * Simulates a parsed DaemonSet manifest against normalised nodes
 * (`nodesFromObjects`). Pure: the inputs are not modified.
 */
export function simulate(
  daemonSet: unknown,
  nodes: readonly InventoryNode[],
  options: SimulateOptions = {},
): DaemonSetSimulation {
  const pod = daemonPodOf(daemonSet);
  const pods = podsByNodeOnce(options.pods);
  const eligibilityOf = eligibilityFor(pod);
  const filtersOf = schedulerFiltersFor(pod);
  const placements: NodePlacement[] = new Array(nodes.length);
  let runs = 0;
  let pending = 0;
  let excludedKeepingPod = 0;
  for (let i = 0; i < nodes.length; i++) {
    const placement = placeOnNode(eligibilityOf, filtersOf, nodes[i]!, pods);
    placements[i] = placement;
    if (placement.placement === "runs") runs++;
    else if (placement.placement === "pending") pending++;
    else if (placement.shouldContinueRunning) excludedKeepingPod++;
  }
  const desired = runs + pending;
  const simulation: DaemonSetSimulation = {
    name: pod.name,
    nodes: placements,
    summary: {
      nodes: nodes.length,
      desired,
      runs,
      pending,
      excluded: nodes.length - desired,
      excludedKeepingPod,
      rollout: rolloutPlan(pod, desired),
    },
  };
  if (pod.namespace !== undefined) simulation.namespace = pod.namespace;
  return simulation;
}
