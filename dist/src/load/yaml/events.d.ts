/**
 * The events of a YAML stream as kubectl's decoder sees them. Kubernetes
 * reads manifests with sigs.k8s.io/yaml, which runs go-yaml v2 (a port of
 * libyaml): its scanner and parser decide what is accepted, and what is
 * accepted reads exactly as they read it. load/yaml/parser.ts produces these
 * events with the same state machine; load/yaml/decode.ts builds values and
 * positions from them.
 *
 * Offsets are UTF-16 indexes into the text given to the reader, end exclusive.
 */
export type ScalarStyle = "plain" | "single" | "double" | "literal" | "folded";
interface Span {
    /** Offset of the event's first character (go-yaml's start_mark). */
    start: number;
    /** Offset just past its last character (go-yaml's end_mark). */
    end: number;
}
interface NodeProperties {
    /** `&name`, without the ampersand. */
    anchor?: string;
    /**
     * The resolved tag: `tag:yaml.org,2002:str` for `!!str`, `!foo` for a
     * local tag, the prefix of a %TAG directive applied; undefined when no
     * tag was written (go-yaml: empty tag).
     */
    tag?: string;
    /** Offsets of the tag as written, for messages. */
    tagStart?: number;
    tagEnd?: number;
}
export type YamlEvent = ({
    type: "stream-start" | "stream-end";
} & Span) | ({
    type: "document-start";
    implicit: boolean;
} & Span) | ({
    type: "document-end";
    implicit: boolean;
} & Span) | ({
    type: "alias";
    anchor: string;
} & Span) | ({
    type: "scalar";
    /** The scalar's content: escapes, folding and line joining applied. */
    value: string;
    style: ScalarStyle;
    /** go-yaml's `implicit` on a scalar event: a plain scalar with no tag (or the `!` tag) resolves by its text. */
    implicit: boolean;
} & NodeProperties & Span) | ({
    type: "sequence-start" | "mapping-start";
    flow: boolean;
    implicit: boolean;
} & NodeProperties & Span) | ({
    type: "sequence-end" | "mapping-end";
} & Span);
/**
 * What go-yaml would report for input it cannot read. `problem` is
 * go-yaml's own wording ("could not find expected ':'"); `context` is the
 * scanner's or parser's context ("while scanning a simple key").
 */
export declare class YamlSyntaxError extends Error {
    /** go-yaml's problem text. */
    readonly problem: string;
    /** Offset of the problem (go-yaml's problem_mark). */
    readonly offset: number;
    /** The scanner error's "while ..." context, if any. */
    readonly context?: string | undefined;
    /** Offset of the context (the start of the simple key, the quote, ...). */
    readonly contextOffset?: number | undefined;
    /** Scanner errors and parser errors number lines differently in go-yaml's messages. */
    readonly stage: "reader" | "scanner" | "parser";
    constructor(
    /** go-yaml's problem text. */
    problem: string, 
    /** Offset of the problem (go-yaml's problem_mark). */
    offset: number, 
    /** The scanner error's "while ..." context, if any. */
    context?: string | undefined, 
    /** Offset of the context (the start of the simple key, the quote, ...). */
    contextOffset?: number | undefined, 
    /** Scanner errors and parser errors number lines differently in go-yaml's messages. */
    stage?: "reader" | "scanner" | "parser");
}
/**
 * Something go-yaml accepts that YAML 1.2 (the `yaml` npm package, yamllint,
 * Helm's and most editors' parsers) rejects: dslint reads it as kubectl does
 * and warns that other tools may not (`yaml-portability`).
 */
export interface PortabilityNote {
    start: number;
    end: number;
    message: string;
}
/** Reads a YAML text event by event, only as far as asked (go-yaml scans lazily). */
export interface YamlEventSource {
    /** The next event; throws YamlSyntaxError where go-yaml fails. */
    next(): YamlEvent;
    /** Leniencies met so far (see PortabilityNote). */
    readonly notes: readonly PortabilityNote[];
}
export {};
