import type { RunContext } from "./config/run.js";
import type { FileResult } from "./file-result.js";
import type { InputSource } from "./load/files.js";
export interface WorkerRequest {
    inputs: InputSource[];
    run: RunContext;
}
/**
 * Checks the inputs and returns the results in input order: on this thread,
 * or with worker threads each taking an equal share of the bytes. Their size
 * also says whether the run is large.
 */
export declare function checkInputs(inputs: readonly InputSource[], run: RunContext, requested: number | undefined, checkHere: (input: InputSource, index: number) => Promise<FileResult>): Promise<FileResult[]>;
