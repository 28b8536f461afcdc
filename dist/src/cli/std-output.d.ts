export interface Output {
    write(chunk: string | Uint8Array): boolean;
    on(event: string, listener: (...args: unknown[]) => void): unknown;
    off(event: string, listener: (...args: unknown[]) => void): unknown;
    isTTY?: boolean;
}
type Descriptor = 1 | 2;
/** Standard output (1) or error (2), guarded as above; one for each, whoever asks. */
export declare function standardOutput(fd: Descriptor): Output;
/** Writes bytes from `offset` on, returning how many were written; throws as fs.writeSync does. */
type WriteBytes = (bytes: Buffer, offset: number) => number;
/** Exported for its tests; standardOutput makes it. */
export declare class DescriptorOutput implements Output {
    private readonly writeBytes;
    private readonly openStream;
    private readonly failed;
    /** Node's stream, once a write could not complete at once. */
    private stream;
    /** The reader left, or writing failed: nothing more is written (output-files.ts stops making the report). */
    destroyed: boolean;
    constructor(writeBytes: WriteBytes, openStream: () => Output, failed: (err: NodeJS.ErrnoException) => void);
    write(chunk: string | Uint8Array): boolean;
    on(event: string, listener: (...args: unknown[]) => void): this;
    off(event: string, listener: (...args: unknown[]) => void): this;
}
export {};
