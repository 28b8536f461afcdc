import type { TextEdit } from "../fix/edits.js";
import type { Finding, ObjectRef } from "../finding.js";
import type { ManifestObject, SourceRange } from "../load/types.js";
/**
 * Suppressions written in the manifests themselves, each with a reason:
 * - the annotation `ignore-check.dslint.io/<rule-id>: "<reason>"` on an object;
 * - `# dslint-disable-next-line <rule-id>[, <rule-id>...] -- <reason>` for the next line with content;
 * - `# dslint-disable <rule-id>[, ...] -- <reason>` for the whole YAML document it is in
 *   (no rule id: every rule).
 */
export interface Suppression {
    file: string;
    form: "annotation" | "next-line" | "document";
    /** Rule ids it covers; empty means every rule. */
    ruleIds: string[];
    reason?: string;
    /** The lines it covers (inclusive), for comments. */
    lines?: [number, number];
    /** The object it covers, for annotations. */
    object?: ObjectRef;
    /** Where the suppression itself is written. */
    at: SourceRange;
    path: string;
    /** For comments: the edit that takes it out (its line, when nothing else is on it). */
    removal?: TextEdit;
}
export declare const ANNOTATION_PREFIX = "ignore-check.dslint.io/";
/**
 * The annotation that suppresses a rule. An annotation key has one `/`
 * (a prefix and a name), so a custom rule's prefix is joined to its name
 * with a `.`, which no rule id has: `acme/registry` is
 * `ignore-check.dslint.io/acme.registry`.
 */
export declare function suppressionAnnotation(ruleId: string): string;
/** Suppression comments of a whole text; `documents` are the YAML documents' line ranges (1-based, inclusive). */
export declare function commentSuppressions(text: string, file: string, documents: ReadonlyArray<[number, number]>): Suppression[];
/**
 * Suppression comments read piece by piece, in the order of the file (a
 * large file is read a document at a time): the pieces must hold whole
 * lines, each ending with its line break.
 */
export declare class SuppressionComments {
    private readonly found;
    /** Next-line comments still waiting for a line with content. */
    private waiting;
    /** Lines from the 0-based line `first` on. */
    scan(text: string, first: number): void;
    /** The suppressions, once every line is read; `lineCount` counts a last empty line after a final line break. */
    suppressions(file: string, documents: ReadonlyArray<[number, number]>, lineCount: number): Suppression[];
}
/** Annotation suppressions on one object. */
export declare function annotationSuppressions(object: ManifestObject, ref: ObjectRef | undefined): Suppression[];
/**
 * The suppressions applied to `count` findings read by `get`: `suppress` is
 * called for each finding a suppression covers, and the findings about the
 * suppressions themselves (unknown rules, no reason, unused) are returned.
 * Findings of files without a suppression are never read.
 */
export declare function suppressionFindings(count: number, get: (index: number) => Finding, suppress: (index: number) => void, suppressions: readonly Suppression[], knownRuleIds: ReadonlySet<string>, fileOf?: (index: number) => string): Finding[];
