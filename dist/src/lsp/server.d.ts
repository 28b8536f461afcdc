import { type Connection } from "vscode-languageserver/node";
/** Typing pauses shorter than this do not start a check. */
export declare const CHANGE_DEBOUNCE_MS = 200;
/**
 * The language server: diagnostics for Kubernetes manifests on open, change
 * (debounced) and save, and quick fixes. One broken document or request never
 * stops it: every handler reports its own failure and the server goes on.
 */
export declare function startServer(input: NodeJS.ReadableStream, output: NodeJS.WritableStream): Promise<Connection>;
