/**
 * Placement as lint findings (`dslint check --nodes FILE`): a DaemonSet that
 * runs on no node of the inventory is an error; one whose pods would stay
 * Pending on some nodes is a warning naming the nodes and why.
 */
import type { Anchor, Finding, Severity } from "../finding.js";
import type { InventoryNode } from "./inventory.js";
import type { InventoryError } from "./load.js";

import { simulateOnInventory } from "./simulate.js";
import type { NodePlacement, RolloutPlan } from "./types.js";

export interface LoadedInventory {
  nodes: InventoryNode[];
  errors: InventoryError[];
}

/** A DaemonSet collected where its file was checked, with the place to report at. */
export interface PlacementSubject {
  value: unknown;
  at: Anchor;
  /** The rollout's field (maxUnavailable, else updateStrategy), where rollout-max-unavailable reports. */
  rolloutAt: Anchor;
  /**
   * rollout-max-unavailable as configured for the file, when it is on and
   * its `nodes` option is not set: then the inventory gives the node count.
   */
  rollout?: { severity: Severity; largeCluster: number };
}

const LISTED = 4;

/**
 * `kubernetesVersion`: the run's. A DaemonSet the API server rejects runs
 * nowhere, but its API errors already say why: it gets no placement finding.
 */
export function placementFindings(subjects: readonly PlacementSubject[], inventory: LoadedInventory, kubernetesVersion?: string): Finding[] {
  const findings: Finding[] = inventory.errors.map((e) => ({
    ruleId: "inventory",
    severity: "error",
    message: `node inventory: ${e.message}`,
    file: e.file,
    line: e.line ?? 1,
    column: e.column ?? 1,
    endLine: e.line ?? 1,
    endColumn: e.column ?? 1,
    path: "",
  }));
  if (inventory.nodes.length === 0) return findings;
  for (const { value, at, rolloutAt, rollout } of subjects) {
    const simulation = simulateOnInventory(value, inventory.nodes, { kubernetesVersion });
    if (simulation.rejected) continue;
    const base = { file: at.file, ...at.range, path: at.path, object: at.object };
    if (simulation.summary.desired === 0) {
      findings.push({
        ...base,
        ruleId: "runs-nowhere",
        severity: "error",
        message: `the DaemonSet runs on none of the ${simulation.summary.nodes} nodes of the inventory: ${groupedReasons(simulation.nodes)}`,
        fix: 'run "dslint simulate --nodes <inventory>" for the reason on each node',
      });
      continue;
    }
    const slow = rollout && slowRollout(simulation.summary.rollout, simulation.summary.desired, rollout, !rolloutAt.path.endsWith("maxUnavailable"));
    if (slow) findings.push({ file: rolloutAt.file, ...rolloutAt.range, path: rolloutAt.path, object: rolloutAt.object, ...slow });
    const pending = simulation.nodes.filter((n) => n.placement === "pending");
    if (pending.length > 0) {
      findings.push({
        ...base,
        ruleId: "pending-pods",
        severity: "warning",
        message: `its pod would stay Pending on ${pending.length} node${pending.length === 1 ? "" : "s"}: ${groupedReasons(pending)}`,
        fix: "lower the requests, free the host port, or exclude those nodes with a nodeSelector or affinity",
      });
    }
  }
  return findings;
}

/**
 * rollout-max-unavailable's wave count, from the nodes of the inventory
 * where the DaemonSet wants a pod (the controller scales maxUnavailable
 * against them): a rollout one node at a time on a large cluster.
 */
function slowRollout(plan: RolloutPlan, desired: number, rule: NonNullable<PlacementSubject["rollout"]>, defaulted: boolean): Pick<Finding, "ruleId" | "severity" | "message" | "fix"> | undefined {
  if (plan.perWave !== 1 || plan.waves === null || desired < rule.largeCluster) return undefined;
  const surging = plan.maxSurge !== null && plan.maxSurge > 0;
  const setting = surging ? `maxSurge ${String(plan.maxSurgeSpec)}` : `maxUnavailable ${String(plan.maxUnavailableSpec ?? 1)}${defaulted ? " (the default)" : ""}`;
  return {
    ruleId: "rollout-max-unavailable",
    severity: rule.severity,
    message:
      `${setting} updates one node at a time: on the ${desired} nodes of the inventory where it runs, a rollout takes ${plan.waves} waves, ` +
      "each waiting for the new pod to become available before the next node",
    fix: "set rollingUpdate.maxUnavailable to a percentage the fleet tolerates, for example 10%",
  };
}

/** `cp-1, cp-2, cp-3: node-role.kubernetes.io/control-plane:NoSchedule is not tolerated; ...` */
function groupedReasons(nodes: readonly NodePlacement[]): string {
  const byReason = new Map<string, string[]>();
  for (const n of nodes) {
    const text = n.reasons.map((r) => r.message).join(", ") || "no reason reported";
    // Appended in place: copying the list for each node is quadratic in an inventory of thousands.
    const names = byReason.get(text);
    if (names) names.push(n.node);
    else byReason.set(text, [n.node]);
  }
  return [...byReason]
    .map(([reason, names]) => `${names.slice(0, LISTED).join(", ")}${names.length > LISTED ? ` and ${names.length - LISTED} more` : ""}: ${reason}`)
    .join("; ");
}

