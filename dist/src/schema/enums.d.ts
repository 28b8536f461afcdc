export interface EnumRule {
    values: readonly string[];
    /** First Kubernetes version the values apply to; earlier rules cover older versions. */
    since?: string;
}
/** Keyed by `<definition>.<property>`; for a list field the values apply to its items. */
export declare const ENUMS: Readonly<Record<string, readonly EnumRule[]>>;
/** The values allowed for a field in a version (without the always-allowed ""), or undefined when the field is open. */
export declare function enumValues(field: string, version: string): readonly string[] | undefined;
