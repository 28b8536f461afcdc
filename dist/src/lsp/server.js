import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { TextDocument } from "vscode-languageserver-textdocument";
import { CodeActionKind, createConnection, DiagnosticSeverity, DidChangeWatchedFilesNotification, ErrorCodes, LSPErrorCodes, MessageType, ResponseError, ShowMessageNotification, StreamMessageWriter, TextDocumentSyncKind, } from "vscode-languageserver/node";
import { loadRules } from "../rules/registry.js";
import { packageJson } from "../package.js";
import { isRecord } from "../values.js";
import { CheckedEdits, codeActions, FIX_ALL_KIND, fixAllAction, wantsFixAll } from "./code-actions.js";
import { ConfigResolver } from "./configs.js";
import { isConfigFile, SOURCE } from "./diagnostics.js";
import { DocumentLinter } from "./linter.js";
import { changeParams, documentUri, fileChanges, folderUris, isRange, kubernetesVersionOption, openParams } from "./params.js";
import { Inbox, RecoveringMessageReader } from "./reader.js";
/** The pause after a change before a document is checked again, at least: typing is not checked keystroke by keystroke. */
export const MIN_CHANGE_DEBOUNCE_MS = 25;
/** ... and at most: a document that takes long to check waits as long as its last check took, up to this. */
export const MAX_CHANGE_DEBOUNCE_MS = 750;
/** A custom request for tests and measurements: what the server holds. */
export const STATE_REQUEST = "dslint/serverState";
/**
 * The language server: diagnostics for Kubernetes manifests on open, change
 * (debounced) and save, and quick fixes. One broken document, request or
 * message never stops it: every handler reports its own failure and the
 * server goes on.
 *
 * Checking blocks the thread, so checks wait until no message is waiting
 * (Inbox): requests are answered first, and a check made stale by a newer
 * change or a close is never started. One check runs at a time, and each
 * document has at most one check queued.
 */
export async function startServer(input, output) {
    const inbox = new Inbox();
    const writer = new StreamMessageWriter(output);
    let connection;
    const reader = new RecoveringMessageReader(input, (rejection, detail) => {
        connection?.console.warn(`dslint: ignored ${detail}`);
        writer.write(rejection).catch(() => undefined);
    });
    const counting = {
        onError: reader.onError,
        onClose: reader.onClose,
        onPartialMessage: reader.onPartialMessage,
        listen: (callback) => reader.listen((message) => {
            inbox.received(message);
            callback(message);
        }),
        dispose: () => reader.dispose(),
    };
    connection = createConnection(counting, writer, { messageStrategy: inbox.strategy });
    const conn = connection;
    redirectConsole(conn);
    let shutdown = false;
    conn.onShutdown(() => {
        shutdown = true;
    });
    // The editor went away without saying so: nothing is left to serve.
    const ended = () => process.exit(shutdown ? 0 : 1);
    input.on("end", ended);
    input.on("close", ended);
    const rules = await loadRules();
    const configs = new ConfigResolver(rules, (message) => void conn.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }));
    const linter = new DocumentLinter(configs);
    const open = new Map();
    /** Documents due for a check, oldest first. */
    const queue = new Set();
    let draining = false;
    const checkedEdits = new CheckedEdits();
    let capabilities = {};
    const fail = (what, err) => conn.console.error(`dslint: ${what}: ${err?.stack ?? String(err)}`);
    const ignore = (what, params) => conn.console.warn(`dslint: ignored ${what} with invalid parameters: ${JSON.stringify(params)?.slice(0, 200)}`);
    // A last resort: a failure that escaped its handler is logged, and the editor keeps its server.
    process.on("uncaughtException", (err) => {
        // Nothing can be written to an editor that is gone.
        if (err.code === "EPIPE")
            process.exit(1);
        fail("unexpected error", err);
    });
    process.on("unhandledRejection", (err) => fail("unexpected error", err));
    /** Checks the document's current version (or joins the check of it already running) and publishes the result. */
    function check(entry) {
        const doc = entry.doc;
        if (entry.checked?.doc === doc)
            return Promise.resolve(entry.checked.result);
        if (entry.running?.doc === doc)
            return entry.running.done;
        const run = { doc };
        entry.running = run;
        run.done = (async () => {
            // Started on the next turn, so that the check is registered as running before any of it runs.
            await Promise.resolve();
            const start = performance.now();
            let result;
            try {
                result = await linter.lint(doc);
            }
            catch (err) {
                fail(`checking ${doc.uri}`, err);
                const message = `dslint could not check this document: ${err?.message ?? String(err)}`;
                result = { version: doc.version, findings: [], diagnostics: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, severity: DiagnosticSeverity.Error, source: SOURCE, message }] };
            }
            entry.lastCheckMs = performance.now() - start;
            if (entry.running === run)
                entry.running = undefined;
            // Closed or changed meanwhile: the newer version has its own check coming.
            if (open.get(doc.uri) !== entry || entry.doc !== doc)
                return result;
            entry.checked = { doc, result };
            void conn.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: result?.diagnostics ?? [] });
            return result;
        })();
        return run.done;
    }
    /** Queues a check of the document, after `delayMs`. */
    function schedule(uri, delayMs) {
        const entry = open.get(uri);
        if (!entry)
            return;
        clearTimeout(entry.timer);
        entry.timer = undefined;
        if (delayMs <= 0) {
            queue.add(uri);
            void drain();
            return;
        }
        queue.delete(uri);
        entry.timer = setTimeout(() => {
            entry.timer = undefined;
            if (open.get(uri) !== entry)
                return;
            queue.add(uri);
            void drain();
        }, delayMs);
    }
    /** Runs the queued checks one at a time, each when no message is waiting. */
    async function drain() {
        if (draining)
            return;
        draining = true;
        try {
            for (;;) {
                await inbox.idle();
                const uri = queue.values().next().value;
                if (uri === undefined)
                    break;
                queue.delete(uri);
                const entry = open.get(uri);
                if (entry)
                    await check(entry);
            }
        }
        catch (err) {
            fail("checking", err);
        }
        finally {
            draining = false;
        }
        if (queue.size > 0)
            void drain();
    }
    /** After a configuration change: the same texts may now have other findings. */
    function recheckAll() {
        for (const [uri, entry] of open) {
            checkedEdits.forget(uri);
            entry.checked = undefined;
            entry.running = undefined;
            schedule(uri, 0);
        }
    }
    conn.onInitialize((params) => {
        const p = isRecord(params) ? params : {};
        capabilities = isRecord(p.capabilities) ? p.capabilities : {};
        const folders = folderUris(p.workspaceFolders);
        if (folders.length === 0 && typeof p.rootUri === "string")
            folders.push(p.rootUri);
        linter.setWorkspaceFolders(folders);
        configs.setKubernetesVersion(kubernetesVersionOption(p.initializationOptions));
        return {
            capabilities: {
                textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
                codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
                workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
            },
            serverInfo: { name: "dslint", version: packageVersion() },
        };
    });
    conn.onInitialized(async () => {
        try {
            if (capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) {
                await conn.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: "**/.dslint.{yaml,yml}" }] });
            }
            if (capabilities.workspace?.workspaceFolders) {
                conn.workspace.onDidChangeWorkspaceFolders(async () => {
                    try {
                        linter.setWorkspaceFolders(folderUris(await conn.workspace.getWorkspaceFolders()));
                        recheckAll();
                    }
                    catch (err) {
                        fail("updating the workspace folders", err);
                    }
                });
            }
            await linter.warmUp(() => inbox.idle());
        }
        catch (err) {
            fail("starting", err);
        }
    });
    conn.onDidOpenTextDocument((params) => {
        const p = openParams(params);
        if (!p)
            return ignore("textDocument/didOpen", params);
        const previous = open.get(p.uri);
        if (previous)
            clearTimeout(previous.timer);
        open.set(p.uri, { doc: TextDocument.create(p.uri, p.languageId, p.version, p.text), lastCheckMs: 0 });
        checkedEdits.forget(p.uri);
        schedule(p.uri, 0);
    });
    conn.onDidChangeTextDocument((params) => {
        const p = changeParams(params);
        const entry = p && open.get(p.uri);
        if (!p || !entry)
            return ignore("textDocument/didChange", params);
        try {
            // A new snapshot, never the old one updated in place: a check or code action still running keeps the text it began with.
            const old = entry.doc;
            entry.doc = TextDocument.update(TextDocument.create(old.uri, old.languageId, old.version, old.getText()), p.changes, p.version);
        }
        catch (err) {
            return fail(`applying a change to ${p.uri}`, err);
        }
        checkedEdits.forget(p.uri);
        schedule(p.uri, Math.min(MAX_CHANGE_DEBOUNCE_MS, Math.max(MIN_CHANGE_DEBOUNCE_MS, entry.lastCheckMs)));
    });
    conn.onDidSaveTextDocument((params) => {
        const uri = documentUri(params);
        const entry = uri === undefined ? undefined : open.get(uri);
        if (!entry)
            return;
        const path = linter.pathOf(entry.doc);
        if (isConfigFile(path)) {
            configs.invalidate(path);
            recheckAll();
        }
        else {
            // The files around it may have changed (a chart, a kustomization): checked afresh.
            entry.checked = undefined;
            entry.running = undefined;
            schedule(entry.doc.uri, 0);
        }
    });
    conn.onDidCloseTextDocument((params) => {
        const uri = documentUri(params);
        if (uri === undefined)
            return ignore("textDocument/didClose", params);
        const entry = open.get(uri);
        clearTimeout(entry?.timer);
        open.delete(uri);
        queue.delete(uri);
        checkedEdits.forget(uri);
        if (entry)
            void conn.sendDiagnostics({ uri, diagnostics: [] });
    });
    conn.onDidChangeWatchedFiles((params) => {
        const changed = fileChanges(params).filter((uri) => uri.startsWith("file:") && isConfigFile(fileURLToPath(uri)));
        if (changed.length === 0)
            return;
        for (const uri of changed)
            configs.invalidate(fileURLToPath(uri));
        recheckAll();
    });
    conn.onCodeAction(async (params, token) => {
        const uri = documentUri(params);
        const asked = isRecord(params) && isRecord(params.context) && Array.isArray(params.context.diagnostics) ? params.context.diagnostics : undefined;
        if (uri === undefined || !asked)
            throw new ResponseError(ErrorCodes.InvalidParams, "textDocument.uri and context.diagnostics are required");
        const entry = open.get(uri);
        if (!entry)
            return [];
        const doc = entry.doc;
        /** The answer is for this version: a newer one (or a close, or the editor cancelling) makes it unwanted. */
        const stillWanted = async () => {
            await inbox.idle();
            if (token.isCancellationRequested)
                throw new ResponseError(LSPErrorCodes.RequestCancelled, "cancelled");
            if (open.get(uri) !== entry || entry.doc !== doc)
                throw new ResponseError(LSPErrorCodes.ContentModified, "the document changed");
        };
        try {
            let lint = entry.checked?.doc === doc ? entry.checked.result : undefined;
            if (entry.checked?.doc !== doc) {
                await stillWanted();
                lint = await check(entry);
            }
            if (!lint)
                return [];
            const only = isRecord(params.context) && Array.isArray(params.context.only) ? params.context.only.filter((k) => typeof k === "string") : undefined;
            const edit = (d, edits) => workspaceEdit(d, edits, capabilities);
            if (wantsFixAll(only)) {
                const all = await fixAllAction(doc, lint, linter, edit, stillWanted);
                return all ? [all] : [];
            }
            const diagnostics = asked.filter((d) => isRecord(d) && isRange(d.range));
            return await codeActions(doc, diagnostics, lint, linter, checkedEdits, edit, stillWanted);
        }
        catch (err) {
            if (err instanceof ResponseError)
                throw err;
            fail("computing code actions", err);
            return [];
        }
    });
    conn.onRequest(STATE_REQUEST, (params) => {
        // `{"gc": true}` collects garbage first, so that the heap size shows what is held, not what awaits collection.
        if (isRecord(params) && params.gc === true)
            collectGarbage();
        const memory = process.memoryUsage();
        return {
            documents: open.size,
            timers: [...open.values()].filter((e) => e.timer !== undefined).length,
            queued: queue.size,
            checkedEdits: checkedEdits.size,
            pendingMessages: inbox.pending,
            heapUsed: memory.heapUsed,
            rss: memory.rss,
        };
    });
    conn.listen();
    return conn;
}
/** A versioned edit where the editor supports it, so it refuses an edit computed for older text. */
function workspaceEdit(doc, edits, capabilities) {
    if (capabilities.workspace?.workspaceEdit?.documentChanges) {
        return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] };
    }
    return { changes: { [doc.uri]: edits } };
}
/** A full garbage collection, for measurements (STATE_REQUEST); node was not started with --expose-gc. */
function collectGarbage() {
    setFlagsFromString("--expose-gc");
    runInNewContext("gc")();
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
        return packageJson().version;
    }
    catch {
        return "unknown";
    }
}
