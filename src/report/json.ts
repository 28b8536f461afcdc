import type { ReportFormat } from "./types.js";

/** Machine-readable output: `{findings: [...], summary: {...}}` (documented in the README). */
export const jsonFormatter: ReportFormat = {
  name: "json",
  format(result) {
    return `${JSON.stringify({ findings: result.findings, summary: result.summary }, null, 2)}\n`;
  },
};
