import type { FieldEdit, TextEdit } from "../fix/edits.js";
import type { Path } from "../path.js";
/** 1-based line and column; the end is exclusive (points just past the last character). */
export interface SourceRange {
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
}
/** How a scalar was written in the source, so messages can quote it and spot YAML 1.1 traps. */
export interface ScalarInfo {
    /** The scalar exactly as written (without surrounding quotes for quoted scalars). */
    source: string;
    /** Plain (unquoted) scalar: its type came from YAML resolution, not from the author. */
    plain: boolean;
    /**
     * Set when Kubernetes' YAML 1.1 decoder reads the plain scalar differently
     * from YAML 1.2 (`yes`, `on`, `0755`, `1_000`, ...): what YAML 1.2 would
     * have produced.
     */
    yaml12Value?: unknown;
}
/**
 * One Kubernetes object from an input file, decoded the way Kubernetes
 * decodes it (YAML 1.1 rules), with a source map from field paths to ranges.
 */
export interface ManifestObject {
    /** The file name as reported (relative path, or the --stdin-filename). */
    file: string;
    /** Index of the YAML document in the file (0-based). */
    documentIndex: number;
    /** Path of this object inside its document: [] for a plain document, ["items", 3] for a List item. */
    basePath: Path;
    /** The decoded object. */
    value: unknown;
    /** The range of the deepest node that exists along `path` (the key instead of the value when `onKey`). */
    locate(path: Path, onKey?: boolean): SourceRange;
    /** How the scalar at `path` was written, if it is a scalar in the source. */
    scalar(path: Path): ScalarInfo | undefined;
    /** The text edits in the file that make `edits` to this object (src/fix/); undefined when they cannot be made safely. */
    edits(edits: readonly FieldEdit[]): TextEdit[] | undefined;
}
