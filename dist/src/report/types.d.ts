import type { Finding, ObjectRef, RuleSeverity } from "../finding.js";
import type { FindingList } from "./finding-store.js";
export type { FindingList } from "./finding-store.js";
export interface CheckSummary {
    /** Files read (stdin counts as one). */
    files: number;
    /** YAML documents, and the Kubernetes objects in them (List items counted one by one). */
    documents: number;
    objects: number;
    daemonSets: number;
    /** Objects no DaemonSet check applies to (ConfigMaps, RBAC, ...). */
    skipped: number;
    errors: number;
    warnings: number;
    infos: number;
}
/** One input file and the Kubernetes objects checked in it, clean or not. */
export interface CheckedFile {
    file: string;
    objects: ObjectRef[];
}
export interface CheckResult {
    findings: Finding[];
    summary: CheckSummary;
    /**
     * Every file read, in input order, with its objects: what lets a report
     * show the objects that passed (JUnit). Without it a report knows only
     * the files and objects that have findings.
     */
    files?: CheckedFile[];
}
/**
 * What a report is made from: a check result, or the command line's, whose
 * findings may be read back from a temporary file one at a time.
 */
export interface ReportInput {
    findings: FindingList;
    summary: CheckSummary;
    files?: CheckedFile[];
}
/** What a report says about a rule (SARIF's rule metadata). */
export interface RuleDescriptor {
    id: string;
    /** Severity when the configuration does not say otherwise. */
    severity: RuleSeverity;
    /** One line. */
    description: string;
    /** Why it matters. */
    rationale?: string;
    /** How to fix it, in general. */
    fix?: string;
    category?: string;
    /** Where the rule is documented. */
    helpUri?: string;
}
export interface FormatOptions {
    color: boolean;
    /** The working directory the file names are relative to. */
    cwd: string;
    /**
     * The repository root (the git top level): code scanning and workflow
     * annotations need paths relative to it, whatever folder dslint ran in.
     * Default: `cwd`.
     */
    root?: string;
    /** Every rule that can report, for formats that describe them (SARIF). Default: the rules in the findings. */
    rules?: readonly RuleDescriptor[];
    /** The tool that produced the report. */
    tool?: {
        name: string;
        version: string;
        informationUri?: string;
    };
}
/** A report format's implementation: one file per format, all behind this one interface. */
export interface ReportFormat {
    name: string;
    /** The report's text in pieces (chunks.ts): a large report is written as it is made, never held whole. */
    chunks(result: ReportInput, options: FormatOptions): Iterable<string>;
}
/** A report format as `getFormatter` hands it out. */
export interface Formatter {
    /** As `--format` takes it: one of `FORMAT_NAMES`. */
    name: string;
    /**
     * The report of a check result (what `check` resolves to), as the text
     * `dslint check --format NAME` writes. `color` defaults to false, `cwd` to
     * the working directory. Throws a TypeError for anything but a check result.
     */
    format(result: ReportInput, options?: Partial<FormatOptions>): string;
    /**
     * The same text in pieces, to write as they come: a report of hundreds of
     * thousands of findings is more than one string can hold.
     */
    chunks(result: ReportInput, options?: Partial<FormatOptions>): Iterable<string>;
}
/**
 * A finding's file relative to the repository root, with forward slashes;
 * undefined when the file lies outside the root.
 */
export declare function pathFromRoot(file: string, options: Pick<FormatOptions, "cwd" | "root">): string | undefined;
/** `DaemonSet logging/log-shipper`, the way a person names an object. */
export declare function objectLabel(o: ObjectRef): string;
