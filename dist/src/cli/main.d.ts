export interface Io {
    stdout: NodeJS.WritableStream & {
        isTTY?: boolean;
    };
    stderr: NodeJS.WritableStream;
    readStdin: () => Promise<string>;
    env: NodeJS.ProcessEnv;
    cwd: string;
}
/** Runs the CLI and resolves to the exit code. Commands are imported only when used, to keep start-up cheap. */
export declare function main(argv: readonly string[], io?: Io): Promise<number>;
export declare function processIo(options?: {
    guardOutput?: boolean;
}): Io;
