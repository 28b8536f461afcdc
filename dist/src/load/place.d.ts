/**
 * Where a finding goes in its file: a stage's problem placed through its
 * object's source map, and a path that could not be read at its first line.
 */
import type { Finding, ObjectRef, Problem } from "../finding.js";
import type { ManifestObject } from "./types.js";
export declare function objectRef(value: unknown): ObjectRef | undefined;
/** Places a stage's problem in its file through the object's source map. */
export declare function placeProblem(object: ManifestObject, p: Problem, ref?: ObjectRef | undefined): Finding;
export declare function pathFinding(file: string, message: string): Finding;
