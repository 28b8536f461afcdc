/**
 * Closed sets of string values that the published OpenAPI specs leave out
 * (they type these fields as plain strings). The values are the constants of
 * k8s.io/api/core/v1 `types.go` (apps/v1 for the update strategy) that
 * pkg/apis/core/validation accepts.
 *
 * An enum here must never reject a value the API server accepts, so:
 * - the empty string is always allowed: for most of these fields it means
 *   "unset" and is defaulted (pkg/apis/core/v1/defaults.go); where the API
 *   server rejects it, API validation says so, not the schema;
 * - fields whose accepted set depends on feature gates or the runtime
 *   (resize resource names, stop signals, restart rule actions) are left out.
 */
import { type Change } from "../k8s/versions.js";
export interface EnumRule {
    values: readonly string[];
    /** The change from which the values apply; earlier rules cover older versions. */
    since?: Change;
}
/** Keyed by `<definition>.<property>`; for a list field the values apply to its items. */
export declare const ENUMS: Readonly<Record<string, readonly EnumRule[]>>;
/** The values allowed for a field in a version (without the always-allowed ""), or undefined when the field is open. */
export declare function enumValues(field: string, version: string): readonly string[] | undefined;
