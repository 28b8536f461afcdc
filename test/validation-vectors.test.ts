import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { validateDaemonSet } from "../src/validate/index.js";

interface Vector {
  name: string;
  source: string;
  daemonset: unknown;
  expectedErrors: Array<{ field: string; type: string }>;
}

const vectorsFile = fileURLToPath(new URL("../../shared/spec/vectors/validation-vectors.json", import.meta.url));
const vectors = JSON.parse(readFileSync(vectorsFile, "utf8")) as Vector[];

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
