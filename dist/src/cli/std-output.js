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
const streamOf = (fd) => (fd === 1 ? process.stdout : process.stderr);
let failed = false;
const guarded = new Set();
const outputs = new Map();
/** Standard output (1) or error (2), guarded as above; one for each, whoever asks. */
export function standardOutput(fd) {
    let output = outputs.get(fd);
    if (!output)
        outputs.set(fd, (output = openOutput(fd)));
    return output;
}
function openOutput(fd) {
    let direct = false;
    try {
        const stat = fstatSync(fd);
        direct = stat.isFile() || stat.isFIFO() || stat.isSocket();
    }
    catch {
        // closed or unusable: Node's stream says how
    }
    if (!direct)
        return guardedStream(fd);
    return new DescriptorOutput((bytes, offset) => writeSync(fd, bytes, offset, bytes.length - offset), () => guardedStream(fd), (err) => writeFailed(fd, err));
}
function guardedStream(fd) {
    const stream = streamOf(fd);
    if (!guarded.has(fd)) {
        guarded.add(fd);
        stream.on("error", (err) => writeFailed(fd, err));
    }
    return stream;
}
/** The reader closed its end: not a failure. */
const READER_GONE = new Set(["EPIPE", "ECONNRESET"]);
function writeFailed(fd, err) {
    if (READER_GONE.has(err.code ?? ""))
        return;
    if (!failed) {
        failed = true;
        // The error may arrive before or after the launcher sets the exit code: decide at exit.
        process.on("exit", () => {
            process.exitCode = 2;
        });
    }
    if (fd === 1)
        standardOutput(2).write(`dslint: cannot write to standard output: ${err.message}\n`);
}
/** Exported for its tests; standardOutput makes it. */
export class DescriptorOutput {
    writeBytes;
    openStream;
    failed;
    /** Node's stream, once a write could not complete at once. */
    stream;
    /** The reader left, or writing failed: nothing more is written (output-files.ts stops making the report). */
    destroyed = false;
    constructor(writeBytes, openStream, failed) {
        this.writeBytes = writeBytes;
        this.openStream = openStream;
        this.failed = failed;
    }
    write(chunk) {
        if (this.stream)
            return this.stream.write(chunk);
        if (this.destroyed)
            return true;
        const bytes = typeof chunk === "string" ? Buffer.from(chunk, "utf8") : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        let written = 0;
        try {
            while (written < bytes.length)
                written += this.writeBytes(bytes, written);
        }
        catch (err) {
            if (err.code === "EAGAIN") {
                this.stream = this.openStream();
                return this.stream.write(bytes.subarray(written));
            }
            this.destroyed = true;
            this.failed(err);
        }
        return true;
    }
    on(event, listener) {
        this.stream?.on(event, listener);
        return this;
    }
    off(event, listener) {
        this.stream?.off(event, listener);
        return this;
    }
}
