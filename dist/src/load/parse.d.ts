import type { Finding } from "../finding.js";
import { type ReferencedObject } from "./referenced.js";
import type { ManifestObject } from "./types.js";
/** What loading one file yields: the objects in it and the problems that stop some of it from being checked. */
export interface LoadedFile extends ReadFile {
    objects: ManifestObject[];
}
/** What reading one file object by object leaves once every object has been handed over. */
export interface ReadFile {
    file: string;
    /** How many objects were handed over. */
    objectCount: number;
    /** Syntax problems, duplicate keys and the like, already placed in the file. */
    findings: Finding[];
    documentCount: number;
    /** Documents not decoded because no check needs their kind (load/prescan.ts); their syntax is checked. */
    skippedDocuments: number;
    /** The line range of each YAML document (1-based, inclusive), for comment suppressions. */
    documentLines: Array<[number, number]>;
    /** Lines in the text, as `text.split("\n")` counts them. */
    lineCount: number;
}
export interface ParseOptions {
    /** false: never use the block or JSON reader (tests compare them with the full reader). */
    fastReader?: boolean;
    /**
     * Every document as one object, as written: no List items taken apart and
     * no documents skipped by kind. For files that are not manifests (the
     * configuration), where a `kind:` is a mistake to report, not a reason to skip.
     */
    wholeDocuments?: boolean;
    /**
     * Given, the skipped documents of the kinds a DaemonSet names
     * (ServiceAccount, ConfigMap, Secret) are read in outline and handed here:
     * their names and data keys, never their values (load/referenced.ts).
     * The same objects in a document that is decoded (JSON, a List) reach the
     * object sink instead.
     */
    referencedObject?: (object: ReferencedObject) => void;
}
/**
 * Parses one file's text (YAML stream or JSON) into Kubernetes objects decoded
 * as the API server would see them, each with a source map. The stream is cut
 * and each document read exactly as kubectl does (load/yaml/stream.ts): what
 * kubectl cannot send is an error, what it reads is what dslint checks.
 */
export declare function parseManifests(input: string, file: string, options?: ParseOptions): LoadedFile;
/** What readManifests hands each object to; the object is not kept after the call returns. */
export type ObjectSink = (object: ManifestObject) => void;
/**
 * parseManifests, handing each object over as soon as its document is read
 * and keeping nothing of it: a file's objects need not all be alive at
 * once. The items of a List are released from it once handed over.
 */
export declare function readManifests(input: string, file: string, sink: ObjectSink, options?: ParseOptions): ReadFile;
/** Called with every piece of a file's text, in order, and the 0-based line it starts on. */
export type TextListener = (text: string, firstLine: number) => void;
/**
 * readManifests for a text that arrives in pieces (a large file read a
 * block at a time): a YAML stream is cut and read a document at a time, so
 * only one document's text is held; JSON, one document, is read whole. The
 * text must hold no NUL (a file with one is read whole: it is one finding).
 */
export declare function readManifestStream(blocks: Iterable<string>, file: string, sink: ObjectSink, options?: ParseOptions, listener?: TextListener): ReadFile;
/** Characters of one document (a JSON file is one) beyond which it is not read: no Kubernetes object comes close. */
export declare const MAX_DOCUMENT_CHARS: number;
