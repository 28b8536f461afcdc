import { underBase } from "../fix/edits.js";
import { formatPath } from "../path.js";
import { applyApiNulls } from "../k8s/nulls.js";
import { isRecord } from "../values.js";
import { checkBlockDocument, outlineBlockDocument, readBlockDocument } from "./block-reader.js";
import { readJsonDocument } from "./json-reader.js";
import { objectRef } from "./place.js";
import { LineIndex } from "./line-index.js";
import { DocumentSourceMap } from "./positions.js";
import { skippableKind } from "./prescan.js";
import { isReferencedKind, REFERENCED_OUTLINE, referencedObjectOf, referencedObjectOfOutline } from "./referenced.js";
import { decodeDocument } from "./yaml/decode.js";
import { documentText, KubectlCutter, looksLikeJson } from "./yaml/stream.js";
/**
 * A Go template outside a Helm chart (the chart's own are recognised by
 * load/sources.ts) is read as the YAML it is not yet; its errors say so.
 */
const TEMPLATE_FIX = "the document holds {{ }} template actions, which are not YAML: check what the template renders, e.g. helm template CHART | dslint check -";
/**
 * Parses one file's text (YAML stream or JSON) into Kubernetes objects decoded
 * as the API server would see them, each with a source map. The stream is cut
 * and each document read exactly as kubectl does (load/yaml/stream.ts): what
 * kubectl cannot send is an error, what it reads is what dslint checks.
 */
export function parseManifests(input, file, options = {}) {
    const objects = [];
    const read = readManifests(input, file, (object) => objects.push(object), options);
    return { ...read, objects };
}
/**
 * parseManifests, handing each object over as soon as its document is read
 * and keeping nothing of it: a file's objects need not all be alive at
 * once. The items of a List are released from it once handed over.
 */
export function readManifests(input, file, sink, options = {}) {
    return readManifestStream([input], file, sink, options);
}
/**
 * readManifests for a text that arrives in pieces (a large file read a
 * block at a time): a YAML stream is cut and read a document at a time, so
 * only one document's text is held; JSON, one document, is read whole. The
 * text must hold no NUL (a file with one is read whole: it is one finding).
 */
export function readManifestStream(blocks, file, sink, options = {}, listener) {
    const result = { file, objectCount: 0, findings: [], documentCount: 0, skippedDocuments: 0, documentLines: [], lineCount: 1, sink };
    const done = () => ({ file, objectCount: result.objectCount, findings: result.findings, documentCount: result.documentCount, skippedDocuments: result.skippedDocuments, documentLines: result.documentLines, lineCount: result.lineCount });
    const iterator = blocks[Symbol.iterator]();
    // Blocks up to the first character that is not white space tell JSON from YAML.
    let head = "";
    let first = true;
    for (let next = iterator.next(); !next.done; next = iterator.next()) {
        // A byte-order mark is not a column: drop it so positions match editors.
        head += first && next.value.charCodeAt(0) === 0xfeff ? next.value.slice(1) : next.value;
        if (next.value !== "")
            first = false;
        if (/\S/.test(head))
            break;
    }
    const rest = { [Symbol.iterator]: () => iterator };
    const nul = head.indexOf("\u0000");
    if (nul >= 0 || looksLikeJson(head)) {
        // JSON is one document: read whole, up to the limit on one document.
        const parts = [head];
        let length = head.length;
        for (const block of rest) {
            length += block.length;
            if (length > MAX_DOCUMENT_CHARS) {
                // Leaving the loop closes the file.
                result.findings.push(tooLargeFinding(file, { start: 0, end: 0, line: 0 }));
                return done();
            }
            parts.push(block);
        }
        const text = parts.join("");
        listener?.(text, 0);
        result.lineCount = text.split("\n").length;
        if (nul >= 0 || text.includes("\u0000")) {
            // One finding for the file, at its first NUL: go-yaml rejects the whole stream, kubectl applies none of it.
            const at = text.indexOf("\u0000");
            const message = `a NUL byte: kubectl cannot read this file ("control characters are not allowed"); a binary file is not YAML or JSON, and YAML or JSON text holds no NUL, even in a comment`;
            result.findings.push(loadFinding(file, "yaml-syntax", message, new LineIndex(text).range(at, at + 1, 0), "", "remove the NUL byte; if the file was saved as UTF-16, save it as UTF-8"));
            return done();
        }
        readChunk(text, { start: 0, end: text.length, line: 0 }, 0, result, options);
        return done();
    }
    const cutter = new KubectlCutter(true, MAX_DOCUMENT_CHARS);
    let documentIndex = 0;
    let last = "";
    const read = (pieces) => {
        for (const piece of pieces) {
            if (piece.kind === "chunk" && piece.oversized) {
                documentIndex++;
                result.findings.push(tooLargeFinding(file, piece.chunk));
            }
            else if (piece.kind === "chunk") {
                listener?.(piece.text, piece.chunk.line);
                readChunk(piece.text, piece.chunk, documentIndex++, result, options);
            }
            else {
                listener?.(piece.text, piece.line);
            }
        }
    };
    const push = (block) => {
        if (block === "")
            return;
        last = block;
        read(cutter.push(block));
    };
    push(head);
    for (const block of rest)
        push(block);
    read(cutter.end());
    // As "text".split("\n") counts them: the empty line after a final line break too.
    result.lineCount = cutter.lineCount + (last === "" || last.endsWith("\n") ? 1 : 0);
    const separatorError = cutter.separatorError;
    if (separatorError) {
        const range = { line: separatorError.line + 1, column: 1, endLine: separatorError.line + 1, endColumn: separatorError.end - separatorError.start + 1 };
        result.findings.push(loadFinding(file, "yaml-syntax", `a line starting with --- has more than a comment after it: kubectl stops reading the file here ("${separatorError.message}") and applies none of it; dslint checks the documents on both sides`, range, "", "put the document marker --- alone on its line and start the document on the next one"));
    }
    return done();
}
/** Characters of one document (a JSON file is one) beyond which it is not read: no Kubernetes object comes close. */
export const MAX_DOCUMENT_CHARS = 32 * 1024 * 1024;
function tooLargeFinding(file, chunk) {
    const line = chunk.line + 1;
    return loadFinding(file, "unreadable-path", `a document of more than 32 MiB: not checked (kubectl would read it, but no Kubernetes object is that large)`, { line, column: 1, endLine: line, endColumn: 1 }, "", "check how this file was generated");
}
/** Reads one document of the stream, given its text as cut: decoded and placed, or only checked when no check needs its kind. */
function readChunk(raw, chunk, documentIndex, result, options) {
    const part = documentText(raw);
    const kind = options.wholeDocuments ? undefined : skippableKind(raw);
    const skip = kind !== undefined;
    const referenced = skip && isReferencedKind(kind) ? options.referencedObject : undefined;
    const fast = options.fastReader !== false;
    if (skip && fast) {
        // No check reads this kind, but its syntax is checked: kubectl refuses
        // the whole file when any document of it is malformed (apply reads all
        // objects first, ApplyOptions.GetObjects in k8s.io/kubectl), and dslint
        // says where. What the block reader declines, the full reader reads.
        let startLine;
        if (referenced) {
            const outline = outlineBlockDocument(part, REFERENCED_OUTLINE);
            startLine = outline?.startLine;
            const object = outline && referencedObjectOfOutline(outline);
            if (object)
                referenced(object);
        }
        else {
            startLine = checkBlockDocument(part);
        }
        if (startLine !== undefined) {
            result.documentLines.push(withMarkerLine(chunk, [chunk.line + startLine + 1, chunk.line + lastLineOf(part)]));
            result.skippedDocuments++;
            result.documentCount++;
            return;
        }
    }
    const lines = new LineIndex(part);
    // Offsets stay in the file's text: the line break kubectl adds at the chunk's end is not (CRs before LFs are already gone from `part`).
    const limit = raw.charCodeAt(raw.length - 1) === 10 ? part.length : part.length - 1;
    // The JSON reader declines at once a document that does not start with `{`.
    const json = fast && !skip ? readJsonDocument(part) : undefined;
    const block = json ?? (fast && !skip ? readBlockDocument(part) : undefined);
    if (block) {
        result.documentLines.push(withMarkerLine(chunk, documentLines(lines, block.start, part.length, chunk.line)));
        result.documentCount++;
        // Only an alias puts one node in two places: JSON.parse's value and a block document read without one share none.
        const unshared = block === json || !block.aliased;
        addObjects(result, documentIndex, block.value, new DocumentSourceMap(block.root, lines, [block.start, part.length], chunk.line, limit), options.wholeDocuments, unshared);
        return;
    }
    const decoded = decodeDocument(part);
    reportDecoding(result, decoded, part, lines, chunk, limit);
    if (decoded.problem || decoded.value === undefined)
        return;
    result.documentCount++;
    if (skip) {
        result.skippedDocuments++;
        const object = referenced && referencedObjectOf(decoded.value);
        if (object)
            referenced(object);
        return;
    }
    addObjects(result, documentIndex, decoded.value, new DocumentSourceMap(decoded.root, lines, [decoded.start, decoded.end], chunk.line, limit), options.wholeDocuments);
}
/** The findings of the full reader: why kubectl cannot read the document, its duplicate keys, its layouts other tools reject. */
function reportDecoding(result, decoded, part, lines, chunk, limit) {
    const lineOffset = chunk.line;
    const at = (start, end) => lines.range(Math.min(start, limit), Math.min(Math.max(start, end), limit), lineOffset);
    if (decoded.problem || decoded.value !== undefined) {
        const start = decoded.problem ? Math.min(decoded.start, decoded.problem.start) : decoded.start;
        result.documentLines.push(withMarkerLine(chunk, documentLines(lines, start, part.length, lineOffset)));
    }
    if (decoded.problem) {
        const fix = part.includes("{{") ? TEMPLATE_FIX : hintFor(decoded.problem, part);
        result.findings.push(loadFinding(result.file, "yaml-syntax", describeProblem(decoded.problem), at(decoded.problem.start, decoded.problem.end), "", fix));
        return;
    }
    const map = decoded.duplicates.length > 0 ? new DocumentSourceMap(decoded.root, lines, [decoded.start, decoded.end], lineOffset, limit) : undefined;
    for (const d of decoded.duplicates) {
        const finding = loadFinding(result.file, "duplicate-key", `duplicate key "${d.key}"${d.path.length ? ` in ${formatPath(d.path)}` : ""}: kubectl keeps only this last value and sends one field, so the value given on line ${at(d.first[0], d.first[1]).line} is silently lost`, at(d.last[0], d.last[1]), formatPath([...d.path, d.key]), "remove one of the two entries or merge them");
        const ref = duplicateObject(decoded.value, d.path);
        if (ref)
            finding.object = ref;
        // What kubectl sends stays as it is: the earlier entries it drops go.
        const edits = map.edits([{ op: "removeDuplicate", path: [...d.path, d.key] }]);
        if (edits)
            finding.autofix = { title: `Remove the earlier ${d.key}, which kubectl drops`, edits };
        result.findings.push(finding);
    }
    for (const note of decoded.notes) {
        const finding = loadFinding(result.file, "yaml-portability", note.message, at(note.start, note.end), "", "indent the continuation lines deeper than the key, or write the value on one line");
        finding.severity = "warning";
        result.findings.push(finding);
    }
    if (decoded.endMarker !== undefined && /\S/.test(part.slice(decoded.endMarker).replace(/^\s*#.*$/gm, ""))) {
        const finding = loadFinding(result.file, "yaml-portability", "text after the ... document end marker: kubectl reads only the document before it and ignores the rest up to the next --- line", at(decoded.endMarker - 3, decoded.endMarker), "", "start the next document with a --- line instead of ...");
        finding.severity = "warning";
        result.findings.push(finding);
    }
}
function describeProblem(problem) {
    if (problem.kind === "value")
        return `kubectl cannot convert this document to JSON: ${problem.problem}`;
    const context = problem.context ? ` (${problem.context})` : "";
    return `YAML syntax error: ${problem.problem}${context}; kubectl cannot read this document`;
}
function hintFor(problem, part) {
    if (problem.kind === "value") {
        if (problem.problem.includes("unsupported value"))
            return "quote the value if it is meant as text (\".inf\")";
        if (problem.problem.includes("map key"))
            return "use a string key, or quote it";
        return undefined;
    }
    if (part.charCodeAt(problem.start) === 0x09)
        return "YAML indentation must use spaces, not tabs";
    // kubectl cuts the stream at --- lines before go-yaml reads it, so a directive is left without its document.
    if (/^%(YAML|TAG)\b/m.test(part) && problem.problem.includes("document start"))
        return "remove the %YAML or %TAG directive: kubectl cuts the file at each --- line, which leaves the directive without its document";
    if (problem.problem.includes("could not find expected ':'"))
        return "a key must fit on one line and be followed by a colon; is a colon or a quote missing?";
    if (problem.problem.includes("mapping values are not allowed"))
        return "a colon followed by a space starts a mapping: quote the value, or check the indentation";
    if (problem.problem.includes("did not find expected key") || problem.problem.includes("did not find expected '-'"))
        return "check the indentation of this line against the lines above";
    return undefined;
}
function lastLineOf(part) {
    let lines = 1;
    for (let at = part.indexOf("\n"); at >= 0 && at < part.length - 1; at = part.indexOf("\n", at + 1))
        lines++;
    return lines;
}
/** A document's lines begin at the --- line before it, so that a comment there belongs to it. */
function withMarkerLine(chunk, lines) {
    return chunk.markerLine === undefined ? lines : [chunk.markerLine + 1, lines[1]];
}
/** The lines a document spans, from its start to the end of its text (for comment suppressions). */
function documentLines(lines, start, end, lineOffset) {
    const range = lines.range(start, Math.max(start, end - 1), lineOffset);
    return [range.line, range.endLine];
}
function loadFinding(file, ruleId, message, range, path = "", fix) {
    const f = { ruleId, severity: "error", message, file, ...range, path };
    if (fix)
        f.fix = fix;
    return f;
}
/** Deeper nesting than this is not checked: kubectl reads up to 10,000 levels, but no Kubernetes object nests so deep. */
const MAX_DEPTH = 1000;
/** The objects of one decoded document: the document itself, or the items of a List. */
function addObjects(result, documentIndex, value, map, whole = false, unshared = false) {
    if (applyApiNulls(value, unshared) > MAX_DEPTH) {
        const message = `nesting deeper than ${MAX_DEPTH} levels: kubectl reads it, but no Kubernetes object nests so deep, and dslint does not check the document`;
        result.findings.push(loadFinding(result.file, "yaml-syntax", message, map.locate([]), "", "check how this document was generated"));
        return;
    }
    const makeObject = (basePath, objectValue) => ({
        file: result.file,
        documentIndex,
        basePath,
        value: objectValue,
        locate: (path, onKey) => map.locate(basePath.length ? [...basePath, ...path] : path, onKey),
        scalar: (path) => map.scalar(basePath.length ? [...basePath, ...path] : path),
        edits: (edits) => map.edits(edits.map((e) => underBase(basePath, e))),
    });
    if (!whole && isListObject(value)) {
        const items = value.items;
        if (!Array.isArray(items))
            return;
        for (let k = 0; k < items.length; k++) {
            result.objectCount++;
            result.sink(makeObject(["items", k], items[k]));
            // A List of thousands of objects is one document: what is done with need not stay.
            items[k] = null;
        }
    }
    else {
        result.objectCount++;
        result.sink(makeObject([], value));
    }
}
/** The object a duplicate key is in: the document's, or a List item's. */
function duplicateObject(value, path) {
    if (isListObject(value) && path[0] === "items" && typeof path[1] === "number")
        return objectRef(value.items[path[1]]);
    return objectRef(value);
}
/** `kind: List` and the typed lists (`DaemonSetList`, `NodeList`, ...) hold their objects in `items`. */
function isListObject(value) {
    if (!isRecord(value))
        return false;
    const kind = value.kind;
    return typeof kind === "string" && (kind === "List" || kind.endsWith("List")) && "items" in value;
}
