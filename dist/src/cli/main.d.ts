import { type Output } from "./std-output.js";
export interface Io {
    stdout: Output;
    stderr: Output;
    /**
     * Reads stdin whole, at most `limit` bytes (default: a manifest file's
     * limit); past it, rejects with a UsageError without reading on.
     */
    readStdin: (limit?: number) => Promise<string>;
    env: NodeJS.ProcessEnv;
    cwd: string;
}
/** Runs the CLI and resolves to the exit code. Commands are imported only when used, to keep start-up cheap. */
export declare function main(argv: readonly string[], io?: Io): Promise<number>;
export declare function processIo(options?: {
    guardOutput?: boolean;
}): Io;
/** What a run says when stdin holds more than it reads. */
export declare function stdinTooLarge(limit: number): string;
