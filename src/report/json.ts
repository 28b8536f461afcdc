import { jsonChunks } from "./chunks.js";
import type { ReportFormat } from "./types.js";

/** Machine-readable output: `{findings: [...], summary: {...}}` (documented in the README). */
export const jsonFormatter: ReportFormat = {
  name: "json",
  *chunks(result) {
    yield* jsonChunks({ findings: result.findings, summary: result.summary });
    yield "\n";
  },
};
