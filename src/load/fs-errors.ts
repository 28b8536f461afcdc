import { closeSync, constants, fstatSync, openSync, readSync, statSync } from "node:fs";
import { StringDecoder } from "node:string_decoder";

// The declarations of this module are reached from the package's index, whose
// users need no @types/node: its signatures name no Node.js type.

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
export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ELOOP":
      return "symbolic link loop";
    case "EISDIR":
      return "is a folder";
    case "ENOTDIR":
      return "a part of the path is not a folder";
    case "EROFS":
      return "read-only file system";
    case "ENOSPC":
      return "no space left on the device";
    case "ENXIO":
      return "is a socket or a device without a driver, not a regular file";
    default: {
      // Node's own messages are one line, but never trust that: one problem, one line.
      const message = (err as Error)?.message ?? String(err);
      return message.replace(/\s*\n\s*/g, " ");
    }
  }
}

/**
 * What a path that is neither a regular file nor a folder is, in plain
 * words: reading a FIFO blocks until something writes to it, and a device
 * such as /dev/zero never ends, so none of them is read.
 */
export function describeSpecialFile(stats: FileKind): string | undefined {
  if (stats.isFile() || stats.isDirectory()) return undefined;
  const what =
    stats.isFIFO() ? "a named pipe (FIFO)"
    : stats.isCharacterDevice() ? "a character device"
    : stats.isBlockDevice() ? "a block device"
    : stats.isSocket() ? "a socket"
    : "a special file";
  return `is ${what}, not a regular file`;
}

const MiB = 1024 * 1024;

/** Larger manifests are refused rather than parsed (no real manifest comes close); stdin too. */
export const MAX_FILE_BYTES = 32 * MiB;

/** A size limit in words: "32 MiB", "2 GiB". */
export function describeBytes(bytes: number): string {
  return bytes >= 1024 * MiB && bytes % (1024 * MiB) === 0 ? `${bytes / 1024 / MiB} GiB` : `${Math.round(bytes / MiB)} MiB`;
}

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
 * The first bytes read before the limit is decided (`readRegularFile` with a
 * function as the limit): enough to tell JSON from YAML.
 */
const HEAD_BYTES = 64 * 1024;
/** One read call's most (Node refuses reads of 2 GiB or more). */
const MAX_READ = 256 * MiB;

/**
 * Reads a regular file, at most `limit` bytes of it. Special files (FIFOs,
 * devices, sockets) are refused without being opened for reading, so a
 * FIFO nobody writes to cannot block and /dev/zero cannot fill the memory;
 * and the limit is enforced on the bytes actually read, never on the size
 * the file system reports (files in /proc report 0, a file may grow while it
 * is read). `limit` may depend on the first bytes (up to 64 KiB). The bytes
 * are a Buffer (typed as what they are to any caller: a Uint8Array).
 */
export function readRegularFile(path: string, limit: number | ((head: Uint8Array) => number)): { bytes: Uint8Array } | ReadRefusal {
  const opened = openRegularFile(path);
  if ("problem" in opened) return opened;
  const fd = opened.fd;
  try {
    let cap = typeof limit === "number" ? limit : undefined;
    // The reported size is only a hint for the allocations (one more byte to see the end).
    const hint = opened.size + 1;
    let buffer = Buffer.allocUnsafe(Math.min(cap === undefined ? HEAD_BYTES : cap + 1, hint));
    let length = 0;
    for (;;) {
      const want = cap === undefined ? HEAD_BYTES : cap + 1;
      if (length >= want) {
        if (cap === undefined) {
          cap = (limit as (head: Uint8Array) => number)(buffer.subarray(0, length));
          continue;
        }
        break;
      }
      if (length === buffer.length) {
        const grown = Buffer.allocUnsafe(Math.min(want, Math.max(buffer.length * 2, hint, HEAD_BYTES)));
        buffer.copy(grown, 0, 0, length);
        buffer = grown;
      }
      const read = readSync(fd, buffer, length, Math.min(Math.min(buffer.length, want) - length, MAX_READ), null);
      if (read === 0) break;
      length += read;
    }
    if (cap === undefined) cap = (limit as (head: Uint8Array) => number)(buffer.subarray(0, length));
    if (length > cap) return { problem: `file is larger than ${describeBytes(cap)}`, tooLarge: true, limit: cap };
    return { bytes: buffer.subarray(0, length) };
  } catch (err) {
    return refusal(err);
  } finally {
    closeSync(fd);
  }
}

/**
 * Opens a regular file for reading, refusing special files (FIFOs, devices,
 * sockets) and folders without waiting on them; `size` is what the file
 * system reports, only a hint. The caller closes `fd`.
 */
export function openRegularFile(path: string): { fd: number; size: number } | ReadRefusal {
  let fd: number | undefined;
  try {
    // stat before open: opening a FIFO waits for a writer, opening a device may have effects.
    const special = describeSpecialFile(statSync(path));
    if (special) return { problem: special, special: true };
    // O_NONBLOCK: should the path be swapped for a FIFO after the stat, opening it still does not wait.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const stats = fstatSync(fd);
    const problem: ReadRefusal | undefined = stats.isDirectory() ? { problem: "is a folder", folder: true } : describeSpecialFile(stats) ? { problem: describeSpecialFile(stats)!, special: true } : undefined;
    if (!problem) {
      const opened = { fd, size: stats.size };
      fd = undefined;
      return opened;
    }
    return problem;
  } catch (err) {
    return refusal(err);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function refusal(err: unknown): ReadRefusal {
  return { problem: describeFsError(err), ...((err as NodeJS.ErrnoException)?.code === "EISDIR" ? { folder: true as const } : {}) };
}

/** Bytes read at a time from a large file. */
const BLOCK_BYTES = 1 << 20;

/**
 * A large regular file read as text a block at a time, at most `limit`
 * bytes; or why not. It is read twice: once to see that it holds no NUL and
 * is not over the limit, then block by block as UTF-8 as it is consumed
 * (the file is closed when the blocks are read to the end or the caller stops).
 */
export function readTextBlocks(path: string, limit: number): { blocks: Iterable<string>; nul: false } | { nul: true } | ReadRefusal {
  const opened = openRegularFile(path);
  if ("problem" in opened) return opened;
  const fd = opened.fd;
  let length = 0;
  try {
    const buffer = Buffer.allocUnsafe(BLOCK_BYTES);
    for (let read = readSync(fd, buffer, 0, BLOCK_BYTES, 0); read > 0; read = readSync(fd, buffer, 0, BLOCK_BYTES, length)) {
      if (buffer.subarray(0, read).includes(0)) {
        closeSync(fd);
        return { nul: true };
      }
      length += read;
      if (length > limit) {
        closeSync(fd);
        return { problem: `file is larger than ${describeBytes(limit)}`, tooLarge: true, limit };
      }
    }
  } catch (err) {
    closeSync(fd);
    return refusal(err);
  }
  const total = length;
  function* blocks(): Generator<string> {
    const decoder = new StringDecoder("utf8");
    const buffer = Buffer.allocUnsafe(BLOCK_BYTES);
    try {
      // No further than what was checked: a file growing meanwhile is read as it was.
      for (let at = 0; at < total; ) {
        const read = readSync(fd, buffer, 0, Math.min(BLOCK_BYTES, total - at), at);
        if (read === 0) break;
        at += read;
        yield decoder.write(buffer.subarray(0, read));
      }
      const end = decoder.end();
      if (end !== "") yield end;
    } finally {
      closeSync(fd);
    }
  }
  return { blocks: { [Symbol.iterator]: blocks }, nul: false };
}
