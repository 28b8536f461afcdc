import { describe, expect, it } from "vitest";
import { evaluatePodSecurity } from "../src/pss/index.js";
import type { PssLevel } from "../src/pss/index.js";
import { readVectors } from "./data.js";

interface PssVector {
  name: string;
  source: string;
  version: string;
  level: PssLevel;
  podSpec: unknown;
  podMetadata?: unknown;
  allowed: boolean;
  failedChecks: string[];
}

const vectors = readVectors<PssVector>("pss-vectors.json");

describe("pss-vectors.json", () => {
  it("holds every vector", () => {
    expect(vectors).toHaveLength(162);
  });

  it.each(vectors.map((vector) => [vector.name, vector] as const))("%s", (_name, vector) => {
    const failures = evaluatePodSecurity(
      { metadata: vector.podMetadata, spec: vector.podSpec },
      { level: vector.level, version: vector.version },
    );
    const failedChecks = [...new Set(failures.map((failure) => failure.check))].sort();
    expect(failedChecks).toEqual([...vector.failedChecks].sort());
    expect(failures.length === 0).toBe(vector.allowed);
  });
});
