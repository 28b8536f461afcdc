import type { FileResult } from "../file-result.js";
import type { FindingStore } from "./finding-store.js";
import type { CheckSummary } from "./types.js";
/** The run's summary: what the files held, and the findings left in the store by severity. */
export declare function summaryOf(results: FileResult[], files: number, store: FindingStore): CheckSummary;
