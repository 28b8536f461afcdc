import type { ReportFormat } from "./types.js";
/** Machine-readable output: `{findings: [...], summary: {...}}` (documented in the README). */
export declare const jsonFormatter: ReportFormat;
