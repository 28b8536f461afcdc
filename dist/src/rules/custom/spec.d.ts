/**
 * A custom rule as `.dslint.yaml` gives it (`customRules`), and the scopes
 * its expressions run in: plain data, since the configuration is sent to
 * worker threads and its compiled form is cached on disk.
 */
import type { RuleSeverity } from "../../finding.js";
import type { SourceRange } from "../../load/types.js";
/** One expression of a rule, with where it was written. */
export interface ExpressionText {
    text: string;
    /** The scalar as written in the configuration, to turn offsets in `text` into lines and columns. */
    source: ScalarSource;
}
/** Where a scalar starts in its file, and its text as written there (quotes, escapes, indentation and all). */
export interface ScalarSource {
    line: number;
    column: number;
    raw: string;
}
/** The roles of a rule's expressions, in the order the configuration documents them. */
export declare const EXPRESSION_KEYS: readonly ["when", "assert", "message", "at"];
export type ExpressionKey = (typeof EXPRESSION_KEYS)[number];
/** A manifest a custom rule's author expects it to pass or fail (`dslint rules --test`). */
export interface CustomExample {
    name: string;
    manifest: string;
    /** For invalid examples: what each finding must say, as far as given. */
    findings?: Array<{
        line?: number;
        column?: number;
        message?: string;
    }>;
}
export interface CustomRuleSpec {
    /** kebab-case, optionally behind one prefix: `acme/registry`. */
    id: string;
    severity: RuleSeverity;
    description: string;
    rationale?: string;
    fix?: string;
    forEach?: ForEachScope;
    when?: ExpressionText;
    assert: ExpressionText;
    message: ExpressionText;
    at?: ExpressionText;
    examples: {
        valid: CustomExample[];
        invalid: CustomExample[];
    };
    /** The configuration file (as reported) and the range of the rule's `id`: where problems with the rule itself are reported. */
    place: {
        file: string;
        range: SourceRange;
    };
}
/**
 * What a rule can run once for, besides the whole DaemonSet: the scopes the
 * built-in rules walk (src/k8s/pod-walk.ts), each with the names it adds.
 */
export declare const FOR_EACH_SCOPES: readonly ["container", "volume", "hostPath", "volumeMount", "port", "env", "toleration"];
export type ForEachScope = (typeof FOR_EACH_SCOPES)[number];
/** `acme/registry`, `team-label`: kebab-case, one optional prefix, and short enough for an annotation key's name (63). */
export declare const CUSTOM_RULE_ID: RegExp;
export declare const CUSTOM_RULE_ID_MAX = 63;
