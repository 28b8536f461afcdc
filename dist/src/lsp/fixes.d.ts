import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Range, TextEdit } from "vscode-languageserver/node";
import type { Finding } from "../finding.js";
/**
 * Edits computed from a finding and the text it was found in. Each is
 * offered only after the server has re-checked the edited text (code-actions.ts).
 */
export interface ProposedFix {
    title: string;
    edits: TextEdit[];
    /** The one obvious fix: editors apply it with a single "fix" key. */
    preferred: boolean;
}
/** `# dslint-disable-next-line <rule> -- <reason>` above the finding's first line, indented like it. */
export declare function suppressionFix(f: Finding, doc: TextDocument, range: Range): ProposedFix | undefined;
/** The finding's autofix (the preferred action) and suggestions, as the check made them (src/fix/edits.ts). */
export declare function proposedFixes(f: Finding, bom: boolean): ProposedFix[];
