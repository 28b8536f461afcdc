import { jsonChunks, JsonArrayStream } from "../chunks.js";
/** Machine-readable output: `{findings: [...], summary: {...}}` (documented in the README). */
export const jsonFormatter = {
    name: "json",
    *chunks(result) {
        const findings = result.findings;
        yield* jsonChunks({ findings: new JsonArrayStream(() => findings, true), summary: result.summary });
        yield "\n";
    },
};
