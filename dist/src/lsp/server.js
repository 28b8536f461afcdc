import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { TextDocument } from "vscode-languageserver-textdocument";
import { CodeActionKind, createConnection, DiagnosticSeverity, DidChangeWatchedFilesNotification, MessageType, ShowMessageNotification, TextDocuments, TextDocumentSyncKind, } from "vscode-languageserver/node";
import { loadRules } from "../rules/registry.js";
import { packageRoot } from "../schema/files.js";
import { CheckedEdits, codeActions } from "./code-actions.js";
import { ConfigResolver } from "./configs.js";
import { isConfigFile, SOURCE } from "./diagnostics.js";
import { DocumentLinter } from "./linter.js";
/** Typing pauses shorter than this do not start a check. */
export const CHANGE_DEBOUNCE_MS = 200;
/**
 * The language server: diagnostics for Kubernetes manifests on open, change
 * (debounced) and save, and quick fixes. One broken document or request never
 * stops it: every handler reports its own failure and the server goes on.
 */
export async function startServer(input, output) {
    const connection = createConnection(input, output);
    redirectConsole(connection);
    const rules = await loadRules();
    const configs = new ConfigResolver(rules, (message) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }));
    const linter = new DocumentLinter(configs);
    const documents = new TextDocuments(TextDocument);
    const results = new Map();
    const checkedEdits = new CheckedEdits();
    const timers = new Map();
    /** The newest check started per document: an older one finishing later must not publish. */
    const latest = new Map();
    /** The document version the newest check is for. */
    const checking = new Map();
    let generation = 0;
    let capabilities = {};
    const fail = (what, err) => connection.console.error(`dslint: ${what}: ${err?.stack ?? String(err)}`);
    // A last resort: a failure that escaped its handler is logged, and the editor keeps its server.
    process.on("uncaughtException", (err) => {
        // Nothing can be written to an editor that is gone.
        if (err.code === "EPIPE")
            process.exit(1);
        fail("unexpected error", err);
    });
    process.on("unhandledRejection", (err) => fail("unexpected error", err));
    async function lintNow(doc) {
        clearTimeout(timers.get(doc.uri));
        timers.delete(doc.uri);
        const run = ++generation;
        latest.set(doc.uri, run);
        checking.set(doc.uri, doc.version);
        let result;
        try {
            result = await linter.lint(doc);
        }
        catch (err) {
            fail(`checking ${doc.uri}`, err);
            const message = `dslint could not check this document: ${err?.message ?? String(err)}`;
            result = { version: doc.version, findings: [], diagnostics: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Error, source: SOURCE, message }] };
        }
        if (latest.get(doc.uri) !== run || documents.get(doc.uri) === undefined)
            return result;
        if (result)
            results.set(doc.uri, result);
        else
            results.delete(doc.uri);
        void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: result?.diagnostics ?? [] });
        return result;
    }
    function lintLater(doc) {
        clearTimeout(timers.get(doc.uri));
        timers.set(doc.uri, setTimeout(() => {
            const current = documents.get(doc.uri);
            if (current)
                void lintNow(current);
        }, CHANGE_DEBOUNCE_MS));
    }
    /** After a configuration change: the same texts may now have other findings. */
    function relintAll() {
        for (const doc of documents.all()) {
            checkedEdits.forget(doc.uri);
            void lintNow(doc);
        }
    }
    connection.onInitialize((params) => {
        capabilities = params.capabilities;
        const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
        linter.setWorkspaceFolders(folders);
        configs.setKubernetesVersion(params.initializationOptions?.kubernetesVersion);
        return {
            capabilities: {
                textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
                codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
                workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
            },
            serverInfo: { name: "dslint", version: packageVersion() },
        };
    });
    connection.onInitialized(async () => {
        try {
            if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
                await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: "**/.dslint.{yaml,yml}" }] });
            }
            if (capabilities.workspace?.workspaceFolders) {
                connection.workspace.onDidChangeWorkspaceFolders(async () => {
                    try {
                        linter.setWorkspaceFolders(((await connection.workspace.getWorkspaceFolders()) ?? []).map((f) => f.uri));
                        relintAll();
                    }
                    catch (err) {
                        fail("updating the workspace folders", err);
                    }
                });
            }
            await linter.warmUp();
        }
        catch (err) {
            fail("starting", err);
        }
    });
    // Opening a document also fires onDidChangeContent for the same version; only edits after it wait for a pause.
    documents.onDidOpen((e) => void lintNow(e.document));
    documents.onDidChangeContent((e) => {
        if (checking.get(e.document.uri) !== e.document.version)
            lintLater(e.document);
    });
    documents.onDidSave((e) => {
        if (isConfigFile(linter.pathOf(e.document))) {
            configs.invalidate(linter.pathOf(e.document));
            relintAll();
        }
        else
            void lintNow(e.document);
    });
    documents.onDidClose((e) => {
        clearTimeout(timers.get(e.document.uri));
        timers.delete(e.document.uri);
        results.delete(e.document.uri);
        latest.delete(e.document.uri);
        checking.delete(e.document.uri);
        checkedEdits.forget(e.document.uri);
        void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    });
    connection.onDidChangeWatchedFiles((params) => {
        const changed = params.changes.filter((c) => c.uri.startsWith("file:") && isConfigFile(fileURLToPath(c.uri)));
        if (changed.length === 0)
            return;
        for (const c of changed)
            configs.invalidate(fileURLToPath(c.uri));
        relintAll();
    });
    connection.onCodeAction(async (params) => {
        try {
            const doc = documents.get(params.textDocument.uri);
            if (!doc)
                return [];
            let lint = results.get(doc.uri);
            if (!lint || lint.version !== doc.version)
                lint = await lintNow(doc);
            if (!lint)
                return [];
            return await codeActions(doc, params.context.diagnostics, lint, linter, checkedEdits, (d, edits) => workspaceEdit(d, edits, capabilities));
        }
        catch (err) {
            fail("computing code actions", err);
            return [];
        }
    });
    documents.listen(connection);
    connection.listen();
    return connection;
}
/** A versioned edit where the editor supports it, so it refuses an edit computed for older text. */
function workspaceEdit(doc, edits, capabilities) {
    if (capabilities.workspace?.workspaceEdit?.documentChanges) {
        return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] };
    }
    return { changes: { [doc.uri]: edits } };
}
/** stdout carries the protocol: anything a module prints goes to the editor's log instead. */
function redirectConsole(connection) {
    const log = (...args) => connection.console.log(args.map(String).join(" "));
    console.log = log;
    console.info = log;
    console.debug = log;
    console.warn = (...args) => connection.console.warn(args.map(String).join(" "));
    console.error = (...args) => connection.console.error(args.map(String).join(" "));
}
function packageVersion() {
    try {
        return JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")).version;
    }
    catch {
        return "unknown";
    }
}
