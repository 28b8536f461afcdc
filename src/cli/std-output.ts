/**
 * Standard output and error for the command line. Where the descriptor is a
 * file, a pipe or a socket, text is written to it directly with writeSync:
 * process.stdout on a pipe is a net.Socket, and making one loads Node's
 * stream and net modules, about 6 ms of a one-file check's start-up. A
 * terminal (and /dev/null, a character device too) gets Node's stream, as
 * does the rest of the output after a write the descriptor refuses for now
 * (EAGAIN: someone made it non-blocking), so that the order is kept.
 *
 * Writing can fail after the report is ready. A reader that stops early
 * (`dslint rules | head -1`) closes the pipe (EPIPE; ECONNRESET when standard
 * output is a socket, as a Node.js parent gives): nobody reads on, so the
 * rest is dropped quietly and the run ends with its own exit code, which was
 * decided before the report was written (`set -o pipefail` still sees
 * findings as 1). Any other failure (a full disk) is one line and exit code 2.
 */
import { fstatSync, writeSync } from "node:fs";

export interface Output {
  write(chunk: string | Uint8Array): boolean;
  on(event: string, listener: (...args: unknown[]) => void): unknown;
  off(event: string, listener: (...args: unknown[]) => void): unknown;
  isTTY?: boolean;
}

type Descriptor = 1 | 2;

const streamOf = (fd: Descriptor): NodeJS.WriteStream => (fd === 1 ? process.stdout : process.stderr);

let failed = false;
const guarded = new Set<Descriptor>();
const outputs = new Map<Descriptor, Output>();

/** Standard output (1) or error (2), guarded as above; one for each, whoever asks. */
export function standardOutput(fd: Descriptor): Output {
  let output = outputs.get(fd);
  if (!output) outputs.set(fd, (output = openOutput(fd)));
  return output;
}

function openOutput(fd: Descriptor): Output {
  let direct = false;
  try {
    const stat = fstatSync(fd);
    direct = stat.isFile() || stat.isFIFO() || stat.isSocket();
  } catch {
    // closed or unusable: Node's stream says how
  }
  if (!direct) return guardedStream(fd);
  return new DescriptorOutput(
    (bytes, offset) => writeSync(fd, bytes, offset, bytes.length - offset),
    () => guardedStream(fd),
    (err) => writeFailed(fd, err),
  );
}

function guardedStream(fd: Descriptor): NodeJS.WriteStream {
  const stream = streamOf(fd);
  if (!guarded.has(fd)) {
    guarded.add(fd);
    stream.on("error", (err: NodeJS.ErrnoException) => writeFailed(fd, err));
  }
  return stream;
}

/** The reader closed its end: not a failure. */
const READER_GONE = new Set(["EPIPE", "ECONNRESET"]);

function writeFailed(fd: Descriptor, err: NodeJS.ErrnoException): void {
  if (READER_GONE.has(err.code ?? "")) return;
  if (!failed) {
    failed = true;
    // The error may arrive before or after the launcher sets the exit code: decide at exit.
    process.on("exit", () => {
      process.exitCode = 2;
    });
  }
  if (fd === 1) standardOutput(2).write(`dslint: cannot write to standard output: ${err.message}\n`);
}

/** Writes bytes from `offset` on, returning how many were written; throws as fs.writeSync does. */
type WriteBytes = (bytes: Buffer, offset: number) => number;

/** Exported for its tests; standardOutput makes it. */
export class DescriptorOutput implements Output {
  /** Node's stream, once a write could not complete at once. */
  private stream: Output | undefined;
  /** The reader left, or writing failed: nothing more is written (output-files.ts stops making the report). */
  destroyed = false;

  constructor(
    private readonly writeBytes: WriteBytes,
    private readonly openStream: () => Output,
    private readonly failed: (err: NodeJS.ErrnoException) => void,
  ) {}

  write(chunk: string | Uint8Array): boolean {
    if (this.stream) return this.stream.write(chunk);
    if (this.destroyed) return true;
    const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let written = 0;
    try {
      while (written < bytes.length) written += this.writeBytes(bytes, written);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === "EAGAIN") {
        this.stream = this.openStream();
        return this.stream.write(bytes.subarray(written));
      }
      this.destroyed = true;
      this.failed(err as NodeJS.ErrnoException);
    }
    return true;
  }

  on(event: string, listener: (...args: unknown[]) => void): this {
    this.stream?.on(event, listener);
    return this;
  }

  off(event: string, listener: (...args: unknown[]) => void): this {
    this.stream?.off(event, listener);
    return this;
  }
}
