import { type Connection } from "vscode-languageserver/node";
/** The pause after a change before a document is checked again, at least: typing is not checked keystroke by keystroke. */
export declare const MIN_CHANGE_DEBOUNCE_MS = 25;
/** ... and at most: a document that takes long to check waits as long as its last check took, up to this. */
export declare const MAX_CHANGE_DEBOUNCE_MS = 750;
/** A custom request for tests and measurements: what the server holds. */
export declare const STATE_REQUEST = "dslint/serverState";
/** What the server holds (STATE_REQUEST): every per-document count is 0 once all documents are closed. */
export interface ServerState {
    documents: number;
    timers: number;
    queued: number;
    checkedEdits: number;
    pendingMessages: number;
    heapUsed: number;
    rss: number;
}
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
export declare function startServer(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<Connection>;
