import { AbstractMessageReader, ErrorCodes } from "vscode-languageserver/node";
/** Longer header blocks are not headers: real ones are a line or two. */
const MAX_HEADER_BYTES = 8 * 1024;
/** A body this large is a mistake, not an editor buffer (JSON-encoded, a 100 MB manifest is about 110 MB). */
export const MAX_BODY_BYTES = 256 * 1024 * 1024;
const SEPARATOR = Buffer.from("\r\n\r\n");
const CONTENT_LENGTH = /^content-length:/i;
/** A complete header block at the end of a text: what a new message starts with. */
const HEADER_AT_END = /content-length[ \t]*:[ \t]*\d+[ \t]*(?:\r\n[!-9;-~]+[ \t]*:[^\r\n]*)*\r\n\r\n$/i;
/**
 * Reads LSP messages (`Content-Length` headers, JSON bodies) from a stream,
 * and recovers from anything malformed instead of going deaf: a header that
 * is not one, a wrong, negative or huge length, a body that is not JSON or
 * not a JSON-RPC message. Each is answered with the JSON-RPC error the
 * specification names (parse error, invalid request) through `reject`, and
 * reading goes on at the next header.
 *
 * vscode-jsonrpc's own reader stops at the first bad header and then reads
 * the rest of the stream as one garbled header: the server stays up but
 * never answers again.
 */
export class RecoveringMessageReader extends AbstractMessageReader {
    input;
    reject;
    /** Bytes received and not yet read as a message; while a body is awaited, several chunks. */
    chunks = [];
    buffered = 0;
    /** The length of the body being awaited, after its header was read. */
    bodyLength;
    /** How far the awaited body's bytes were searched for a header (a sign its length was wrong). */
    scanned = 0;
    callback;
    constructor(input, reject) {
        super();
        this.input = input;
        this.reject = reject;
    }
    listen(callback) {
        this.callback = callback;
        const onData = (data) => this.onData(typeof data === "string" ? Buffer.from(data) : data);
        const onError = (err) => this.fireError(err);
        const onClose = () => this.fireClose();
        this.input.on("data", onData);
        this.input.on("error", onError);
        this.input.on("end", onClose);
        this.input.on("close", onClose);
        return {
            dispose: () => {
                this.input.off("data", onData);
                this.input.off("error", onError);
                this.input.off("end", onClose);
                this.input.off("close", onClose);
            },
        };
    }
    /** Reads every complete message in the buffer. Never throws: a failure here would stop reading for good. */
    onData(data) {
        this.chunks.push(data);
        this.buffered += data.length;
        try {
            while (this.next())
                ;
        }
        catch (err) {
            // Unreachable as far as we know; if it happens, start afresh at the next header rather than stop reading.
            this.rejectParse(`dslint could not read a message: ${err?.message ?? String(err)}`);
            this.resync(this.join(), 1);
        }
    }
    join() {
        if (this.chunks.length !== 1)
            this.chunks = [Buffer.concat(this.chunks, this.buffered)];
        return this.chunks[0] ?? Buffer.alloc(0);
    }
    keep(buffer, from) {
        const rest = buffer.subarray(from);
        this.chunks = rest.length > 0 ? [rest] : [];
        this.buffered = rest.length;
    }
    /** Reads one header or one body; false when more bytes are needed. */
    next() {
        if (this.buffered === 0)
            return false;
        if (this.bodyLength === undefined)
            return this.readHeader();
        return this.readBody(this.bodyLength);
    }
    readHeader() {
        const buffer = this.join();
        const end = buffer.indexOf(SEPARATOR);
        if (end < 0) {
            // Whatever precedes a header that has begun is garbage; a buffer this long without an end has no header in it.
            if (this.buffered > MAX_HEADER_BYTES) {
                this.rejectParse("a message header without an end (\\r\\n\\r\\n)");
                this.resync(buffer, 1);
                return true;
            }
            return false;
        }
        const block = buffer.subarray(0, end).toString("latin1");
        const length = contentLength(block);
        if (typeof length === "number") {
            this.keep(buffer, end + SEPARATOR.length);
            this.bodyLength = length;
            this.scanned = 0;
            return true;
        }
        this.rejectParse(`a malformed message header (${length}): ${JSON.stringify(block.slice(0, 200))}`);
        // A header can begin inside the garbage (a body sent without one, then a proper message): read on from the last one.
        const restart = lastHeaderStart(block);
        this.resync(buffer, restart > 0 ? restart : end + SEPARATOR.length, restart > 0);
        return true;
    }
    readBody(length) {
        if (this.buffered < length) {
            // A header inside the bytes awaited means the length was wrong (no JSON holds one): read from there.
            // Only the newest bytes are searched (with the end of the ones before), so a large body is not copied for each chunk.
            if (this.scanned === this.buffered)
                return false;
            const newest = this.chunks[this.chunks.length - 1];
            const previous = this.chunks.length > 1 ? this.chunks[this.chunks.length - 2] : Buffer.alloc(0);
            const overlap = previous.subarray(Math.max(0, previous.length - MAX_HEADER_BYTES));
            const window = Buffer.concat([overlap, newest]);
            const start = this.buffered - window.length;
            this.scanned = this.buffered;
            const header = headerIn(window, 0);
            if (header < 0)
                return false;
            this.bodyLength = undefined;
            this.rejectParse(`a message shorter than its Content-Length (${length} bytes)`);
            this.keep(this.join(), start + header);
            return true;
        }
        const buffer = this.join();
        const body = buffer.subarray(0, length).toString("utf8");
        this.keep(buffer, length);
        this.bodyLength = undefined;
        this.deliver(body);
        return true;
    }
    deliver(body) {
        let message;
        try {
            message = JSON.parse(body);
        }
        catch (err) {
            this.rejectParse(`a message that is not JSON (${err.message})`);
            return;
        }
        const problem = invalidMessage(message);
        if (problem) {
            const id = message?.id;
            this.reject({ jsonrpc: "2.0", id: typeof id === "number" || typeof id === "string" ? id : null, error: { code: ErrorCodes.InvalidRequest, message: `Invalid request: ${problem}` } }, problem);
            return;
        }
        this.callback?.(message);
    }
    rejectParse(detail) {
        this.reject({ jsonrpc: "2.0", id: null, error: { code: ErrorCodes.ParseError, message: `Parse error: ${detail}` } }, detail);
    }
    /** Drops bytes up to the next `Content-Length` at or after `from` (or exactly at `from`), or all but a possible beginning of one. */
    resync(buffer, from, exact = false) {
        this.bodyLength = undefined;
        if (exact)
            return this.keep(buffer, from);
        const text = buffer.toString("latin1");
        const next = text.slice(from).search(/content-length/i);
        if (next >= 0)
            return this.keep(buffer, from + next);
        this.keep(buffer, Math.max(from, buffer.length - "content-length".length));
    }
}
/** The body length a header block gives, or why it gives none. */
function contentLength(block) {
    let length = "no Content-Length";
    for (const line of block.split("\r\n")) {
        const colon = line.indexOf(":");
        if (colon <= 0)
            return "a line that is not a header";
        if (!CONTENT_LENGTH.test(line))
            continue;
        const value = line.slice(colon + 1).trim();
        if (!/^\d+$/.test(value))
            return `Content-Length ${JSON.stringify(value.slice(0, 40))} is not a byte count`;
        const n = Number(value);
        if (n > MAX_BODY_BYTES)
            return `Content-Length ${value} is larger than ${MAX_BODY_BYTES}`;
        length = n;
    }
    return length;
}
/** Where the last `Content-Length` of a bad header block begins, when that is not at its start. */
function lastHeaderStart(block) {
    const lower = block.toLowerCase();
    return lower.lastIndexOf("content-length");
}
/** Where a complete header begins in `buffer` at or after `from`; -1 when none does. */
function headerIn(buffer, from) {
    let at = buffer.indexOf(SEPARATOR, from);
    while (at >= 0) {
        const before = buffer.subarray(Math.max(0, at - MAX_HEADER_BYTES), at + SEPARATOR.length).toString("latin1");
        const match = HEADER_AT_END.exec(before);
        if (match)
            return at + SEPARATOR.length - (before.length - match.index);
        at = buffer.indexOf(SEPARATOR, at + 1);
    }
    return -1;
}
/** Why a parsed body is not a JSON-RPC 2.0 request, notification or response; undefined when it is one. */
function invalidMessage(message) {
    if (typeof message !== "object" || message === null || Array.isArray(message))
        return `a message must be a JSON object, not ${Array.isArray(message) ? "an array" : JSON.stringify(message)}`;
    const m = message;
    if (m.jsonrpc !== "2.0")
        return 'jsonrpc must be "2.0"';
    if ("id" in m && m.id !== null && typeof m.id !== "number" && typeof m.id !== "string")
        return "id must be a number or a string";
    if ("method" in m) {
        if (typeof m.method !== "string")
            return "method must be a string";
        if ("params" in m && m.params !== null && typeof m.params !== "object")
            return "params must be an object or an array";
        return undefined;
    }
    if ("id" in m && ("result" in m || "error" in m))
        return undefined;
    return "neither a request, a notification nor a response";
}
/**
 * Counts the messages read but not yet handled, so that checks (which block
 * the thread) run only when no message waits: a request is answered before
 * a document is checked, and a change that makes a check stale arrives first.
 */
export class Inbox {
    waiting = 0;
    idleWaiters = [];
    /** Wraps a reader's callback: a message counts from when it is read. */
    received(message) {
        if (counted(message))
            this.waiting++;
    }
    /** The connection's message strategy: a message stops counting when its handler starts. */
    strategy = {
        handleMessage: (message, next) => {
            try {
                return next(message);
            }
            finally {
                if (counted(message)) {
                    this.waiting = Math.max(0, this.waiting - 1);
                    if (this.waiting === 0)
                        this.wake();
                }
            }
        },
    };
    get pending() {
        return this.waiting;
    }
    /** Resolves once no message waits to be handled (after the handlers that started run their synchronous part). */
    async idle() {
        for (;;) {
            await new Promise((resolve) => setImmediate(resolve));
            if (this.waiting === 0)
                return;
            await new Promise((resolve) => this.idleWaiters.push(resolve));
        }
    }
    wake() {
        for (const resolve of this.idleWaiters.splice(0))
            resolve();
    }
}
/** A cancellation for a request already running is handled by the connection as it is read, and never queued. */
function counted(message) {
    return message.method !== "$/cancelRequest";
}
