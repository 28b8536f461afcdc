import { type ReportFormat } from "./types.js";
/**
 * SARIF 2.1.0 (OASIS), the format of GitHub code scanning and most CI
 * security dashboards: one run, the tool with every rule it can report, and
 * one result per finding.
 */
export declare const sarifFormatter: ReportFormat;
