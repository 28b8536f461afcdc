import { type PortabilityNote, type ScalarStyle } from "./events.js";
/**
 * The tokenizer of go-yaml v2 (scannerc.go, a port of libyaml's scanner),
 * on the char codes of a JS string. It keeps go-yaml's state machine as it
 * is: the token queue with tokens inserted behind the queue's tail when a
 * `:` reveals a simple key, the simple-key stack per flow level, the indent
 * stack, and the same error checks in the same order, so that what it
 * accepts, rejects and reads is what kubectl accepts, rejects and reads.
 *
 * Positions: `pos` is a UTF-16 offset into the text; go-yaml's marks count
 * characters (code points), and that count decides the 1024-character limit
 * of simple keys and the columns of indentation, so both are kept.
 */
export declare const TokenKind: {
    readonly StreamStart: 1;
    readonly StreamEnd: 2;
    readonly VersionDirective: 3;
    readonly TagDirective: 4;
    readonly DocumentStart: 5;
    readonly DocumentEnd: 6;
    readonly BlockSequenceStart: 7;
    readonly BlockMappingStart: 8;
    readonly BlockEnd: 9;
    readonly FlowSequenceStart: 10;
    readonly FlowSequenceEnd: 11;
    readonly FlowMappingStart: 12;
    readonly FlowMappingEnd: 13;
    readonly BlockEntry: 14;
    readonly FlowEntry: 15;
    readonly Key: 16;
    readonly Value: 17;
    readonly Alias: 18;
    readonly Anchor: 19;
    readonly Tag: 20;
    readonly Scalar: 21;
};
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind];
export declare class Token {
    readonly kind: TokenKind;
    readonly start: number;
    readonly end: number;
    /** Scalar text, anchor or alias name, tag handle, %TAG handle. */
    readonly value: string;
    /** Tag suffix, %TAG prefix. */
    readonly suffix: string;
    readonly style: ScalarStyle;
    /** %YAML version. */
    readonly major: number;
    readonly minor: number;
    constructor(kind: TokenKind, start: number, end: number, 
    /** Scalar text, anchor or alias name, tag handle, %TAG handle. */
    value?: string, 
    /** Tag suffix, %TAG prefix. */
    suffix?: string, style?: ScalarStyle, 
    /** %YAML version. */
    major?: number, minor?: number);
}
export declare class Scanner {
    private readonly src;
    /** Where the text ends; past it the source reads NUL. */
    private readonly length;
    /** The reader fails when asked for the character at this index or beyond (see readerCheckLimit). */
    private readonly readerLimit;
    private readonly badCharPos;
    private pos;
    private index;
    private line;
    private column;
    private readonly tokens;
    private head;
    private tokensParsed;
    private tokenAvailable;
    private streamStartProduced;
    private indent;
    private readonly indents;
    private flowLevel;
    private simpleKeyAllowed;
    private readonly simpleKeys;
    /** go-yaml's simple_keys_by_tok: the token number of each possible simple key, to its slot in simpleKeys. */
    private readonly simpleKeysByToken;
    readonly notes: PortabilityNote[];
    /** The line a note was last recorded on, so that a line gets one note. */
    private notedLine;
    constructor(text: string);
    /** The next token, scanning only as far as go-yaml would. */
    peek(): Token;
    skipToken(): void;
    private fetchMoreTokens;
    private insertToken;
    private queuedTokenNumber;
    private fetchNextToken;
    private canStartPlainScalar;
    private atDocumentIndicator;
    private simpleKeyIsValid;
    private saveSimpleKey;
    private removeSimpleKey;
    private increaseFlowLevel;
    private decreaseFlowLevel;
    private rollIndent;
    private unrollIndent;
    private fetchStreamStart;
    private fetchStreamEnd;
    private fetchDirective;
    private fetchDocumentIndicator;
    private fetchFlowCollectionStart;
    private fetchFlowCollectionEnd;
    private fetchFlowEntry;
    private fetchBlockEntry;
    private fetchKey;
    private fetchValue;
    private fetchAnchor;
    private fetchTag;
    private fetchBlockScalar;
    private fetchFlowScalar;
    private fetchPlainScalar;
    private pushSingleCharToken;
    private scanToNextToken;
    private skipToLineEnd;
    /** The end of the current line's content: its offset and its length in characters. */
    private scanLineContent;
    private scanDirective;
    private skipBlanks;
    private scanDirectiveName;
    private scanVersionNumberAfterBlanks;
    private scanVersionNumber;
    private scanTagDirectiveValue;
    private scanAnchor;
    private scanTag;
    private scanTagHandle;
    private scanTagUri;
    private scanUriEscapes;
    private scanBlockScalar;
    private scanBlockScalarBreaks;
    private scanFlowScalar;
    /** A backslash escape in a double-quoted scalar; the mark is on the backslash. */
    private scanEscape;
    private scanPlainScalar;
    /** Move the mark over `chars` characters on the current line, ending at `pos`. */
    private advance;
    /** Advance one character (a surrogate pair is one character to go-yaml). */
    private skip;
    private skipLine;
    private readLine;
    /**
     * go-yaml's reader decodes and checks the input in chunks as the scanner
     * asks for characters (yaml_parser_update_buffer); each call of this
     * mirrors one such request, for `length` characters from the mark.
     */
    private cache;
    private fail;
    private failTag;
    private note;
    private lineEnd;
    /**
     * YAML 1.2 wants every line of a flow collection, and every continuation
     * line of a quoted scalar, indented deeper than the block collection they
     * sit in, with spaces; go-yaml checks neither.
     */
    private isShallowLine;
    private noteShallowQuotedLine;
    private noteShallowFlowLine;
    private tabNote;
    /** go-yaml ends a comment's value at `#` with no blank before it; YAML 1.2 needs the blank. */
    private noteUnseparatedComment;
    private noteUnicodeBreak;
}
