import { describe, expect, it } from "vitest";
import { nodesFromObjects } from "../src/simulate/index.js";
import { simulateOnInventory } from "../src/simulate/simulate.js";
import { readVectors } from "./data.js";

interface ScheduleVector {
  name: string;
  source: string;
  daemonset: unknown;
  node: unknown;
  expected: { shouldRun: boolean; shouldContinueRunning: boolean };
  note?: string;
}

const vectors = readVectors<ScheduleVector>("schedule-vectors.json");

describe("schedule vectors (NodeShouldRunDaemonPod)", () => {
  it("has every vector", () => {
    expect(vectors).toHaveLength(117);
  });

  it.each(vectors.map((v) => [v.name, v] as const))("%s", (_name, vector) => {
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
