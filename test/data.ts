/**
 * The data the tests read, all inside this repository: real manifests and
 * inventories (test/corpus, attribution in its SOURCES.md) and vectors from
 * Kubernetes' own tests (test/vectors, see its README). A missing file is a
 * failure that names it, never a quietly skipped suite.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

export const repoRoot = resolve(import.meta.dirname, "..");

function required(path: string): string {
  if (!existsSync(path)) {
    throw new Error(`test data is missing: ${path} (it is part of the repository; restore it with \`git checkout -- ${path.slice(repoRoot.length + 1)}\`)`);
  }
  return path;
}

/** test/corpus: real DaemonSets (daemonsets/), node inventories (nodes/) and peer tools' fixtures (peer-fixtures/). */
export const corpusDir = required(join(repoRoot, "test", "corpus"));
export const corpusDaemonSets = required(join(corpusDir, "daemonsets"));
export const corpusNodes = required(join(corpusDir, "nodes"));

/** A vector file of test/vectors, parsed. */
export function readVectors<T>(name: "schedule-vectors.json" | "validation-vectors.json" | "pss-vectors.json"): T[] {
  return JSON.parse(readFileSync(required(join(repoRoot, "test", "vectors", name)), "utf8")) as T[];
}
