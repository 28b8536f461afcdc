import { jsonChunks, JsonArrayStream } from "../chunks.js";
import type { ReportFormat } from "./types.js";

/** Machine-readable output: `{findings: [...], summary: {...}}` (documented in the README). */
export const jsonFormatter: ReportFormat = {
  name: "json",
  *chunks(result) {
    const findings = result.findings;
    yield* jsonChunks({ findings: new JsonArrayStream(() => findings, true), summary: result.summary });
    yield "\n";
  },
};
