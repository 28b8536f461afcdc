import { jsonChunks } from "./chunks.js";
/** Machine-readable output: `{findings: [...], summary: {...}}` (documented in the README). */
export const jsonFormatter = {
    name: "json",
    *chunks(result) {
        yield* jsonChunks({ findings: result.findings, summary: result.summary });
        yield "\n";
    },
};
