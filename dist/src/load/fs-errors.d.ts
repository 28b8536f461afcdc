/** What `describeSpecialFile` asks of a `fs.Stats`. */
export interface FileKind {
    isFile(): boolean;
    isDirectory(): boolean;
    isFIFO(): boolean;
    isCharacterDevice(): boolean;
    isBlockDevice(): boolean;
    isSocket(): boolean;
}
/** A file system error in plain words, without the errno code and the path the caller already names. */
export declare function describeFsError(err: unknown): string;
/**
 * What a path that is neither a regular file nor a folder is, in plain
 * words: reading a FIFO blocks until something writes to it, and a device
 * such as /dev/zero never ends, so none of them is read.
 */
export declare function describeSpecialFile(stats: FileKind): string | undefined;
/** Larger manifests are refused rather than parsed (no real manifest comes close); stdin too. */
export declare const MAX_FILE_BYTES: number;
/** A size limit in words: "32 MiB", "2 GiB". */
export declare function describeBytes(bytes: number): string;
/** Why a file was not read. */
export interface ReadRefusal {
    /** One line, without the path. */
    problem: string;
    /** The file is larger than the limit (only `limit + 1` bytes were read). */
    tooLarge?: true;
    /** With `tooLarge`: the limit that applied. */
    limit?: number;
    /** The path is a FIFO, a device or a socket. */
    special?: true;
    /** The path is a folder. */
    folder?: true;
}
/**
 * Reads a regular file, at most `limit` bytes of it. Special files (FIFOs,
 * devices, sockets) are refused without being opened for reading, so a
 * FIFO nobody writes to cannot block and /dev/zero cannot fill the memory;
 * and the limit is enforced on the bytes actually read, never on the size
 * the file system reports (files in /proc report 0, a file may grow while it
 * is read). `limit` may depend on the first bytes (up to 64 KiB). The bytes
 * are a Buffer (typed as what they are to any caller: a Uint8Array).
 */
export declare function readRegularFile(path: string, limit: number | ((head: Uint8Array) => number)): {
    bytes: Uint8Array;
} | ReadRefusal;
/**
 * Opens a regular file for reading, refusing special files (FIFOs, devices,
 * sockets) and folders without waiting on them; `size` is what the file
 * system reports, only a hint. The caller closes `fd`.
 */
export declare function openRegularFile(path: string): {
    fd: number;
    size: number;
} | ReadRefusal;
/**
 * A large regular file read as text a block at a time, at most `limit`
 * bytes; or why not. It is read twice: once to see that it holds no NUL and
 * is not over the limit, then block by block as UTF-8 as it is consumed
 * (the file is closed when the blocks are read to the end or the caller stops).
 */
export declare function readTextBlocks(path: string, limit: number): {
    blocks: Iterable<string>;
    nul: false;
} | {
    nul: true;
} | ReadRefusal;
