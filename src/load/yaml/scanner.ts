import { YamlSyntaxError, type PortabilityNote, type ScalarStyle } from "./events.js";

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

export const TokenKind = {
  StreamStart: 1,
  StreamEnd: 2,
  VersionDirective: 3,
  TagDirective: 4,
  DocumentStart: 5,
  DocumentEnd: 6,
  BlockSequenceStart: 7,
  BlockMappingStart: 8,
  BlockEnd: 9,
  FlowSequenceStart: 10,
  FlowSequenceEnd: 11,
  FlowMappingStart: 12,
  FlowMappingEnd: 13,
  BlockEntry: 14,
  FlowEntry: 15,
  Key: 16,
  Value: 17,
  Alias: 18,
  Anchor: 19,
  Tag: 20,
  Scalar: 21,
} as const;
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind];

export class Token {
  constructor(
    readonly kind: TokenKind,
    readonly start: number,
    readonly end: number,
    /** Scalar text, anchor or alias name, tag handle, %TAG handle. */
    readonly value = "",
    /** Tag suffix, %TAG prefix. */
    readonly suffix = "",
    readonly style: ScalarStyle = "plain",
    /** %YAML version. */
    readonly major = 0,
    readonly minor = 0,
  ) {}
}

/** A place where a simple key (an implicit key, without `?`) may start: yaml_simple_key_t. */
interface SimpleKey {
  possible: boolean;
  /** In block context at the current indentation a key is the only thing that can come: no `:` is an error. */
  required: boolean;
  /** The number of the token the KEY token goes before. */
  tokenNumber: number;
  pos: number;
  index: number;
  line: number;
  column: number;
}

const MAX_FLOW_LEVEL = 10000;
const MAX_INDENTS = 10000;
/** An implicit key ends within this many characters of its start (yaml_simple_key_is_valid). */
const MAX_SIMPLE_KEY_LENGTH = 1024;
/** go-yaml reads input in chunks of this many bytes (input_raw_buffer_size) and checks characters chunk by chunk. */
const READ_CHUNK_BYTES = 512;
/** go-yaml pads the decoded buffer with NULs; these stand in for them so that lookahead past the end reads NUL. */
const END_PADDING = "\0\0\0\0\0\0\0\0";

const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const NEL = 0x85;
const LINE_SEPARATOR = 0x2028;
const PARAGRAPH_SEPARATOR = 0x2029;
const BOM = 0xfeff;

function isBreak(c: number): boolean {
  return c === LF || c === CR || c === NEL || c === LINE_SEPARATOR || c === PARAGRAPH_SEPARATOR;
}
function isBreakOrEnd(c: number): boolean {
  return c === 0 || isBreak(c);
}
function isBlank(c: number): boolean {
  return c === SPACE || c === TAB;
}
function isBlankOrEnd(c: number): boolean {
  return c === SPACE || c === TAB || c === 0 || isBreak(c);
}
/** yamlprivateh.go is_alpha: the characters of anchors, directive names and tag handles. */
function isAlpha(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x2d
  );
}
function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  return -1;
}
/** readerc.go: the characters go-yaml's reader lets through (libyaml's printable set, plus tab and line ends). */
function isReadable(c: number): boolean {
  return (
    c === TAB ||
    c === LF ||
    c === CR ||
    (c >= 0x20 && c <= 0x7e) ||
    c === NEL ||
    (c >= 0xa0 && c <= 0xfffd && c !== 0xfffe)
  );
}
/** Characters that may follow a tag URI character run (scannerc.go yaml_parser_scan_tag_uri). */
function isUriChar(c: number): boolean {
  if (isAlpha(c)) return true;
  switch (c) {
    case 0x3b: // ;
    case 0x2f: // /
    case 0x3f: // ?
    case 0x3a: // :
    case 0x40: // @
    case 0x26: // &
    case 0x3d: // =
    case 0x2b: // +
    case 0x24: // $
    case 0x2c: // ,
    case 0x2e: // .
    case 0x21: // !
    case 0x7e: // ~
    case 0x2a: // *
    case 0x27: // '
    case 0x28: // (
    case 0x29: // )
    case 0x5b: // [
    case 0x5d: // ]
    case 0x25: // %
      return true;
    default:
      return false;
  }
}

const SIMPLE_ESCAPES: Record<number, string> = {
  0x30: "\0",
  0x61: "\x07",
  0x62: "\b",
  0x74: "\t",
  0x09: "\t",
  0x6e: "\n",
  0x76: "\v",
  0x66: "\f",
  0x72: "\r",
  0x65: "\x1b",
  0x20: " ",
  0x22: '"',
  0x27: "'",
  0x5c: "\\",
  0x4e: "\x85",
  0x5f: "\xa0",
  0x4c: "\u2028",
  0x50: "\u2029",
};
const HEX_ESCAPE_LENGTHS: Record<number, number> = { 0x78: 2, 0x75: 4, 0x55: 8 };

const NOT_PORTABLE = "kubectl reads it, but YAML 1.2 parsers (yamllint, Helm, most editors) reject it";

export class Scanner {
  private readonly src: string;
  /** Where the text ends; past it the source reads NUL. */
  private readonly length: number;
  /** The reader fails when asked for the character at this index or beyond (see readerCheckLimit). */
  private readonly readerLimit: number;
  private readonly badCharPos: number;

  // The mark: UTF-16 offset, character index, line and column (yaml_mark_t).
  private pos: number;
  private index = 0;
  private line = 0;
  private column = 0;

  private readonly tokens: Token[] = [];
  private head = 0;
  private tokensParsed = 0;
  private tokenAvailable = false;
  private streamStartProduced = false;

  private indent = -1;
  private readonly indents: number[] = [];
  private flowLevel = 0;
  private simpleKeyAllowed = false;
  private readonly simpleKeys: SimpleKey[] = [];
  /** go-yaml's simple_keys_by_tok: the token number of each possible simple key, to its slot in simpleKeys. */
  private readonly simpleKeysByToken = new Map<number, number>();

  readonly notes: PortabilityNote[] = [];
  /** The line a note was last recorded on, so that a line gets one note. */
  private notedLine = -1;

  constructor(text: string) {
    this.src = text + END_PADDING;
    this.length = text.length;
    // readerc.go yaml_parser_determine_encoding: a leading BOM is consumed before any mark counts.
    this.pos = text.charCodeAt(0) === BOM ? 1 : 0;
    this.badCharPos = firstUnreadable(text, this.pos);
    this.readerLimit = this.badCharPos < 0 ? Infinity : readerCheckLimit(text, this.pos, this.badCharPos);
  }

  // ---- The token queue (scannerc.go yaml_parser_fetch_more_tokens, parserc.go peek_token/skip_token) ----

  /** The next token, scanning only as far as go-yaml would. */
  peek(): Token {
    if (!this.tokenAvailable) this.fetchMoreTokens();
    return this.tokens[this.head];
  }

  skipToken(): void {
    this.tokenAvailable = false;
    this.tokensParsed++;
    this.head++;
    if (this.head > 64 && this.head * 2 > this.tokens.length) {
      this.tokens.splice(0, this.head);
      this.head = 0;
    }
  }

  // scannerc.go yaml_parser_fetch_more_tokens: fetch until the head token can no longer become a key's start.
  private fetchMoreTokens(): void {
    for (;;) {
      if (this.head !== this.tokens.length) {
        const slot = this.simpleKeysByToken.get(this.tokensParsed);
        if (slot === undefined || !this.simpleKeyIsValid(this.simpleKeys[slot])) break;
      }
      this.fetchNextToken();
    }
    this.tokenAvailable = true;
  }

  // apic.go yaml_insert_token: at an offset from the queue's head, or at the tail.
  private insertToken(at: number, token: Token): void {
    if (at < 0) this.tokens.push(token);
    else this.tokens.splice(this.head + at, 0, token);
  }

  private queuedTokenNumber(): number {
    return this.tokensParsed + (this.tokens.length - this.head);
  }

  // scannerc.go yaml_parser_fetch_next_token
  private fetchNextToken(): void {
    this.cache(1);
    if (!this.streamStartProduced) return this.fetchStreamStart();
    this.scanToNextToken();
    this.unrollIndent(this.column);
    this.cache(4);

    const src = this.src;
    const pos = this.pos;
    const c = src.charCodeAt(pos);
    if (c === 0) return this.fetchStreamEnd();
    if (this.column === 0) {
      if (c === 0x25 /* % */) return this.fetchDirective();
      if (this.atDocumentIndicator(0x2d /* - */)) return this.fetchDocumentIndicator(TokenKind.DocumentStart);
      if (this.atDocumentIndicator(0x2e /* . */)) return this.fetchDocumentIndicator(TokenKind.DocumentEnd);
    }
    const next = src.charCodeAt(pos + 1);
    switch (c) {
      case 0x5b: // [
        return this.fetchFlowCollectionStart(TokenKind.FlowSequenceStart);
      case 0x7b: // {
        return this.fetchFlowCollectionStart(TokenKind.FlowMappingStart);
      case 0x5d: // ]
        return this.fetchFlowCollectionEnd(TokenKind.FlowSequenceEnd);
      case 0x7d: // }
        return this.fetchFlowCollectionEnd(TokenKind.FlowMappingEnd);
      case 0x2c: // ,
        return this.fetchFlowEntry();
      case 0x2d: // -
        if (isBlankOrEnd(next)) return this.fetchBlockEntry();
        break;
      case 0x3f: // ?
        if (this.flowLevel > 0 || isBlankOrEnd(next)) return this.fetchKey();
        break;
      case 0x3a: // :
        if (this.flowLevel > 0 || isBlankOrEnd(next)) return this.fetchValue();
        break;
      case 0x2a: // *
        return this.fetchAnchor(TokenKind.Alias);
      case 0x26: // &
        return this.fetchAnchor(TokenKind.Anchor);
      case 0x21: // !
        return this.fetchTag();
      case 0x7c: // |
        if (this.flowLevel === 0) return this.fetchBlockScalar(true);
        break;
      case 0x3e: // >
        if (this.flowLevel === 0) return this.fetchBlockScalar(false);
        break;
      case 0x27: // '
        return this.fetchFlowScalar(true);
      case 0x22: // "
        return this.fetchFlowScalar(false);
    }
    if (this.canStartPlainScalar(c, next)) return this.fetchPlainScalar();
    this.fail("while scanning for the next token", this.pos, "found character that cannot start any token");
  }

  private canStartPlainScalar(c: number, next: number): boolean {
    switch (c) {
      case 0x2d: // -
        return !isBlank(next);
      case 0x3f: // ?
      case 0x3a: // :
        return this.flowLevel === 0 && !isBlankOrEnd(next);
      case 0x2c: case 0x5b: case 0x5d: case 0x7b: case 0x7d: // , [ ] { }
      case 0x23: case 0x26: case 0x2a: case 0x21: case 0x7c: // # & * ! |
      case 0x3e: case 0x27: case 0x22: case 0x25: case 0x40: case 0x60: // > ' " % @ `
        return false;
      default:
        return !isBlankOrEnd(c);
    }
  }

  private atDocumentIndicator(c: number): boolean {
    const src = this.src;
    const pos = this.pos;
    return (
      src.charCodeAt(pos) === c &&
      src.charCodeAt(pos + 1) === c &&
      src.charCodeAt(pos + 2) === c &&
      isBlankOrEnd(src.charCodeAt(pos + 3))
    );
  }

  // ---- Simple keys ----

  // scannerc.go yaml_simple_key_is_valid: a key must end on its line and within 1024 characters.
  private simpleKeyIsValid(key: SimpleKey): boolean {
    if (!key.possible) return false;
    if (key.line < this.line || key.index + MAX_SIMPLE_KEY_LENGTH < this.index) {
      if (key.required) this.fail("while scanning a simple key", key.pos, "could not find expected ':'");
      key.possible = false;
      return false;
    }
    return true;
  }

  // scannerc.go yaml_parser_save_simple_key
  private saveSimpleKey(): void {
    if (!this.simpleKeyAllowed) return;
    const key: SimpleKey = {
      possible: true,
      required: this.flowLevel === 0 && this.indent === this.column,
      tokenNumber: this.queuedTokenNumber(),
      pos: this.pos,
      index: this.index,
      line: this.line,
      column: this.column,
    };
    this.removeSimpleKey();
    const slot = this.simpleKeys.length - 1;
    this.simpleKeys[slot] = key;
    this.simpleKeysByToken.set(key.tokenNumber, slot);
  }

  // scannerc.go yaml_parser_remove_simple_key (no staleness check: go-yaml v2 errs on a stale required key here too)
  private removeSimpleKey(): void {
    const key = this.simpleKeys[this.simpleKeys.length - 1];
    if (!key.possible) return;
    if (key.required) this.fail("while scanning a simple key", key.pos, "could not find expected ':'");
    key.possible = false;
    this.simpleKeysByToken.delete(key.tokenNumber);
  }

  // scannerc.go yaml_parser_increase_flow_level
  private increaseFlowLevel(): void {
    this.simpleKeys.push({
      possible: false,
      required: false,
      tokenNumber: this.queuedTokenNumber(),
      pos: this.pos,
      index: this.index,
      line: this.line,
      column: this.column,
    });
    this.flowLevel++;
    if (this.flowLevel > MAX_FLOW_LEVEL) {
      this.fail("while increasing flow level", this.pos, `exceeded max depth of ${MAX_FLOW_LEVEL}`);
    }
  }

  // scannerc.go yaml_parser_decrease_flow_level
  private decreaseFlowLevel(): void {
    if (this.flowLevel === 0) return;
    this.flowLevel--;
    const key = this.simpleKeys.pop()!;
    this.simpleKeysByToken.delete(key.tokenNumber);
  }

  // ---- Indentation ----

  // scannerc.go yaml_parser_roll_indent: a block collection opens at a deeper column.
  private rollIndent(column: number, tokenNumber: number, kind: TokenKind, at: number): void {
    if (this.flowLevel > 0 || this.indent >= column) return;
    this.indents.push(this.indent);
    this.indent = column;
    if (this.indents.length > MAX_INDENTS) {
      const key = this.simpleKeys[this.simpleKeys.length - 1];
      this.fail("while increasing indent level", key.pos, `exceeded max depth of ${MAX_INDENTS}`);
    }
    this.insertToken(tokenNumber < 0 ? -1 : tokenNumber - this.tokensParsed, new Token(kind, at, at));
  }

  // scannerc.go yaml_parser_unroll_indent: close the block collections deeper than the column.
  private unrollIndent(column: number): void {
    if (this.flowLevel > 0) return;
    while (this.indent > column) {
      this.tokens.push(new Token(TokenKind.BlockEnd, this.pos, this.pos));
      this.indent = this.indents.pop()!;
    }
  }

  // ---- Fetchers ----

  private fetchStreamStart(): void {
    this.indent = -1;
    this.simpleKeys.push({ possible: false, required: false, tokenNumber: 0, pos: 0, index: 0, line: 0, column: 0 });
    this.simpleKeyAllowed = true;
    this.streamStartProduced = true;
    this.tokens.push(new Token(TokenKind.StreamStart, this.pos, this.pos));
  }

  private fetchStreamEnd(): void {
    // go-yaml forces a new line here; only the line and column change, not the offset.
    if (this.column !== 0) {
      this.column = 0;
      this.line++;
    }
    this.unrollIndent(-1);
    this.removeSimpleKey();
    this.simpleKeyAllowed = false;
    this.tokens.push(new Token(TokenKind.StreamEnd, this.pos, this.pos));
  }

  private fetchDirective(): void {
    this.unrollIndent(-1);
    this.removeSimpleKey();
    this.simpleKeyAllowed = false;
    this.tokens.push(this.scanDirective());
  }

  private fetchDocumentIndicator(kind: TokenKind): void {
    this.unrollIndent(-1);
    this.removeSimpleKey();
    this.simpleKeyAllowed = false;
    const start = this.pos;
    this.skip();
    this.skip();
    this.skip();
    this.tokens.push(new Token(kind, start, this.pos));
  }

  private fetchFlowCollectionStart(kind: TokenKind): void {
    this.saveSimpleKey();
    this.increaseFlowLevel();
    this.simpleKeyAllowed = true;
    this.pushSingleCharToken(kind);
  }

  private fetchFlowCollectionEnd(kind: TokenKind): void {
    this.removeSimpleKey();
    this.decreaseFlowLevel();
    this.simpleKeyAllowed = false;
    this.pushSingleCharToken(kind);
  }

  private fetchFlowEntry(): void {
    this.removeSimpleKey();
    this.simpleKeyAllowed = true;
    this.pushSingleCharToken(TokenKind.FlowEntry);
  }

  private fetchBlockEntry(): void {
    if (this.flowLevel === 0) {
      if (!this.simpleKeyAllowed) {
        this.fail("", this.pos, "block sequence entries are not allowed in this context");
      }
      this.rollIndent(this.column, -1, TokenKind.BlockSequenceStart, this.pos);
    }
    this.removeSimpleKey();
    this.simpleKeyAllowed = true;
    this.pushSingleCharToken(TokenKind.BlockEntry);
  }

  private fetchKey(): void {
    if (this.flowLevel === 0) {
      if (!this.simpleKeyAllowed) this.fail("", this.pos, "mapping keys are not allowed in this context");
      this.rollIndent(this.column, -1, TokenKind.BlockMappingStart, this.pos);
    }
    this.removeSimpleKey();
    this.simpleKeyAllowed = this.flowLevel === 0;
    this.pushSingleCharToken(TokenKind.Key);
  }

  // scannerc.go yaml_parser_fetch_value: a `:` turns the pending simple key into a KEY token behind it.
  private fetchValue(): void {
    const key = this.simpleKeys[this.simpleKeys.length - 1];
    if (this.simpleKeyIsValid(key)) {
      this.insertToken(key.tokenNumber - this.tokensParsed, new Token(TokenKind.Key, key.pos, key.pos));
      this.rollIndent(key.column, key.tokenNumber, TokenKind.BlockMappingStart, key.pos);
      key.possible = false;
      this.simpleKeysByToken.delete(key.tokenNumber);
      this.simpleKeyAllowed = false;
    } else {
      if (this.flowLevel === 0) {
        if (!this.simpleKeyAllowed) this.fail("", this.pos, "mapping values are not allowed in this context");
        this.rollIndent(this.column, -1, TokenKind.BlockMappingStart, this.pos);
      }
      this.simpleKeyAllowed = this.flowLevel === 0;
    }
    this.pushSingleCharToken(TokenKind.Value);
  }

  private fetchAnchor(kind: TokenKind): void {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    this.tokens.push(this.scanAnchor(kind));
  }

  private fetchTag(): void {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    this.tokens.push(this.scanTag());
  }

  private fetchBlockScalar(literal: boolean): void {
    this.removeSimpleKey();
    this.simpleKeyAllowed = true;
    this.tokens.push(this.scanBlockScalar(literal));
  }

  private fetchFlowScalar(single: boolean): void {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    this.tokens.push(this.scanFlowScalar(single));
  }

  private fetchPlainScalar(): void {
    this.saveSimpleKey();
    this.simpleKeyAllowed = false;
    this.tokens.push(this.scanPlainScalar());
  }

  private pushSingleCharToken(kind: TokenKind): void {
    const start = this.pos;
    this.skip();
    this.tokens.push(new Token(kind, start, this.pos));
  }

  // ---- Whitespace and comments ----

  // scannerc.go yaml_parser_scan_to_next_token
  private scanToNextToken(): void {
    const src = this.src;
    let lineStart = -1;
    for (;;) {
      this.cache(1);
      // Tabs separate tokens only where no simple key can start: go-yaml's rule, stricter than YAML 1.2's.
      const tabsSeparate = this.flowLevel > 0 || !this.simpleKeyAllowed;
      let pos = this.pos;
      for (;;) {
        const c = src.charCodeAt(pos);
        if (c !== SPACE && !(c === TAB && tabsSeparate)) break;
        pos++;
      }
      if (pos > this.pos) {
        this.advance(pos, pos - this.pos);
        this.cache(1);
      }
      if (src.charCodeAt(this.pos) === 0x23 /* # */) {
        this.noteUnseparatedComment();
        this.skipToLineEnd();
      }
      if (!isBreak(src.charCodeAt(this.pos))) break;
      this.cache(2);
      this.skipLine();
      lineStart = this.pos;
      if (this.flowLevel === 0) this.simpleKeyAllowed = true;
    }
    if (lineStart >= 0 && this.flowLevel > 0) this.noteShallowFlowLine(lineStart, "flow collection");
  }

  private skipToLineEnd(): void {
    const end = this.scanLineContent();
    if (end.chars > 0) {
      this.advance(end.pos, end.chars);
      this.cache(1);
    }
  }

  /** The end of the current line's content: its offset and its length in characters. */
  private scanLineContent(): { pos: number; chars: number } {
    const src = this.src;
    let pos = this.pos;
    let chars = 0;
    for (;;) {
      const c = src.charCodeAt(pos);
      if (c === LF || c === CR || c === 0 || (c >= NEL && isBreak(c))) break;
      pos += c >= 0xd800 && c <= 0xdbff && isLowSurrogate(src.charCodeAt(pos + 1)) ? 2 : 1;
      chars++;
    }
    return { pos, chars };
  }

  // ---- Directives ----

  // scannerc.go yaml_parser_scan_directive
  private scanDirective(): Token {
    const start = this.pos;
    this.skip();
    const name = this.scanDirectiveName(start);
    let token: Token;
    if (name === "YAML") {
      const major = this.scanVersionNumberAfterBlanks(start);
      if (this.src.charCodeAt(this.pos) !== 0x2e /* . */) {
        this.fail("while scanning a %YAML directive", start, "did not find expected digit or '.' character");
      }
      this.skip();
      const minor = this.scanVersionNumber(start);
      token = new Token(TokenKind.VersionDirective, start, this.pos, "", "", "plain", major, minor);
    } else if (name === "TAG") {
      const [handle, prefix] = this.scanTagDirectiveValue(start);
      token = new Token(TokenKind.TagDirective, start, this.pos, handle, prefix);
    } else {
      this.fail("while scanning a directive", start, "found unknown directive name");
    }
    this.cache(1);
    this.skipBlanks();
    if (this.src.charCodeAt(this.pos) === 0x23 /* # */) this.skipToLineEnd();
    const c = this.src.charCodeAt(this.pos);
    if (!isBreakOrEnd(c)) this.fail("while scanning a directive", start, "did not find expected comment or line break");
    if (isBreak(c)) {
      this.cache(2);
      this.skipLine();
    }
    return token;
  }

  private skipBlanks(): void {
    while (isBlank(this.src.charCodeAt(this.pos))) {
      this.skip();
      this.cache(1);
    }
  }

  // scannerc.go yaml_parser_scan_directive_name
  private scanDirectiveName(start: number): string {
    this.cache(1);
    const from = this.pos;
    while (isAlpha(this.src.charCodeAt(this.pos))) {
      this.skip();
      this.cache(1);
    }
    if (this.pos === from) this.fail("while scanning a directive", start, "could not find expected directive name");
    if (!isBlankOrEnd(this.src.charCodeAt(this.pos))) {
      this.fail("while scanning a directive", start, "found unexpected non-alphabetical character");
    }
    return this.src.slice(from, this.pos);
  }

  private scanVersionNumberAfterBlanks(start: number): number {
    this.cache(1);
    this.skipBlanks();
    return this.scanVersionNumber(start);
  }

  // scannerc.go yaml_parser_scan_version_directive_number: at most two digits.
  private scanVersionNumber(start: number): number {
    this.cache(1);
    let value = 0;
    let length = 0;
    while (isDigit(this.src.charCodeAt(this.pos))) {
      if (++length > 2) this.fail("while scanning a %YAML directive", start, "found extremely long version number");
      value = value * 10 + this.src.charCodeAt(this.pos) - 0x30;
      this.skip();
      this.cache(1);
    }
    if (length === 0) this.fail("while scanning a %YAML directive", start, "did not find expected version number");
    return value;
  }

  // scannerc.go yaml_parser_scan_tag_directive_value
  private scanTagDirectiveValue(start: number): [string, string] {
    this.cache(1);
    this.skipBlanks();
    const handle = this.scanTagHandle(true, start);
    this.cache(1);
    if (!isBlank(this.src.charCodeAt(this.pos))) {
      this.fail("while scanning a %TAG directive", start, "did not find expected whitespace");
    }
    this.skipBlanks();
    const prefix = this.scanTagUri(true, "", start);
    this.cache(1);
    if (!isBlankOrEnd(this.src.charCodeAt(this.pos))) {
      this.fail("while scanning a %TAG directive", start, "did not find expected whitespace or line break");
    }
    return [handle, prefix];
  }

  // ---- Anchors and tags ----

  // scannerc.go yaml_parser_scan_anchor
  private scanAnchor(kind: TokenKind): Token {
    const start = this.pos;
    this.skip();
    this.cache(1);
    const from = this.pos;
    while (isAlpha(this.src.charCodeAt(this.pos))) {
      this.skip();
      this.cache(1);
    }
    const end = this.pos;
    const c = this.src.charCodeAt(this.pos);
    const endsWell =
      isBlankOrEnd(c) || c === 0x3f || c === 0x3a || c === 0x2c || c === 0x5d || c === 0x7d || c === 0x25 || c === 0x40 || c === 0x60;
    if (end === from || !endsWell) {
      const context = kind === TokenKind.Anchor ? "while scanning an anchor" : "while scanning an alias";
      this.fail(context, start, "did not find expected alphabetic or numeric character");
    }
    return new Token(kind, start, end, this.src.slice(from, end));
  }

  // scannerc.go yaml_parser_scan_tag
  private scanTag(): Token {
    const start = this.pos;
    let handle = "";
    let suffix: string;
    this.cache(2);
    if (this.src.charCodeAt(this.pos + 1) === 0x3c /* < */) {
      // Verbatim: !<uri>
      this.skip();
      this.skip();
      suffix = this.scanTagUri(false, "", start);
      if (this.src.charCodeAt(this.pos) !== 0x3e /* > */) this.fail("while scanning a tag", start, "did not find the expected '>'");
      this.skip();
    } else {
      handle = this.scanTagHandle(false, start);
      if (handle.length > 1 && handle.endsWith("!")) {
        suffix = this.scanTagUri(false, "", start);
      } else {
        // `!foo` is the `!` handle with suffix `foo`; a lone `!` becomes an empty handle with suffix `!`.
        suffix = this.scanTagUri(false, handle, start);
        handle = "!";
        if (suffix === "") [handle, suffix] = [suffix, handle];
      }
    }
    this.cache(1);
    if (!isBlankOrEnd(this.src.charCodeAt(this.pos))) {
      this.fail("while scanning a tag", start, "did not find expected whitespace or line break");
    }
    return new Token(TokenKind.Tag, start, this.pos, handle, suffix);
  }

  // scannerc.go yaml_parser_scan_tag_handle
  private scanTagHandle(directive: boolean, start: number): string {
    this.cache(1);
    if (this.src.charCodeAt(this.pos) !== 0x21 /* ! */) this.failTag(directive, start, "did not find expected '!'");
    const from = this.pos;
    this.skip();
    this.cache(1);
    while (isAlpha(this.src.charCodeAt(this.pos))) {
      this.skip();
      this.cache(1);
    }
    if (this.src.charCodeAt(this.pos) === 0x21) {
      this.skip();
    } else if (directive && this.pos - from !== 1) {
      this.failTag(directive, start, "did not find expected '!'");
    }
    return this.src.slice(from, this.pos);
  }

  // scannerc.go yaml_parser_scan_tag_uri: `head` is a handle read as the start of the URI (its `!` dropped).
  private scanTagUri(directive: boolean, head: string, start: number): string {
    let uri = head.length > 1 ? head.slice(1) : "";
    let hasTag = head.length > 0;
    this.cache(1);
    let runStart = this.pos;
    for (;;) {
      const c = this.src.charCodeAt(this.pos);
      if (!isUriChar(c)) break;
      if (c === 0x25 /* % */) {
        uri += this.src.slice(runStart, this.pos) + this.scanUriEscapes(directive, start);
        runStart = this.pos;
      } else {
        this.skip();
      }
      this.cache(1);
      hasTag = true;
    }
    uri += this.src.slice(runStart, this.pos);
    if (!hasTag) this.failTag(directive, start, "did not find expected tag URI");
    return uri;
  }

  // scannerc.go yaml_parser_scan_uri_escapes: %XX octets forming one UTF-8 character.
  private scanUriEscapes(directive: boolean, start: number): string {
    const octets: number[] = [];
    let remaining = 1024;
    while (remaining > 0) {
      this.cache(3);
      const src = this.src;
      const high = hexValue(src.charCodeAt(this.pos + 1));
      const low = hexValue(src.charCodeAt(this.pos + 2));
      if (src.charCodeAt(this.pos) !== 0x25 || high < 0 || low < 0) {
        this.failTag(directive, start, "did not find URI escaped octet");
      }
      const octet = (high << 4) + low;
      if (remaining === 1024) {
        remaining = utf8Width(octet);
        if (remaining === 0) this.failTag(directive, start, "found an incorrect leading UTF-8 octet");
      } else if ((octet & 0xc0) !== 0x80) {
        this.failTag(directive, start, "found an incorrect trailing UTF-8 octet");
      }
      octets.push(octet);
      this.skip();
      this.skip();
      this.skip();
      remaining--;
    }
    return Buffer.from(octets).toString("utf8");
  }

  // ---- Block scalars ----

  // scannerc.go yaml_parser_scan_block_scalar
  private scanBlockScalar(literal: boolean): Token {
    const src = this.src;
    const start = this.pos;
    this.skip();
    this.cache(1);
    let chomping = 0;
    let increment = 0;
    let c = src.charCodeAt(this.pos);
    if (c === 0x2b /* + */ || c === 0x2d /* - */) {
      chomping = c === 0x2b ? 1 : -1;
      this.skip();
      this.cache(1);
      c = src.charCodeAt(this.pos);
      if (isDigit(c)) {
        if (c === 0x30) this.fail("while scanning a block scalar", start, "found an indentation indicator equal to 0");
        increment = c - 0x30;
        this.skip();
      }
    } else if (isDigit(c)) {
      if (c === 0x30) this.fail("while scanning a block scalar", start, "found an indentation indicator equal to 0");
      increment = c - 0x30;
      this.skip();
      this.cache(1);
      c = src.charCodeAt(this.pos);
      if (c === 0x2b || c === 0x2d) {
        chomping = c === 0x2b ? 1 : -1;
        this.skip();
      }
    }
    this.cache(1);
    this.skipBlanks();
    if (src.charCodeAt(this.pos) === 0x23 /* # */) this.skipToLineEnd();
    c = src.charCodeAt(this.pos);
    if (!isBreakOrEnd(c)) this.fail("while scanning a block scalar", start, "did not find expected comment or line break");
    if (isBreak(c)) {
      this.cache(2);
      this.skipLine();
    }

    const state: BlockScalarState = {
      indent: increment > 0 ? (this.indent >= 0 ? this.indent + increment : increment) : 0,
      breaks: "",
      end: this.pos,
    };
    this.scanBlockScalarBreaks(state, start);
    this.cache(1);
    let value = "";
    let leadingBreak = "";
    let leadingBlank = false;
    while (this.column === state.indent && src.charCodeAt(this.pos) !== 0) {
      const trailingBlank = isBlank(src.charCodeAt(this.pos));
      // Folding: a single line break between two lines that start without a blank reads as a space.
      if (!literal && !leadingBlank && !trailingBlank && leadingBreak === "\n") {
        if (state.breaks === "") value += " ";
      } else {
        value += leadingBreak;
      }
      leadingBreak = "";
      value += state.breaks;
      state.breaks = "";
      leadingBlank = trailingBlank;
      const line = this.scanLineContent();
      if (line.chars > 0) {
        value += src.slice(this.pos, line.pos);
        this.advance(line.pos, line.chars);
        this.cache(1);
      }
      this.cache(2);
      leadingBreak = this.readLine();
      this.scanBlockScalarBreaks(state, start);
    }
    if (chomping !== -1) value += leadingBreak;
    if (chomping === 1) value += state.breaks;
    return new Token(TokenKind.Scalar, start, state.end, value, "", literal ? "literal" : "folded");
  }

  // scannerc.go yaml_parser_scan_block_scalar_breaks: indentation and empty lines; settles an auto-detected indent.
  private scanBlockScalarBreaks(state: BlockScalarState, start: number): void {
    const src = this.src;
    state.end = this.pos;
    let maxIndent = 0;
    for (;;) {
      this.cache(1);
      while ((state.indent === 0 || this.column < state.indent) && src.charCodeAt(this.pos) === SPACE) {
        this.skip();
        this.cache(1);
      }
      if (this.column > maxIndent) maxIndent = this.column;
      const c = src.charCodeAt(this.pos);
      if ((state.indent === 0 || this.column < state.indent) && c === TAB) {
        this.fail("while scanning a block scalar", start, "found a tab character where an indentation space is expected");
      }
      if (!isBreak(c)) break;
      this.cache(2);
      state.breaks += this.readLine();
      state.end = this.pos;
    }
    if (state.indent === 0) state.indent = Math.max(maxIndent, this.indent + 1, 1);
  }

  // ---- Quoted scalars ----

  // scannerc.go yaml_parser_scan_flow_scalar
  private scanFlowScalar(single: boolean): Token {
    const src = this.src;
    const start = this.pos;
    this.skip();
    let value = "";
    let leadingBreak = "";
    let trailingBreaks = "";
    let whitespaces = "";
    for (;;) {
      this.cache(4);
      if (this.column === 0 && (this.atDocumentIndicator(0x2d) || this.atDocumentIndicator(0x2e))) {
        this.fail("while scanning a quoted scalar", start, "found unexpected document indicator");
      }
      if (src.charCodeAt(this.pos) === 0) this.fail("while scanning a quoted scalar", start, "found unexpected end of stream");

      let leadingBlanks = false;
      let lineStart = -1;
      let runStart = this.pos;
      for (;;) {
        const c = src.charCodeAt(this.pos);
        if (isBlankOrEnd(c)) break;
        if (single && c === 0x27) {
          if (src.charCodeAt(this.pos + 1) !== 0x27) break;
          // '' is an escaped quote
          value += src.slice(runStart, this.pos) + "'";
          this.skip();
          this.skip();
          runStart = this.pos;
        } else if (!single && c === 0x22) {
          break;
        } else if (!single && c === 0x5c /* \ */) {
          value += src.slice(runStart, this.pos);
          if (isBreak(src.charCodeAt(this.pos + 1))) {
            // An escaped line break joins the lines without a space.
            this.cache(3);
            this.skip();
            this.skipLine();
            leadingBlanks = true;
            lineStart = this.pos;
            runStart = this.pos;
            break;
          }
          value += this.scanEscape(start);
          runStart = this.pos;
        } else {
          this.skip();
        }
        this.cache(2);
      }
      value += src.slice(runStart, this.pos);
      this.cache(1);
      const c = src.charCodeAt(this.pos);
      if (c === (single ? 0x27 : 0x22)) break;

      for (;;) {
        const w = src.charCodeAt(this.pos);
        if (isBlank(w)) {
          if (!leadingBlanks) whitespaces += src[this.pos];
          this.skip();
        } else if (isBreak(w)) {
          this.cache(2);
          if (!leadingBlanks) {
            whitespaces = "";
            leadingBreak = this.readLine();
            leadingBlanks = true;
          } else {
            trailingBreaks += this.readLine();
          }
          lineStart = this.pos;
        } else {
          break;
        }
        this.cache(1);
      }
      if (lineStart >= 0) this.noteShallowQuotedLine(lineStart);

      if (leadingBlanks) {
        if (leadingBreak === "\n") {
          value += trailingBreaks === "" ? " " : trailingBreaks;
        } else {
          value += leadingBreak + trailingBreaks;
        }
        leadingBreak = "";
        trailingBreaks = "";
      } else {
        value += whitespaces;
        whitespaces = "";
      }
    }
    this.skip();
    return new Token(TokenKind.Scalar, start, this.pos, value, "", single ? "single" : "double");
  }

  /** A backslash escape in a double-quoted scalar; the mark is on the backslash. */
  private scanEscape(start: number): string {
    const src = this.src;
    const code = src.charCodeAt(this.pos + 1);
    const simple = SIMPLE_ESCAPES[code];
    const hexLength = HEX_ESCAPE_LENGTHS[code] ?? 0;
    if (simple === undefined && hexLength === 0) {
      this.fail("while parsing a quoted scalar", start, "found unknown escape character");
    }
    if (code === 0x27) {
      this.note(this.pos, this.pos + 2, `the escape \\' is not YAML: ${NOT_PORTABLE}`);
    }
    this.skip();
    this.skip();
    if (hexLength === 0) return simple;
    this.cache(hexLength);
    let value = 0;
    for (let k = 0; k < hexLength; k++) {
      const digit = hexValue(src.charCodeAt(this.pos + k));
      if (digit < 0) this.fail("while parsing a quoted scalar", start, "did not find expected hexdecimal number");
      value = value * 16 + digit;
    }
    if ((value >= 0xd800 && value <= 0xdfff) || value > 0x10ffff) {
      this.fail("while parsing a quoted scalar", start, "found invalid Unicode character escape code");
    }
    for (let k = 0; k < hexLength; k++) this.skip();
    return String.fromCodePoint(value);
  }

  // ---- Plain scalars ----

  // scannerc.go yaml_parser_scan_plain_scalar
  private scanPlainScalar(): Token {
    const src = this.src;
    const indent = this.indent + 1;
    const start = this.pos;
    let end = this.pos;
    let value = "";
    let leadingBreak = "";
    let trailingBreaks = "";
    let whitespaces = "";
    let leadingBlanks = false;
    for (;;) {
      this.cache(4);
      if (this.column === 0 && (this.atDocumentIndicator(0x2d) || this.atDocumentIndicator(0x2e))) break;
      if (src.charCodeAt(this.pos) === 0x23 /* # */) break;

      // A run of characters up to a blank, a `: ` or (in flow context) a flow indicator.
      const flow = this.flowLevel > 0;
      let pos = this.pos;
      let chars = 0;
      for (;;) {
        const c = src.charCodeAt(pos);
        if (isBlankOrEnd(c)) break;
        if (c === 0x3a /* : */ && isBlankOrEnd(src.charCodeAt(pos + 1))) break;
        if (flow && isFlowIndicatorInPlain(c)) break;
        pos += c >= 0xd800 && c <= 0xdbff && isLowSurrogate(src.charCodeAt(pos + 1)) ? 2 : 1;
        chars++;
      }
      if (chars > 0) {
        if (leadingBlanks) {
          if (leadingBreak === "\n") value += trailingBreaks === "" ? " " : trailingBreaks;
          else value += leadingBreak + trailingBreaks;
          leadingBreak = "";
          trailingBreaks = "";
          leadingBlanks = false;
        } else if (whitespaces !== "") {
          value += whitespaces;
          whitespaces = "";
        }
        value += src.slice(this.pos, pos);
        this.advance(pos, chars);
        end = pos;
        // go-yaml asks its reader for two characters after each one it reads; the last request is the furthest.
        this.cache(2);
      }

      const c = src.charCodeAt(this.pos);
      if (!isBlank(c) && !isBreak(c)) break;
      this.cache(1);
      let lineStart = -1;
      for (;;) {
        const w = src.charCodeAt(this.pos);
        if (isBlank(w)) {
          if (leadingBlanks && this.column < indent && w === TAB) {
            this.fail("while scanning a plain scalar", start, "found a tab character that violates indentation");
          }
          if (!leadingBlanks) whitespaces += src[this.pos];
          this.skip();
        } else if (isBreak(w)) {
          this.cache(2);
          if (!leadingBlanks) {
            whitespaces = "";
            leadingBreak = this.readLine();
            leadingBlanks = true;
          } else {
            trailingBreaks += this.readLine();
          }
          lineStart = this.pos;
        } else {
          break;
        }
        this.cache(1);
      }
      if (lineStart >= 0 && this.flowLevel > 0) this.noteShallowFlowLine(lineStart, "flow collection");
      if (this.flowLevel === 0 && this.column < indent) break;
    }
    if (leadingBlanks) this.simpleKeyAllowed = true;
    return new Token(TokenKind.Scalar, start, end, value);
  }

  // ---- Moving through the text ----

  /** Move the mark over `chars` characters on the current line, ending at `pos`. */
  private advance(pos: number, chars: number): void {
    this.pos = pos;
    this.index += chars;
    this.column += chars;
  }

  /** Advance one character (a surrogate pair is one character to go-yaml). */
  private skip(): void {
    const c = this.src.charCodeAt(this.pos);
    this.pos += c >= 0xd800 && c <= 0xdbff && isLowSurrogate(this.src.charCodeAt(this.pos + 1)) ? 2 : 1;
    this.index++;
    this.column++;
  }

  // scannerc.go skip_line: CR LF counts as two characters and one line.
  private skipLine(): void {
    const src = this.src;
    const c = src.charCodeAt(this.pos);
    if (c === CR && src.charCodeAt(this.pos + 1) === LF) {
      this.pos += 2;
      this.index += 2;
    } else if (isBreak(c)) {
      if (c !== LF && c !== CR) this.noteUnicodeBreak();
      this.pos++;
      this.index++;
    } else {
      return;
    }
    this.column = 0;
    this.line++;
  }

  // scannerc.go read_line: a line break as it goes into a scalar's value.
  private readLine(): string {
    const c = this.src.charCodeAt(this.pos);
    if (!isBreak(c)) return "";
    this.skipLine();
    return c === LINE_SEPARATOR || c === PARAGRAPH_SEPARATOR ? String.fromCharCode(c) : "\n";
  }

  /**
   * go-yaml's reader decodes and checks the input in chunks as the scanner
   * asks for characters (yaml_parser_update_buffer); each call of this
   * mirrors one such request, for `length` characters from the mark.
   */
  private cache(length: number): void {
    if (this.index + length > this.readerLimit) {
      throw new YamlSyntaxError("control characters are not allowed", this.badCharPos, undefined, undefined, "reader");
    }
  }

  private fail(context: string, contextPos: number, problem: string): never {
    throw new YamlSyntaxError(problem, this.pos, context || undefined, context ? contextPos : undefined, "scanner");
  }

  private failTag(directive: boolean, start: number, problem: string): never {
    this.fail(directive ? "while parsing a %TAG directive" : "while parsing a tag", start, problem);
  }

  // ---- Portability notes ----

  private note(start: number, end: number, message: string): void {
    if (this.line === this.notedLine) return;
    this.notedLine = this.line;
    this.notes.push({ start, end, message });
  }

  private lineEnd(from: number): number {
    let pos = from;
    while (!isBreakOrEnd(this.src.charCodeAt(pos))) pos++;
    return Math.min(pos, this.length);
  }

  /**
   * YAML 1.2 wants every line of a flow collection, and every continuation
   * line of a quoted scalar, indented deeper than the block collection they
   * sit in, with spaces; go-yaml checks neither.
   */
  private isShallowLine(lineStart: number): boolean {
    const src = this.src;
    let spaces = 0;
    while (src.charCodeAt(lineStart + spaces) === SPACE) spaces++;
    return spaces <= this.indent;
  }

  private noteShallowQuotedLine(lineStart: number): void {
    if (isBreakOrEnd(this.src.charCodeAt(this.pos)) || !this.isShallowLine(lineStart)) return;
    this.note(
      this.pos,
      this.lineEnd(this.pos),
      `this quoted scalar continues on a line indented no deeper than its key${this.tabNote(lineStart)}: ${NOT_PORTABLE}`,
    );
  }

  private noteShallowFlowLine(lineStart: number, what: string): void {
    const c = this.src.charCodeAt(this.pos);
    // A closing bracket at the key's column is tolerated by YAML 1.2 parsers (the `yaml` package only warns).
    if (isBreakOrEnd(c) || c === 0x23 || c === 0x5d || c === 0x7d || !this.isShallowLine(lineStart)) return;
    this.note(
      this.pos,
      this.lineEnd(this.pos),
      `this ${what} continues on a line indented no deeper than its key${this.tabNote(lineStart)}: ${NOT_PORTABLE}`,
    );
  }

  private tabNote(lineStart: number): string {
    for (let pos = lineStart; pos < this.pos; pos++) {
      if (this.src.charCodeAt(pos) === TAB) return " (a tab is not indentation)";
    }
    return "";
  }

  /** go-yaml ends a comment's value at `#` with no blank before it; YAML 1.2 needs the blank. */
  private noteUnseparatedComment(): void {
    if (this.pos === 0) return;
    const before = this.src.charCodeAt(this.pos - 1);
    if (isBlank(before) || isBreak(before) || before === BOM) return;
    this.note(
      this.pos,
      this.lineEnd(this.pos),
      `this comment starts right after a value, with no space before #: ${NOT_PORTABLE}`,
    );
  }

  private noteUnicodeBreak(): void {
    this.note(
      this.pos,
      this.pos + 1,
      "this character (U+0085, U+2028 or U+2029) ends a line for kubectl, but is an ordinary character to YAML 1.2 parsers (yamllint, Helm, most editors)",
    );
  }
}

interface BlockScalarState {
  indent: number;
  /** Line breaks read since the last content line. */
  breaks: string;
  /** go-yaml's end mark of the scalar: after the last line break it read. */
  end: number;
}

function isFlowIndicatorInPlain(c: number): boolean {
  return c === 0x2c || c === 0x3f || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

function utf8Width(octet: number): number {
  if ((octet & 0x80) === 0) return 1;
  if ((octet & 0xe0) === 0xc0) return 2;
  if ((octet & 0xf0) === 0xe0) return 3;
  if ((octet & 0xf8) === 0xf0) return 4;
  return 0;
}

/** UTF-16 offset of the first character go-yaml's reader refuses, or -1. */
function firstUnreadable(text: string, from: number): number {
  for (let pos = from; pos < text.length; pos++) {
    const c = text.charCodeAt(pos);
    if (c >= 0x20 && c <= 0x7e) continue;
    if (c >= 0xd800 && c <= 0xdfff) continue; // a pair is a supplementary character; a lone half encodes as U+FFFD
    if (!isReadable(c)) return pos;
  }
  return -1;
}

/**
 * The character index from which the scanner's requests make go-yaml's
 * reader decode the chunk holding the refused character (and fail). The
 * reader fills 512-byte chunks; a chunk ends before a character it cuts, and
 * the next chunk starts with that character.
 */
function readerCheckLimit(text: string, from: number, badPos: number): number {
  let chunkEnd = READ_CHUNK_BYTES; // the first chunk includes a BOM
  let bytes = from === 1 ? 3 : 0;
  let chars = 0;
  let chunkStartChars = 0;
  for (let pos = from; pos < badPos; ) {
    const c = text.charCodeAt(pos);
    const pair = c >= 0xd800 && c <= 0xdbff && isLowSurrogate(text.charCodeAt(pos + 1));
    const width = pair ? 4 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    if (bytes + width > chunkEnd) {
      chunkStartChars = chars;
      chunkEnd = bytes + READ_CHUNK_BYTES;
    }
    bytes += width;
    chars++;
    pos += pair ? 2 : 1;
  }
  const badWidth = text.charCodeAt(badPos) < 0x80 ? 1 : text.charCodeAt(badPos) < 0x800 ? 2 : 3;
  if (bytes + badWidth > chunkEnd) chunkStartChars = chars;
  return chunkStartChars;
}
