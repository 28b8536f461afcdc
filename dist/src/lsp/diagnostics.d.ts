import { type Diagnostic, type Range } from "vscode-languageserver/node";
import type { Finding } from "../finding.js";
/** Every diagnostic says where it comes from, so editors can group and filter them. */
export declare const SOURCE = "dslint";
/** Whether a document is a manifest dslint should lint: YAML or JSON, not dslint's own configuration, with Kubernetes keys. */
export declare function isManifestDocument(path: string, languageId: string, text: string): boolean;
export declare function isConfigFile(path: string): boolean;
/**
 * The loader drops a byte-order mark before it counts columns; an editor
 * buffer that still holds one has every position on line 1 one further on.
 */
export declare function hasByteOrderMark(text: string): boolean;
/**
 * A finding's 1-based, end-exclusive position as an LSP range (0-based, end
 * exclusive). Both count UTF-16 code units: the YAML parser's columns are
 * JavaScript string offsets, which is the LSP default position encoding.
 */
export declare function findingRange(f: Pick<Finding, "line" | "column" | "endLine" | "endColumn">, bom?: boolean): Range;
/**
 * Where a finding's kind is documented: its row in the README that ships in
 * the package (the anchor SARIF's helpUri names too). A local file, because
 * dslint never assumes network access.
 */
export declare function ruleDocUrl(ruleId: string): string;
export declare function toDiagnostic(f: Finding, bom: boolean): Diagnostic;
