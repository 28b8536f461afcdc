import { YamlSyntaxError } from "./events.js";
import { Scanner, TokenKind } from "./scanner.js";
/**
 * go-yaml v2's parser (parserc.go, libyaml's LL(1) state machine over the
 * scanner's tokens): one event per call, peeking only the tokens that event
 * needs, so that nothing past what kubectl reads is scanned.
 */
export function createEventSource(text) {
    return new Parser(text);
}
const State = {
    StreamStart: 0,
    ImplicitDocumentStart: 1,
    DocumentStart: 2,
    DocumentContent: 3,
    DocumentEnd: 4,
    BlockNode: 5,
    BlockNodeOrIndentlessSequence: 6,
    FlowNode: 7,
    BlockSequenceFirstEntry: 8,
    BlockSequenceEntry: 9,
    IndentlessSequenceEntry: 10,
    BlockMappingFirstKey: 11,
    BlockMappingKey: 12,
    BlockMappingValue: 13,
    FlowSequenceFirstEntry: 14,
    FlowSequenceEntry: 15,
    FlowSequenceEntryMappingKey: 16,
    FlowSequenceEntryMappingValue: 17,
    FlowSequenceEntryMappingEnd: 18,
    FlowMappingFirstKey: 19,
    FlowMappingKey: 20,
    FlowMappingValue: 21,
    FlowMappingEmptyValue: 22,
    End: 23,
};
const DEFAULT_TAG_DIRECTIVES = [
    { handle: "!", prefix: "!" },
    { handle: "!!", prefix: "tag:yaml.org,2002:" },
];
class Parser {
    scanner;
    state = State.StreamStart;
    /** States to return to when the current node ends. */
    states = [];
    /** Start offsets of the open collections, for errors. */
    marks = [];
    tagDirectives = [];
    finished = false;
    constructor(text) {
        this.scanner = new Scanner(text);
    }
    get notes() {
        return this.scanner.notes;
    }
    // parserc.go yaml_parser_parse: after stream end, go-yaml keeps answering with stream end.
    next() {
        if (this.finished) {
            const end = this.lastEnd;
            return { type: "stream-end", start: end, end };
        }
        const event = this.dispatch();
        if (event.type === "stream-end") {
            this.finished = true;
            this.lastEnd = event.end;
        }
        return event;
    }
    lastEnd = 0;
    dispatch() {
        switch (this.state) {
            case State.StreamStart:
                return this.parseStreamStart();
            case State.ImplicitDocumentStart:
                return this.parseDocumentStart(true);
            case State.DocumentStart:
                return this.parseDocumentStart(false);
            case State.DocumentContent:
                return this.parseDocumentContent();
            case State.DocumentEnd:
                return this.parseDocumentEnd();
            case State.BlockNode:
                return this.parseNode(true, false);
            case State.BlockNodeOrIndentlessSequence:
                return this.parseNode(true, true);
            case State.FlowNode:
                return this.parseNode(false, false);
            case State.BlockSequenceFirstEntry:
                return this.parseBlockSequenceEntry(true);
            case State.BlockSequenceEntry:
                return this.parseBlockSequenceEntry(false);
            case State.IndentlessSequenceEntry:
                return this.parseIndentlessSequenceEntry();
            case State.BlockMappingFirstKey:
                return this.parseBlockMappingKey(true);
            case State.BlockMappingKey:
                return this.parseBlockMappingKey(false);
            case State.BlockMappingValue:
                return this.parseBlockMappingValue();
            case State.FlowSequenceFirstEntry:
                return this.parseFlowSequenceEntry(true);
            case State.FlowSequenceEntry:
                return this.parseFlowSequenceEntry(false);
            case State.FlowSequenceEntryMappingKey:
                return this.parseFlowSequenceEntryMappingKey();
            case State.FlowSequenceEntryMappingValue:
                return this.parseFlowSequenceEntryMappingValue();
            case State.FlowSequenceEntryMappingEnd:
                return this.parseFlowSequenceEntryMappingEnd();
            case State.FlowMappingFirstKey:
                return this.parseFlowMappingKey(true);
            case State.FlowMappingKey:
                return this.parseFlowMappingKey(false);
            case State.FlowMappingValue:
                return this.parseFlowMappingValue(false);
            case State.FlowMappingEmptyValue:
                return this.parseFlowMappingValue(true);
            case State.End:
                return { type: "stream-end", start: this.lastEnd, end: this.lastEnd };
        }
    }
    peek() {
        return this.scanner.peek();
    }
    skip() {
        this.scanner.skipToken();
    }
    popState() {
        this.state = this.states.pop();
    }
    fail(problem, at, context, contextAt) {
        throw new YamlSyntaxError(problem, at, context, contextAt, "parser");
    }
    // parserc.go yaml_parser_parse_stream_start
    parseStreamStart() {
        const token = this.peek();
        if (token.kind !== TokenKind.StreamStart)
            this.fail("did not find expected <stream-start>", token.start);
        this.state = State.ImplicitDocumentStart;
        this.skip();
        return { type: "stream-start", start: token.start, end: token.end };
    }
    // parserc.go yaml_parser_parse_document_start
    parseDocumentStart(implicit) {
        let token = this.peek();
        if (!implicit) {
            // Extra `...` markers between documents are skipped.
            while (token.kind === TokenKind.DocumentEnd) {
                this.skip();
                token = this.peek();
            }
        }
        if (implicit &&
            token.kind !== TokenKind.VersionDirective &&
            token.kind !== TokenKind.TagDirective &&
            token.kind !== TokenKind.DocumentStart &&
            token.kind !== TokenKind.StreamEnd) {
            // The first document may begin without `---`.
            this.processDirectives();
            this.states.push(State.DocumentEnd);
            this.state = State.BlockNode;
            return { type: "document-start", implicit: true, start: token.start, end: token.end };
        }
        if (token.kind !== TokenKind.StreamEnd) {
            const start = token.start;
            this.processDirectives();
            token = this.peek();
            if (token.kind !== TokenKind.DocumentStart)
                this.fail("did not find expected <document start>", token.start);
            this.states.push(State.DocumentEnd);
            this.state = State.DocumentContent;
            this.skip();
            return { type: "document-start", implicit: false, start, end: token.end };
        }
        this.state = State.End;
        this.skip();
        return { type: "stream-end", start: token.start, end: token.end };
    }
    // parserc.go yaml_parser_parse_document_content: an explicit document may be empty.
    parseDocumentContent() {
        const token = this.peek();
        switch (token.kind) {
            case TokenKind.VersionDirective:
            case TokenKind.TagDirective:
            case TokenKind.DocumentStart:
            case TokenKind.DocumentEnd:
            case TokenKind.StreamEnd:
                this.popState();
                return emptyScalar(token.start);
        }
        return this.parseNode(true, false);
    }
    // parserc.go yaml_parser_parse_document_end
    parseDocumentEnd() {
        const token = this.peek();
        const start = token.start;
        let end = token.start;
        let implicit = true;
        if (token.kind === TokenKind.DocumentEnd) {
            end = token.end;
            this.skip();
            implicit = false;
        }
        this.tagDirectives = [];
        this.state = State.DocumentStart;
        return { type: "document-end", implicit, start, end };
    }
    // parserc.go yaml_parser_parse_node
    parseNode(block, indentlessSequence) {
        let token = this.peek();
        if (token.kind === TokenKind.Alias) {
            this.popState();
            this.skip();
            return { type: "alias", anchor: token.value, start: token.start, end: token.end };
        }
        let start = token.start;
        let end = token.start;
        let anchor;
        let tagToken;
        if (token.kind === TokenKind.Anchor) {
            anchor = token.value;
            end = token.end;
            this.skip();
            token = this.peek();
            if (token.kind === TokenKind.Tag) {
                tagToken = token;
                end = token.end;
                this.skip();
                token = this.peek();
            }
        }
        else if (token.kind === TokenKind.Tag) {
            tagToken = token;
            end = token.end;
            this.skip();
            token = this.peek();
            if (token.kind === TokenKind.Anchor) {
                anchor = token.value;
                end = token.end;
                this.skip();
                token = this.peek();
            }
        }
        const tag = tagToken ? this.resolveTag(tagToken, start) : "";
        const implicit = tag === "";
        const event = this.nodeEvent(token, block, indentlessSequence, start, end, implicit, tag, anchor !== undefined);
        if (anchor !== undefined)
            event.anchor = anchor;
        if (tagToken !== undefined) {
            const tagged = event;
            tagged.tag = tag;
            tagged.tagStart = tagToken.start;
            tagged.tagEnd = tagToken.end;
        }
        return event;
    }
    /** The event for a node's content token, once its anchor and tag are read. */
    nodeEvent(token, block, indentlessSequence, start, end, implicit, tag, anchored) {
        if (indentlessSequence && token.kind === TokenKind.BlockEntry) {
            this.state = State.IndentlessSequenceEntry;
            return { type: "sequence-start", flow: false, implicit, start, end: token.end };
        }
        if (token.kind === TokenKind.Scalar) {
            this.popState();
            this.skip();
            return {
                type: "scalar",
                value: token.value,
                style: token.style,
                implicit: (tag === "" && token.style === "plain") || tag === "!",
                start,
                end: token.end,
            };
        }
        if (token.kind === TokenKind.FlowSequenceStart) {
            this.state = State.FlowSequenceFirstEntry;
            return { type: "sequence-start", flow: true, implicit, start, end: token.end };
        }
        if (token.kind === TokenKind.FlowMappingStart) {
            this.state = State.FlowMappingFirstKey;
            return { type: "mapping-start", flow: true, implicit, start, end: token.end };
        }
        if (block && token.kind === TokenKind.BlockSequenceStart) {
            this.state = State.BlockSequenceFirstEntry;
            return { type: "sequence-start", flow: false, implicit, start, end: token.end };
        }
        if (block && token.kind === TokenKind.BlockMappingStart) {
            this.state = State.BlockMappingFirstKey;
            return { type: "mapping-start", flow: false, implicit, start, end: token.end };
        }
        if (anchored || tag !== "") {
            // Properties with no content: an empty plain scalar.
            this.popState();
            return { type: "scalar", value: "", style: "plain", implicit, start, end };
        }
        const context = block ? "while parsing a block node" : "while parsing a flow node";
        this.fail("did not find expected node content", token.start, context, start);
    }
    // parserc.go (in yaml_parser_parse_node): a handle resolves through the document's %TAG directives.
    resolveTag(token, nodeStart) {
        if (token.value === "")
            return token.suffix;
        for (const directive of this.tagDirectives) {
            if (directive.handle === token.value) {
                const tag = directive.prefix + token.suffix;
                if (tag !== "")
                    return tag;
                break;
            }
        }
        this.fail("found undefined tag handle", token.start, "while parsing a node", nodeStart);
    }
    // parserc.go yaml_parser_parse_block_sequence_entry
    parseBlockSequenceEntry(first) {
        if (first) {
            this.marks.push(this.peek().start);
            this.skip();
        }
        let token = this.peek();
        if (token.kind === TokenKind.BlockEntry) {
            const mark = token.end;
            this.skip();
            token = this.peek();
            if (token.kind !== TokenKind.BlockEntry && token.kind !== TokenKind.BlockEnd) {
                this.states.push(State.BlockSequenceEntry);
                return this.parseNode(true, false);
            }
            this.state = State.BlockSequenceEntry;
            return emptyScalar(mark);
        }
        if (token.kind === TokenKind.BlockEnd) {
            this.popState();
            this.marks.pop();
            this.skip();
            return { type: "sequence-end", start: token.start, end: token.end };
        }
        const contextMark = this.marks.pop();
        this.fail("did not find expected '-' indicator", token.start, "while parsing a block collection", contextMark);
    }
    // parserc.go yaml_parser_parse_indentless_sequence_entry: `- ` items at the key's own column.
    parseIndentlessSequenceEntry() {
        let token = this.peek();
        if (token.kind === TokenKind.BlockEntry) {
            const mark = token.end;
            this.skip();
            token = this.peek();
            if (token.kind !== TokenKind.BlockEntry &&
                token.kind !== TokenKind.Key &&
                token.kind !== TokenKind.Value &&
                token.kind !== TokenKind.BlockEnd) {
                this.states.push(State.IndentlessSequenceEntry);
                return this.parseNode(true, false);
            }
            this.state = State.IndentlessSequenceEntry;
            return emptyScalar(mark);
        }
        this.popState();
        // go-yaml ends this sequence at the next token's start mark (end = start).
        return { type: "sequence-end", start: token.start, end: token.start };
    }
    // parserc.go yaml_parser_parse_block_mapping_key
    parseBlockMappingKey(first) {
        if (first) {
            this.marks.push(this.peek().start);
            this.skip();
        }
        let token = this.peek();
        if (token.kind === TokenKind.Key) {
            const mark = token.end;
            this.skip();
            token = this.peek();
            if (token.kind !== TokenKind.Key && token.kind !== TokenKind.Value && token.kind !== TokenKind.BlockEnd) {
                this.states.push(State.BlockMappingValue);
                return this.parseNode(true, true);
            }
            this.state = State.BlockMappingValue;
            return emptyScalar(mark);
        }
        if (token.kind === TokenKind.BlockEnd) {
            this.popState();
            this.marks.pop();
            this.skip();
            return { type: "mapping-end", start: token.start, end: token.end };
        }
        const contextMark = this.marks.pop();
        this.fail("did not find expected key", token.start, "while parsing a block mapping", contextMark);
    }
    // parserc.go yaml_parser_parse_block_mapping_value
    parseBlockMappingValue() {
        let token = this.peek();
        if (token.kind === TokenKind.Value) {
            const mark = token.end;
            this.skip();
            token = this.peek();
            if (token.kind !== TokenKind.Key && token.kind !== TokenKind.Value && token.kind !== TokenKind.BlockEnd) {
                this.states.push(State.BlockMappingKey);
                return this.parseNode(true, true);
            }
            this.state = State.BlockMappingKey;
            return emptyScalar(mark);
        }
        this.state = State.BlockMappingKey;
        return emptyScalar(token.start);
    }
    // parserc.go yaml_parser_parse_flow_sequence_entry
    parseFlowSequenceEntry(first) {
        if (first) {
            this.marks.push(this.peek().start);
            this.skip();
        }
        let token = this.peek();
        if (token.kind !== TokenKind.FlowSequenceEnd) {
            if (!first) {
                if (token.kind !== TokenKind.FlowEntry) {
                    const contextMark = this.marks.pop();
                    this.fail("did not find expected ',' or ']'", token.start, "while parsing a flow sequence", contextMark);
                }
                this.skip();
                token = this.peek();
            }
            if (token.kind === TokenKind.Key) {
                // `[a: b]`: a single-pair mapping inside the sequence.
                this.state = State.FlowSequenceEntryMappingKey;
                this.skip();
                return { type: "mapping-start", flow: true, implicit: true, start: token.start, end: token.end };
            }
            if (token.kind !== TokenKind.FlowSequenceEnd) {
                this.states.push(State.FlowSequenceEntry);
                return this.parseNode(false, false);
            }
        }
        this.popState();
        this.marks.pop();
        this.skip();
        return { type: "sequence-end", start: token.start, end: token.end };
    }
    // parserc.go yaml_parser_parse_flow_sequence_entry_mapping_key
    parseFlowSequenceEntryMappingKey() {
        const token = this.peek();
        if (token.kind !== TokenKind.Value &&
            token.kind !== TokenKind.FlowEntry &&
            token.kind !== TokenKind.FlowSequenceEnd) {
            this.states.push(State.FlowSequenceEntryMappingValue);
            return this.parseNode(false, false);
        }
        const mark = token.end;
        this.skip();
        this.state = State.FlowSequenceEntryMappingValue;
        return emptyScalar(mark);
    }
    // parserc.go yaml_parser_parse_flow_sequence_entry_mapping_value
    parseFlowSequenceEntryMappingValue() {
        let token = this.peek();
        if (token.kind === TokenKind.Value) {
            this.skip();
            // go-yaml peeks the next token into a new variable here, so an empty value is marked at the `:`.
            const next = this.peek();
            if (next.kind !== TokenKind.FlowEntry && next.kind !== TokenKind.FlowSequenceEnd) {
                this.states.push(State.FlowSequenceEntryMappingEnd);
                return this.parseNode(false, false);
            }
        }
        this.state = State.FlowSequenceEntryMappingEnd;
        return emptyScalar(token.start);
    }
    // parserc.go yaml_parser_parse_flow_sequence_entry_mapping_end
    parseFlowSequenceEntryMappingEnd() {
        const token = this.peek();
        this.state = State.FlowSequenceEntry;
        return { type: "mapping-end", start: token.start, end: token.start };
    }
    // parserc.go yaml_parser_parse_flow_mapping_key
    parseFlowMappingKey(first) {
        if (first) {
            this.marks.push(this.peek().start);
            this.skip();
        }
        let token = this.peek();
        if (token.kind !== TokenKind.FlowMappingEnd) {
            if (!first) {
                if (token.kind !== TokenKind.FlowEntry) {
                    const contextMark = this.marks.pop();
                    this.fail("did not find expected ',' or '}'", token.start, "while parsing a flow mapping", contextMark);
                }
                this.skip();
                token = this.peek();
            }
            if (token.kind === TokenKind.Key) {
                this.skip();
                token = this.peek();
                if (token.kind !== TokenKind.Value &&
                    token.kind !== TokenKind.FlowEntry &&
                    token.kind !== TokenKind.FlowMappingEnd) {
                    this.states.push(State.FlowMappingValue);
                    return this.parseNode(false, false);
                }
                this.state = State.FlowMappingValue;
                return emptyScalar(token.start);
            }
            if (token.kind !== TokenKind.FlowMappingEnd) {
                // `{a}`: a key with no `:` has an empty value.
                this.states.push(State.FlowMappingEmptyValue);
                return this.parseNode(false, false);
            }
        }
        this.popState();
        this.marks.pop();
        this.skip();
        return { type: "mapping-end", start: token.start, end: token.end };
    }
    // parserc.go yaml_parser_parse_flow_mapping_value
    parseFlowMappingValue(empty) {
        let token = this.peek();
        if (empty) {
            this.state = State.FlowMappingKey;
            return emptyScalar(token.start);
        }
        if (token.kind === TokenKind.Value) {
            this.skip();
            token = this.peek();
            if (token.kind !== TokenKind.FlowEntry && token.kind !== TokenKind.FlowMappingEnd) {
                this.states.push(State.FlowMappingKey);
                return this.parseNode(false, false);
            }
        }
        this.state = State.FlowMappingKey;
        return emptyScalar(token.start);
    }
    // parserc.go yaml_parser_process_directives: %YAML and %TAG before a document; the default handles after.
    processDirectives() {
        let token = this.peek();
        let sawVersion = false;
        while (token.kind === TokenKind.VersionDirective || token.kind === TokenKind.TagDirective) {
            if (token.kind === TokenKind.VersionDirective) {
                if (sawVersion)
                    this.fail("found duplicate %YAML directive", token.start);
                if (token.major !== 1 || token.minor !== 1)
                    this.fail("found incompatible YAML document", token.start);
                sawVersion = true;
            }
            else {
                this.appendTagDirective({ handle: token.value, prefix: token.suffix }, false, token.start);
            }
            this.skip();
            token = this.peek();
        }
        for (const directive of DEFAULT_TAG_DIRECTIVES)
            this.appendTagDirective(directive, true, token.start);
    }
    appendTagDirective(directive, allowDuplicates, at) {
        if (this.tagDirectives.some((existing) => existing.handle === directive.handle)) {
            if (allowDuplicates)
                return;
            this.fail("found duplicate %TAG directive", at);
        }
        this.tagDirectives.push(directive);
    }
}
// parserc.go yaml_parser_process_empty_scalar
function emptyScalar(at) {
    return { type: "scalar", value: "", style: "plain", implicit: true, start: at, end: at };
}
