import { AbstractMessageReader, type DataCallback, type Disposable, type Message, type MessageStrategy } from "vscode-languageserver/node";
/** A body this large is a mistake, not an editor buffer (JSON-encoded, a 100 MB manifest is about 110 MB). */
export declare const MAX_BODY_BYTES: number;
/** A JSON-RPC error response without a request to answer (`id` null) or for one that is not a valid request. */
export interface Rejection {
    jsonrpc: "2.0";
    id: number | string | null;
    error: {
        code: number;
        message: string;
    };
}
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
export declare class RecoveringMessageReader extends AbstractMessageReader {
    private readonly input;
    private readonly reject;
    /** Bytes received and not yet read as a message; while a body is awaited, several chunks. */
    private chunks;
    private buffered;
    /** The length of the body being awaited, after its header was read. */
    private bodyLength;
    /** How far the awaited body's bytes were searched for a header (a sign its length was wrong). */
    private scanned;
    private callback;
    constructor(input: NodeJS.ReadableStream, reject: (rejection: Rejection, detail: string) => void);
    listen(callback: DataCallback): Disposable;
    /** Reads every complete message in the buffer. Never throws: a failure here would stop reading for good. */
    private onData;
    private join;
    private keep;
    /** Reads one header or one body; false when more bytes are needed. */
    private next;
    private readHeader;
    private readBody;
    private deliver;
    private rejectParse;
    /** Drops bytes up to the next `Content-Length` at or after `from` (or exactly at `from`), or all but a possible beginning of one. */
    private resync;
}
/**
 * Counts the messages read but not yet handled, so that checks (which block
 * the thread) run only when no message waits: a request is answered before
 * a document is checked, and a change that makes a check stale arrives first.
 */
export declare class Inbox {
    private waiting;
    private idleWaiters;
    /** Wraps a reader's callback: a message counts from when it is read. */
    received(message: Message): void;
    /** The connection's message strategy: a message stops counting when its handler starts. */
    readonly strategy: MessageStrategy;
    get pending(): number;
    /** Resolves once no message waits to be handled (after the handlers that started run their synchronous part). */
    idle(): Promise<void>;
    private wake;
}
