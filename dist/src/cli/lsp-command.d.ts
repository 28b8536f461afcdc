import type { Io } from "./main.js";
/** `dslint lsp`: resolves only when the editor ends the session (the server then exits the process). */
export declare function runLsp(args: readonly string[], io: Io): Promise<number>;
