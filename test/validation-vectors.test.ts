import { describe, expect, it } from "vitest";
import { validateDaemonSet } from "../src/validate/index.js";
import { readVectors } from "./data.js";

interface Vector {
  name: string;
  source: string;
  daemonset: unknown;
  expectedErrors: Array<{ field: string; type: string }>;
}

const vectors = readVectors<Vector>("validation-vectors.json");

/** Errors as a sorted list of "type field", so multisets compare with toEqual. */
function multiset(errors: Array<{ field: string; type: string }>): string[] {
  return errors.map((e) => `${e.type} ${e.field}`).sort();
}

describe("validation vectors", () => {
  it("has the 130 vectors", () => {
    expect(vectors).toHaveLength(130);
  });

  for (const vector of vectors) {
    it(vector.name, () => {
      const result = validateDaemonSet(vector.daemonset);
      const actual = [
        ...result.issues.map((i) => ({ field: i.field, type: i.type as string })),
        ...result.decodeErrors.map((d) => ({ field: d.field, type: "DecodeError" })),
      ];
      expect(multiset(actual)).toEqual(multiset(vector.expectedErrors));
    });
  }
});
