/**
 * The API validation stage as the check pipeline runs it, after the schema
 * stage: past values the API server could not decode, and without the
 * mistakes the schema stage already reported.
 */
import type { Problem } from "../finding.js";
import type { ManifestObject } from "../load/types.js";
/**
 * The API server stops at a value it cannot decode; a linter should not make
 * the user fix one mistake to see the next. So the undecodable values are
 * reported, then left out for the validation of everything else.
 */
export declare function apiValidationProblems(object: ManifestObject, version: string): Problem[];
/**
 * One mistake, one finding. The API server never validates what it cannot
 * decode, so an API error at (or inside) a field the schema rejected is the
 * same mistake twice; and a field both stages require or restrict is
 * reported once, by the schema stage. Schema problems about a missing field
 * sit at its parent, so they are matched by their field error instead.
 */
export declare function withoutSchemaOverlap(api: Problem[], schema: Problem[]): Problem[];
