export interface Chunk {
    /** Offsets in the text: from the first line after a separator to the end of the last line before the next. */
    start: number;
    end: number;
    /** 0-based line of `start`. */
    line: number;
    /** 0-based line of the `---` line before the chunk, if there is one. */
    markerLine?: number;
}
export interface ChunkedStream {
    chunks: Chunk[];
    /**
     * A `---` line with something other than a comment after it: kubectl's
     * reader fails there (`invalid Yaml document separator`) and reads no further,
     * losing the document before it too.
     */
    separatorError?: {
        message: string;
        start: number;
        end: number;
        line: number;
    };
}
/**
 * Cuts a YAML stream as apimachinery's YAMLReader does (line by line; `\r\n`
 * ends a line like `\n`). kubectl stops at a `---` line with content after
 * it; with `readOn`, the cut goes on past it, for a checker that reports the
 * line and still checks every document: the document before it is kept, and
 * the line begins the next one (go-yaml reads `--- content` as a marker).
 */
export declare function kubectlChunks(text: string, readOn?: boolean): ChunkedStream;
/** A document of the stream with its text, or a `---` line between documents, in the order of the file. */
export type StreamPiece = {
    kind: "chunk";
    chunk: Chunk;
    text: string;
    oversized?: true;
} | {
    kind: "separator";
    line: number;
    text: string;
};
/**
 * kubectlChunks for a stream that arrives in pieces of any size (a large
 * file read a block at a time): each document is handed over, with its
 * text, as soon as the line after it is read, so only one document's text
 * is held. Offsets count from the start of the whole stream.
 */
export declare class KubectlCutter {
    private readonly readOn;
    private readonly maxDocument;
    separatorError: ChunkedStream["separatorError"];
    /** kubectl stopped reading (a bad separator without `readOn`). */
    private stopped;
    private partial;
    private offset;
    private line;
    /** Lines read so far (a last line without a line break counts once the stream ends). */
    get lineCount(): number;
    private lines;
    private chunkStart;
    private chunkLine;
    private markerLine;
    private chunkLength;
    /** `maxDocument`: a document longer than this many characters is not kept; it is handed over `oversized`, without its text. */
    constructor(readOn?: boolean, maxDocument?: number);
    /** Reads more of the stream; yields what it completes. */
    push(text: string): Generator<StreamPiece>;
    /** The stream has ended: yields the last document. */
    end(): Generator<StreamPiece>;
    /** One line: text[start, lineEnd) and the line break after it, if lineEnd < text.length. */
    private lineRead;
    private begin;
    private close;
}
/**
 * The text go-yaml reads for a chunk: kubectl's reader takes each line
 * without its `\n` or `\r\n` (bufio ReadLine) and ends it with `\n`, the
 * last one included. Dropping a CR before a line feed moves no character of
 * a line to another line or column.
 */
export declare function chunkText(text: string, chunk: Chunk): string;
/** chunkText for a chunk's text as cut. */
export declare function documentText(raw: string): string;
/** apimachinery hasJSONPrefix: the stream is read as JSON when it starts with `{` after white space. */
export declare function looksLikeJson(text: string): boolean;
export interface KubectlDocumentResult {
    /** The JSON value sigs.k8s.io/yaml.YAMLToJSON produces for the chunk (nulls kept); undefined when kubectl skips the chunk (null). */
    value?: unknown;
    /** Set when kubectl cannot decode the chunk. Offsets in the input text. */
    error?: {
        message: string;
        start: number;
        end: number;
    };
}
/** Each document of a YAML stream as kubectl reads it: its JSON value, or why it cannot. */
export declare function decodeStreamLikeKubectl(input: string): {
    documents: KubectlDocumentResult[];
    streamError?: {
        message: string;
        start: number;
        end: number;
    };
};
