import { parentPort, workerData } from "node:worker_threads";
import { checkInput } from "./check.js";
import type { FileResult } from "./file-result.js";
import type { WorkerRequest } from "./parallel.js";

// A worker thread: checks its share of the inputs and posts the results back.
// A plain copy of the environment: the YAML parser reads it for every token (see bin/dslint.js).
process.env = { ...process.env };
const request = workerData as WorkerRequest;
const results: FileResult[] = [];
for (const input of request.inputs) results.push(await checkInput(input, request.run));
parentPort!.postMessage(results);
