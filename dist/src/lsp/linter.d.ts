import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Diagnostic } from "vscode-languageserver/node";
import type { Finding } from "../finding.js";
import type { ConfigResolver, DocumentSettings } from "./configs.js";
/** One check of one version of a document. */
export interface LintResult {
    version: number;
    findings: Finding[];
    diagnostics: Diagnostic[];
}
/** Checks editor documents with dslint's programmatic API, in the document's workspace and configuration. */
export declare class DocumentLinter {
    readonly configs: ConfigResolver;
    private folders;
    constructor(configs: ConfigResolver);
    setWorkspaceFolders(uris: readonly string[]): void;
    /** The file a document is (for its configuration); an unsaved buffer belongs to the first workspace folder. */
    pathOf(doc: Pick<TextDocument, "uri">): string;
    isManifest(doc: TextDocument): boolean;
    /** Undefined for a document dslint leaves alone: not a manifest, or ignored by the configuration. */
    lint(doc: TextDocument): Promise<LintResult | undefined>;
    /**
     * The findings for `text` as if it were the document at `path` (code
     * actions check their edits with this). A file of a Helm chart or
     * kustomization gets what `dslint check` gives it: a template nothing, the
     * plain YAML a syntax check (looked up afresh: the files change as one edits).
     */
    findings(text: string, path: string, settings?: DocumentSettings): Promise<Finding[]>;
    /**
     * Checks a flawed manifest for the newest version and each workspace
     * folder's, to load what checks need; then a few dozen times more, so the
     * checks' code is compiled before the first keystroke rather than during
     * the first minutes of typing. Each run waits for the editor's messages to be handled first (`yieldToEditor`).
     */
    warmUp(yieldToEditor?: () => Promise<void>): Promise<void>;
    /** Reported file names are relative to the workspace folder that holds the document, else to its own folder. */
    private cwdOf;
}
