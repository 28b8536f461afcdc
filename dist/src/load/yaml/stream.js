/**
 * A file cut into documents the way kubectl cuts it, and each document
 * decoded as kubectl decodes it. kubectl reads manifests with apimachinery's
 * YAMLOrJSONDecoder: a YAML stream goes through `YAMLReader`, which cuts it
 * at lines starting with `---` (k8s.io/apimachinery/pkg/util/yaml, decoder.go
 * `YAMLReader.Read`), and each piece goes to sigs.k8s.io/yaml.YAMLToJSON,
 * which reads only the first YAML document of its text.
 */
import { decodeDocument } from "./decode.js";
/** Go's strings.TrimSpace: Unicode white space at both ends. */
function goTrimSpace(text) {
    return text.replace(/^[\s\u0085]+|[\s\u0085]+$/gu, "");
}
/**
 * Cuts a YAML stream as apimachinery's YAMLReader does (line by line; `\r\n`
 * ends a line like `\n`). kubectl stops at a `---` line with content after
 * it; with `readOn`, the cut goes on past it, for a checker that reports the
 * line and still checks every document: the document before it is kept, and
 * the line begins the next one (go-yaml reads `--- content` as a marker).
 */
export function kubectlChunks(text, readOn = false) {
    const cutter = new KubectlCutter(readOn);
    const chunks = [];
    for (const piece of cutter.push(text))
        if (piece.kind === "chunk")
            chunks.push(piece.chunk);
    for (const piece of cutter.end())
        if (piece.kind === "chunk")
            chunks.push(piece.chunk);
    return cutter.separatorError ? { chunks, separatorError: cutter.separatorError } : { chunks };
}
/**
 * kubectlChunks for a stream that arrives in pieces of any size (a large
 * file read a block at a time): each document is handed over, with its
 * text, as soon as the line after it is read, so only one document's text
 * is held. Offsets count from the start of the whole stream.
 */
export class KubectlCutter {
    readOn;
    maxDocument;
    separatorError;
    /** kubectl stopped reading (a bad separator without `readOn`). */
    stopped = false;
    partial = "";
    offset = 0;
    line = 0;
    /** Lines read so far (a last line without a line break counts once the stream ends). */
    get lineCount() {
        return this.line;
    }
    // The document being read: its lines, where it starts, and the marker before it.
    lines = [];
    chunkStart = -1;
    chunkLine = 0;
    markerLine;
    chunkLength = 0;
    /** `maxDocument`: a document longer than this many characters is not kept; it is handed over `oversized`, without its text. */
    constructor(readOn = false, maxDocument = Infinity) {
        this.readOn = readOn;
        this.maxDocument = maxDocument;
    }
    /** Reads more of the stream; yields what it completes. */
    *push(text) {
        if (this.stopped)
            return;
        let at = 0;
        if (this.partial !== "") {
            const newline = text.indexOf("\n");
            if (newline < 0) {
                this.partial += text;
                return;
            }
            const first = this.partial + text.slice(0, newline + 1);
            this.partial = "";
            yield* this.lineRead(first, 0, first.length - 1);
            at = newline + 1;
        }
        while (at < text.length && !this.stopped) {
            const newline = text.indexOf("\n", at);
            if (newline < 0) {
                this.partial = text.slice(at);
                return;
            }
            yield* this.lineRead(text, at, newline);
            at = newline + 1;
        }
    }
    /** The stream has ended: yields the last document. */
    *end() {
        if (this.partial !== "" && !this.stopped) {
            const last = this.partial;
            this.partial = "";
            yield* this.lineRead(last, 0, last.length);
        }
        if (this.chunkStart >= 0 && !this.stopped)
            yield this.close();
        this.chunkStart = -1;
    }
    /** One line: text[start, lineEnd) and the line break after it, if lineEnd < text.length. */
    *lineRead(text, start, lineEnd) {
        const next = Math.min(lineEnd + 1, text.length);
        const at = this.offset;
        const line = this.line;
        this.offset += next - start;
        this.line++;
        if (text.startsWith("---", start)) {
            const rest = goTrimSpace(text.slice(start + 3, lineEnd));
            const invalid = rest !== "" && !rest.startsWith("#");
            if (invalid) {
                this.separatorError ??= { message: `invalid Yaml document separator: ${rest}`, start: at, end: at + lineEnd - start, line };
                if (!this.readOn) {
                    this.stopped = true;
                    return;
                }
            }
            // A separator ends a document; with nothing before it, it begins the next one (go-yaml reads it as a marker).
            if (this.chunkStart >= 0 && invalid) {
                yield this.close();
                this.begin(at, line, text.slice(start, next));
            }
            else if (this.chunkStart >= 0) {
                yield this.close();
                this.markerLine = line;
                yield { kind: "separator", line, text: text.slice(start, next) };
            }
            else {
                this.begin(at, line, text.slice(start, next));
            }
        }
        else if (this.chunkStart < 0) {
            this.begin(at, line, text.slice(start, next));
        }
        else {
            this.chunkLength += next - start;
            if (this.chunkLength <= this.maxDocument)
                this.lines.push(text.slice(start, next));
            else
                this.lines = [];
        }
    }
    begin(at, line, first) {
        this.chunkStart = at;
        this.chunkLine = line;
        this.chunkLength = first.length;
        this.lines = first.length <= this.maxDocument ? [first] : [];
    }
    close() {
        const oversized = this.chunkLength > this.maxDocument;
        const text = oversized ? "" : this.lines.length === 1 ? this.lines[0] : this.lines.join("");
        const chunk = chunkOf(this.chunkStart, this.chunkStart + this.chunkLength, this.chunkLine, this.markerLine);
        this.lines = [];
        this.chunkStart = -1;
        return oversized ? { kind: "chunk", chunk, text, oversized: true } : { kind: "chunk", chunk, text };
    }
}
function chunkOf(start, end, line, markerLine) {
    return markerLine === undefined ? { start, end, line } : { start, end, line, markerLine };
}
/**
 * The text go-yaml reads for a chunk: kubectl's reader takes each line
 * without its `\n` or `\r\n` (bufio ReadLine) and ends it with `\n`, the
 * last one included. Dropping a CR before a line feed moves no character of
 * a line to another line or column.
 */
export function chunkText(text, chunk) {
    return documentText(text.slice(chunk.start, chunk.end));
}
/** chunkText for a chunk's text as cut. */
export function documentText(raw) {
    const part = raw.includes("\r\n") ? raw.replace(/\r\n/g, "\n") : raw;
    return part.endsWith("\n") ? part : `${part}\n`;
}
/** apimachinery hasJSONPrefix: the stream is read as JSON when it starts with `{` after white space. */
export function looksLikeJson(text) {
    const first = /\S/u.exec(text);
    return first !== null && first[0] === "{";
}
/** Each document of a YAML stream as kubectl reads it: its JSON value, or why it cannot. */
export function decodeStreamLikeKubectl(input) {
    // kubectl's file reader drops a leading byte-order mark (cli-runtime FileVisitor, unicode.BOMOverride).
    const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
    const { chunks, separatorError } = looksLikeJson(text) ? { chunks: [{ start: 0, end: text.length, line: 0 }], separatorError: undefined } : kubectlChunks(text);
    const documents = chunks.map((chunk) => {
        const decoded = decodeDocument(chunkText(text, chunk));
        return kubectlResult(decoded, chunk.start, text.length);
    });
    if (!separatorError)
        return { documents };
    return { documents, streamError: { message: separatorError.message, start: separatorError.start, end: separatorError.end } };
}
function kubectlResult(decoded, offset, limit) {
    if (decoded.problem) {
        const { problem, start, end } = decoded.problem;
        return { error: { message: problem, start: Math.min(limit, offset + start), end: Math.min(limit, offset + end) } };
    }
    return decoded.value === undefined ? {} : { value: decoded.value };
}
