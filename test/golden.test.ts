/**
 * Every report format on the whole corpus, byte for byte as committed in
 * test/golden/: a change to reading, checking or reporting that moves one
 * character of any report shows here. After an intended change, rewrite
 * them with `DSLINT_UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts` and
 * review the difference.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { gunzipSync, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { FORMAT_NAMES } from "../src/report/index.js";
import { repoRoot } from "./data.js";
import { runDslint } from "./dslint-process.js";

const update = process.env.DSLINT_UPDATE_GOLDEN === "1";

/** The checkout's own folder is the one thing that differs between machines (SARIF records it). */
function portable(text: string): string {
  return text.replaceAll(pathToFileURL(`${repoRoot}/`).href, "file:///CHECKOUT/");
}

describe("reports of the corpus", () => {
  for (const format of FORMAT_NAMES) {
    it(`${format}: byte for byte as committed`, { timeout: 60_000 }, () => {
      const r = runDslint(["check", "--format", format, "test/corpus"], { env: { DSLINT_UPDATE_GOLDEN: undefined } });
      expect(r.stderr).toBe("");
      expect(r.code).toBe(1);
      const file = join(repoRoot, "test", "golden", `corpus.${format}.gz`);
      const text = portable(r.stdout);
      if (update) writeFileSync(file, gzipSync(text, { level: 9 }));
      // A missing golden file is a failure, never a skip.
      expect(existsSync(file), `${file} is missing`).toBe(true);
      const golden = gunzipSync(readFileSync(file)).toString("utf8");
      if (text !== golden) {
        const a = text.split("\n");
        const b = golden.split("\n");
        const line = a.findIndex((l, i) => l !== b[i]);
        expect(`line ${line + 1}: ${a[line]}`).toBe(`line ${line + 1}: ${b[line]}`);
      }
      expect(text.length).toBe(golden.length);
    });
  }
});
