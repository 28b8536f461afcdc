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
/**
 * What go-yaml would report for input it cannot read. `problem` is
 * go-yaml's own wording ("could not find expected ':'"); `context` is the
 * scanner's or parser's context ("while scanning a simple key").
 */
export class YamlSyntaxError extends Error {
    problem;
    offset;
    context;
    contextOffset;
    stage;
    constructor(
    /** go-yaml's problem text. */
    problem, 
    /** Offset of the problem (go-yaml's problem_mark). */
    offset, 
    /** The scanner error's "while ..." context, if any. */
    context, 
    /** Offset of the context (the start of the simple key, the quote, ...). */
    contextOffset, 
    /** Scanner errors and parser errors number lines differently in go-yaml's messages. */
    stage = "scanner") {
        super(problem);
        this.problem = problem;
        this.offset = offset;
        this.context = context;
        this.contextOffset = contextOffset;
        this.stage = stage;
    }
}
