/**
 * A file cut into documents the way kubectl cuts it, and each document
 * decoded as kubectl decodes it. kubectl reads manifests with apimachinery's
 * YAMLOrJSONDecoder: a YAML stream goes through `YAMLReader`, which cuts it
 * at lines starting with `---` (k8s.io/apimachinery/pkg/util/yaml, decoder.go
 * `YAMLReader.Read`), and each piece goes to sigs.k8s.io/yaml.YAMLToJSON,
 * which reads only the first YAML document of its text.
 */
import { decodeDocument, type DecodedDocument } from "./decode.js";

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
  separatorError?: { message: string; start: number; end: number; line: number };
}


/** Go's strings.TrimSpace: Unicode white space at both ends. */
function goTrimSpace(text: string): string {
  return text.replace(/^[\s\u0085]+|[\s\u0085]+$/gu, "");
}

/**
 * Cuts a YAML stream as apimachinery's YAMLReader does (line by line; `\r\n`
 * ends a line like `\n`). kubectl stops at a `---` line with content after
 * it; with `readOn`, the cut goes on past it, for a checker that reports the
 * line and still checks every document: the document before it is kept, and
 * the line begins the next one (go-yaml reads `--- content` as a marker).
 */
export function kubectlChunks(text: string, readOn = false): ChunkedStream {
  let separatorError: ChunkedStream["separatorError"];
  const chunks: Chunk[] = [];
  let chunkStart = -1;
  let chunkLine = 0;
  let markerLine: number | undefined;
  let line = 0;
  for (let at = 0; at < text.length; line++) {
    const newline = text.indexOf("\n", at);
    const lineEnd = newline < 0 ? text.length : newline;
    const next = newline < 0 ? text.length : newline + 1;
    if (text.startsWith("---", at)) {
      const rest = goTrimSpace(text.slice(at + 3, lineEnd));
      const invalid = rest !== "" && !rest.startsWith("#");
      if (invalid) {
        separatorError ??= { message: `invalid Yaml document separator: ${rest}`, start: at, end: lineEnd, line };
        if (!readOn) return { chunks, separatorError };
      }
      // A separator ends a document; with nothing before it, it begins the next one (go-yaml reads it as a marker).
      if (chunkStart >= 0 && invalid) {
        chunks.push(chunkOf(chunkStart, at, chunkLine, markerLine));
        chunkStart = at;
        chunkLine = line;
      } else if (chunkStart >= 0) {
        chunks.push(chunkOf(chunkStart, at, chunkLine, markerLine));
        chunkStart = -1;
        markerLine = line;
      } else {
        chunkStart = at;
        chunkLine = line;
      }
    } else if (chunkStart < 0) {
      chunkStart = at;
      chunkLine = line;
    }
    at = next;
  }
  if (chunkStart >= 0) chunks.push(chunkOf(chunkStart, text.length, chunkLine, markerLine));
  return separatorError ? { chunks, separatorError } : { chunks };
}

function chunkOf(start: number, end: number, line: number, markerLine: number | undefined): Chunk {
  return markerLine === undefined ? { start, end, line } : { start, end, line, markerLine };
}

/**
 * The text go-yaml reads for a chunk: kubectl's reader takes each line
 * without its `\n` or `\r\n` (bufio ReadLine) and ends it with `\n`, the
 * last one included. Dropping a CR before a line feed moves no character of
 * a line to another line or column.
 */
export function chunkText(text: string, chunk: Chunk): string {
  let part = text.slice(chunk.start, chunk.end);
  if (part.includes("\r\n")) part = part.replace(/\r\n/g, "\n");
  return part.endsWith("\n") ? part : `${part}\n`;
}

/** apimachinery hasJSONPrefix: the stream is read as JSON when it starts with `{` after white space. */
export function looksLikeJson(text: string): boolean {
  const first = /\S/u.exec(text);
  return first !== null && first[0] === "{";
}

export interface KubectlDocumentResult {
  /** The JSON value sigs.k8s.io/yaml.YAMLToJSON produces for the chunk (nulls kept); undefined when kubectl skips the chunk (null). */
  value?: unknown;
  /** Set when kubectl cannot decode the chunk. Offsets in the input text. */
  error?: { message: string; start: number; end: number };
}

/** Each document of a YAML stream as kubectl reads it: its JSON value, or why it cannot. */
export function decodeStreamLikeKubectl(input: string): { documents: KubectlDocumentResult[]; streamError?: { message: string; start: number; end: number } } {
  // kubectl's file reader drops a leading byte-order mark (cli-runtime FileVisitor, unicode.BOMOverride).
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const { chunks, separatorError } = looksLikeJson(text) ? { chunks: [{ start: 0, end: text.length, line: 0 }], separatorError: undefined } : kubectlChunks(text);
  const documents = chunks.map((chunk) => {
    const decoded = decodeDocument(chunkText(text, chunk));
    return kubectlResult(decoded, chunk.start, text.length);
  });
  if (!separatorError) return { documents };
  return { documents, streamError: { message: separatorError.message, start: separatorError.start, end: separatorError.end } };
}

function kubectlResult(decoded: DecodedDocument, offset: number, limit: number): KubectlDocumentResult {
  if (decoded.problem) {
    const { problem, start, end } = decoded.problem;
    return { error: { message: problem, start: Math.min(limit, offset + start), end: Math.min(limit, offset + end) } };
  }
  return decoded.value === undefined ? {} : { value: decoded.value };
}
