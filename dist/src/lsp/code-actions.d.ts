import { TextDocument } from "vscode-languageserver-textdocument";
import { type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit } from "vscode-languageserver/node";
import type { DocumentLinter, LintResult } from "./linter.js";
/**
 * Quick fixes for the dslint diagnostics the editor asks about: the
 * machine-applicable fix where there is one, and a suppression comment.
 * Every edit is applied to a copy of the text and checked again first; it
 * is offered only when its finding is gone and nothing broke.
 */
export declare function codeActions(doc: TextDocument, asked: readonly Diagnostic[], lint: LintResult, linter: DocumentLinter, checked: CheckedEdits, workspaceEdit: (doc: TextDocument, edits: TextEdit[]) => WorkspaceEdit, 
/** Runs before each check of an edit; throws when the answer is no longer wanted (the text changed, the request was cancelled). */
beforeCheck?: () => Promise<void>): Promise<CodeAction[]>;
/** Fix-on-save: editors ask for it with `source.fixAll` (VS Code's editor.codeActionsOnSave) or this kind. */
export declare const FIX_ALL_KIND: string;
/** Whether a request's `only` kinds take the fix-all action (a kind covers the kinds below it: source covers source.fixAll.dslint). */
export declare function wantsFixAll(only: readonly string[] | undefined): boolean;
/**
 * Every autofix of the document, pass after pass as `check --fix` applies
 * them, as one edit of the region that changed; undefined when nothing does.
 */
export declare function fixAllAction(doc: TextDocument, lint: LintResult, linter: DocumentLinter, workspaceEdit: (doc: TextDocument, edits: TextEdit[]) => WorkspaceEdit, beforeCheck?: () => Promise<void>): Promise<CodeAction | undefined>;
/**
 * Which edits of the current version of each document were checked, and
 * whether they work. Editors ask for code actions at every cursor move;
 * each edit is checked once per version of the text.
 */
export declare class CheckedEdits {
    private readonly byUri;
    get(doc: TextDocument, key: string): boolean | undefined;
    set(doc: TextDocument, key: string, works: boolean): void;
    forget(uri: string): void;
    /** How many documents have checked edits (none once all are closed). */
    get size(): number;
}
