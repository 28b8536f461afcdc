import { describe, expect, it } from "vitest";
import { nodesFromObjects, podsFromObjects, simulate } from "../src/simulate/index.js";
import { simulateOnInventory } from "../src/simulate/simulate.js";
import { readVectors } from "./data.js";

interface ScheduleVector {
  name: string;
  source: string;
  daemonset: unknown;
  node: unknown;
  /** What `--pods` would give: Pods on the node, PodDisruptionBudgets, PriorityClasses. */
  pods?: unknown[];
  expected: {
    shouldRun: boolean;
    shouldContinueRunning: boolean;
    /** For the preemption vectors: the placement, the victims' names, the budget violations, why it stays pending. */
    placement?: "runs" | "pending";
    preempts?: string[];
    pdbViolations?: number;
    cause?: string;
  };
  note?: string;
}

const vectors = readVectors<ScheduleVector>("schedule-vectors.json");
const controllerVectors = vectors.filter((v) => v.pods === undefined);
const preemptionVectors = vectors.filter((v) => v.pods !== undefined);

describe("schedule vectors (NodeShouldRunDaemonPod)", () => {
  it("has every vector", () => {
    expect(controllerVectors).toHaveLength(117);
  });

  it.each(controllerVectors.map((v) => [v.name, v] as const))("%s", (_name, vector) => {
    const { nodes, problems } = nodesFromObjects([vector.node]);
    expect(problems.filter((p) => p.message.includes("skipped"))).toEqual([]);
    // The controller's predicate on the object as the tests build it: some would not pass API validation.
    const [placement] = simulateOnInventory(vector.daemonset, nodes, { rejection: null }).nodes;
    expect({ shouldRun: placement!.shouldRun, shouldContinueRunning: placement!.shouldContinueRunning }).toEqual(vector.expected);
    // A node the controller wants always has no controller reason; one it does not want always has one.
    expect(placement!.placement === "excluded").toBe(!vector.expected.shouldRun);
    if (!vector.expected.shouldRun) expect(placement!.reasons.length).toBeGreaterThan(0);
  });
});

describe("schedule vectors (DefaultPreemption on the daemon pod's node)", () => {
  it("has every vector", () => {
    expect(preemptionVectors).toHaveLength(14);
  });

  it.each(preemptionVectors.map((v) => [v.name, v] as const))("%s", (_name, vector) => {
    const { nodes } = nodesFromObjects([vector.node]);
    const cluster = podsFromObjects(vector.pods!);
    expect(cluster.problems).toEqual([]);
    // Through the public API, validation included: these DaemonSets are valid.
    const simulation = simulate(vector.daemonset, nodes, { pods: cluster });
    expect(simulation.rejected).toBeUndefined();
    const [placement] = simulation.nodes;
    const { placement: wanted, preempts, pdbViolations, cause } = vector.expected;
    expect(placement!.placement).toBe(wanted);
    const preempted = placement!.reasons.find((r) => r.code === "Preempts");
    if (wanted === "runs") {
      if (preempted?.code !== "Preempts") throw new Error(`no Preempts reason: ${JSON.stringify(placement!.reasons)}`);
      expect(preempted.victims.map((v) => v.name).sort()).toEqual(preempts);
      expect(preempted.pdbViolations).toBe(pdbViolations);
      expect(simulation.summary).toMatchObject({ preempting: 1, preemptedPods: preempts!.length });
    } else {
      expect(preempted).toBeUndefined();
      expect(placement!.reasons.find((r) => r.code === "PreemptionNotHelpful")).toMatchObject({ cause });
    }
  });
});
