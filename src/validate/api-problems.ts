/**
 * The API validation stage as the check pipeline runs it, after the schema
 * stage: past values the API server could not decode, and without the
 * mistakes the schema stage already reported.
 */
import type { Problem } from "../finding.js";
import type { ManifestObject } from "../load/types.js";
import type { Path } from "../path.js";
import { decodeIssueToProblem, issueToProblem, validateDaemonSet } from "./index.js";

/**
 * The API server stops at a value it cannot decode; a linter should not make
 * the user fix one mistake to see the next. So the undecodable values are
 * reported, then left out for the validation of everything else.
 */
export function apiValidationProblems(object: ManifestObject, version: string): Problem[] {
  const first = validateDaemonSet(object.value, { kubernetesVersion: version });
  if (first.decodeErrors.length === 0) return first.issues.map(issueToProblem);
  const rest = structuredClone(object.value);
  for (const d of first.decodeErrors) deleteAt(rest, d.path);
  return [...first.decodeErrors.map(decodeIssueToProblem), ...validateDaemonSet(rest, { kubernetesVersion: version }).issues.map(issueToProblem)];
}

function deleteAt(root: unknown, path: Path): void {
  let node = root;
  for (const segment of path.slice(0, -1)) {
    if (typeof node !== "object" || node === null) return;
    node = (node as Record<string | number, unknown>)[segment];
  }
  if (typeof node === "object" && node !== null) delete (node as Record<string | number, unknown>)[path.at(-1)!];
}

/**
 * One mistake, one finding. The API server never validates what it cannot
 * decode, so an API error at (or inside) a field the schema rejected is the
 * same mistake twice; and a field both stages require or restrict is
 * reported once, by the schema stage. Schema problems about a missing field
 * sit at its parent, so they are matched by their field error instead.
 */
export function withoutSchemaOverlap(api: Problem[], schema: Problem[]): Problem[] {
  if (schema.length === 0) return api;
  const isPrefix = (a: Path, b: Path) => a.length <= b.length && a.every((s, i) => s === b[i]);
  const sameFields = new Set(schema.filter((s) => s.apiError).map((s) => s.apiError!.field));
  const rejectedValues = schema.filter((s) => !s.apiError || s.apiError.type !== "Required");
  return api.filter((p) => {
    if (p.apiError && sameFields.has(p.apiError.field)) return false;
    return !rejectedValues.some((s) => isPrefix(s.path, p.path));
  });
}
