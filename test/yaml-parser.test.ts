import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { YamlSyntaxError, type YamlEvent } from "../src/load/yaml/events.js";
import { createEventSource } from "../src/load/yaml/parser.js";
import { corpusDaemonSets } from "./data.js";

// The YAML reader must read what kubectl's decoder (go-yaml v2) reads and
// reject what it rejects, with its problem text and position. The expected
// events and errors below are go-yaml v2.4.0's own answers for each input.

const STYLE_MARK = { plain: ":", single: "'", double: '"', literal: "|", folded: ">" } as const;

/** One line per event, in the notation of the YAML test suite. */
function describeEvent(event: YamlEvent): string {
  const props =
    ("anchor" in event && event.anchor !== undefined && event.type !== "alias" ? ` &${event.anchor}` : "") +
    ("tag" in event && event.tag !== undefined ? ` <${event.tag}>` : "");
  switch (event.type) {
    case "stream-start":
      return "+STR";
    case "stream-end":
      return "-STR";
    case "document-start":
      return event.implicit ? "+DOC" : "+DOC ---";
    case "document-end":
      return event.implicit ? "-DOC" : "-DOC ...";
    case "mapping-start":
      return `+MAP${event.flow ? " {}" : ""}${props}`;
    case "sequence-start":
      return `+SEQ${event.flow ? " []" : ""}${props}`;
    case "mapping-end":
      return "-MAP";
    case "sequence-end":
      return "-SEQ";
    case "alias":
      return `=ALI *${event.anchor}`;
    case "scalar":
      return `=VAL${props} ${STYLE_MARK[event.style]}${event.value.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\t/g, "\\t")}`;
  }
}

function readAll(text: string): YamlEvent[] {
  const source = createEventSource(text);
  const events: YamlEvent[] = [];
  for (;;) {
    const event = source.next();
    events.push(event);
    if (event.type === "stream-end") return events;
  }
}

function trace(text: string): string {
  return readAll(text).map(describeEvent).join(" | ");
}

function errorOf(text: string): YamlSyntaxError {
  try {
    readAll(text);
  } catch (error) {
    if (error instanceof YamlSyntaxError) return error;
    throw error;
  }
  throw new Error(`read without error: ${JSON.stringify(text)}`);
}

function errorSummary(text: string) {
  const { problem, offset, context, contextOffset, stage } = errorOf(text);
  return { problem, offset, context, contextOffset, stage };
}

describe("events", () => {
  const cases: [string, string][] = [
    ["a: 1\nb: [x, y]\n", "+STR | +DOC | +MAP | =VAL :a | =VAL :1 | =VAL :b | +SEQ [] | =VAL :x | =VAL :y | -SEQ | -MAP | -DOC | -STR"],
    ["", "+STR | -STR"],
    ["- a\n- b: c\n  d: e\n-\n", "+STR | +DOC | +SEQ | =VAL :a | +MAP | =VAL :b | =VAL :c | =VAL :d | =VAL :e | -MAP | =VAL : | -SEQ | -DOC | -STR"],
    ["k:\n- a\n- b\nj: c\n", "+STR | +DOC | +MAP | =VAL :k | +SEQ | =VAL :a | =VAL :b | -SEQ | =VAL :j | =VAL :c | -MAP | -DOC | -STR"],
    ["? [a, b]\n: 1\n", "+STR | +DOC | +MAP | +SEQ [] | =VAL :a | =VAL :b | -SEQ | =VAL :1 | -MAP | -DOC | -STR"],
    ["? a\n? b\n: c\n", "+STR | +DOC | +MAP | =VAL :a | =VAL : | =VAL :b | =VAL :c | -MAP | -DOC | -STR"],
    ["{a: 1, b, c: }\n", "+STR | +DOC | +MAP {} | =VAL :a | =VAL :1 | =VAL :b | =VAL : | =VAL :c | =VAL : | -MAP | -DOC | -STR"],
    ["[a, b: c, ? d : e]\n", "+STR | +DOC | +SEQ [] | =VAL :a | +MAP {} | =VAL :b | =VAL :c | -MAP | +MAP {} | =VAL :d | =VAL :e | -MAP | -SEQ | -DOC | -STR"],
    ["&x a: *x\n", "+STR | +DOC | +MAP | =VAL &x :a | =ALI *x | -MAP | -DOC | -STR"],
    ["*a : b\n", "+STR | +DOC | +MAP | =ALI *a | =VAL :b | -MAP | -DOC | -STR"],
    ["&a\n", "+STR | +DOC | =VAL &a : | -DOC | -STR"],
    [
      "a: &s !!str 1\nb: !local x\nc: !<tag:e.com,2000:x> y\nd: ! z\n",
      "+STR | +DOC | +MAP | =VAL :a | =VAL &s <tag:yaml.org,2002:str> :1 | =VAL :b | =VAL <!local> :x | =VAL :c | =VAL <tag:e.com,2000:x> :y | =VAL :d | =VAL <!> :z | -MAP | -DOC | -STR",
    ],
    ["!!str\n", "+STR | +DOC | =VAL <tag:yaml.org,2002:str> : | -DOC | -STR"],
    ["- !!map {}\n", "+STR | +DOC | +SEQ | +MAP {} <tag:yaml.org,2002:map> | -MAP | -SEQ | -DOC | -STR"],
    [
      "%YAML 1.1\n%TAG !e! tag:example.com,2000:app/\n---\n!e!foo bar\n...\n",
      "+STR | +DOC --- | =VAL <tag:example.com,2000:app/foo> :bar | -DOC ... | -STR",
    ],
    ["--- a\n--- b\n...\n", "+STR | +DOC --- | =VAL :a | -DOC | +DOC --- | =VAL :b | -DOC ... | -STR"],
    ["a: 1\n---\nb: 2\n", "+STR | +DOC | +MAP | =VAL :a | =VAL :1 | -MAP | -DOC | +DOC --- | +MAP | =VAL :b | =VAL :2 | -MAP | -DOC | -STR"],
    [
      "a: 1\nb: 2\n...\n%YAML 1.1\n---\nc\n",
      "+STR | +DOC | +MAP | =VAL :a | =VAL :1 | =VAL :b | =VAL :2 | -MAP | -DOC ... | +DOC --- | =VAL :c | -DOC | -STR",
    ],
    ["---\n- a\n...\n--- b\n", "+STR | +DOC --- | +SEQ | =VAL :a | -SEQ | -DOC ... | +DOC --- | =VAL :b | -DOC | -STR"],
    ["a: 'it''s'\nb: \"\\x41\\u00e9\\U0001F600\\t\"\n", "+STR | +DOC | +MAP | =VAL :a | =VAL 'it's | =VAL :b | =VAL \"Aé😀\\t | -MAP | -DOC | -STR"],
    [
      "a: |\n  x\n\n  y\nb: >-\n  p\n  q\n\n   r\nc: |+\n  z\n\n",
      "+STR | +DOC | +MAP | =VAL :a | =VAL |x\\n\\ny\\n | =VAL :b | =VAL >p q\\n\\n r | =VAL :c | =VAL |z\\n\\n | -MAP | -DOC | -STR",
    ],
    ["k: \"multi\n    line\"\n", "+STR | +DOC | +MAP | =VAL :k | =VAL \"multi line | -MAP | -DOC | -STR"],
    ["k: \"joined\\\n  here\"\n", "+STR | +DOC | +MAP | =VAL :k | =VAL \"joinedhere | -MAP | -DOC | -STR"],
    ["a: 'x\n\n  y'\n", "+STR | +DOC | +MAP | =VAL :a | =VAL 'x\\ny | -MAP | -DOC | -STR"],
    ["a: 'x\r\ny'\r\n", "+STR | +DOC | +MAP | =VAL :a | =VAL 'x y | -MAP | -DOC | -STR"],
    ["a: b\n c\n  d\n", "+STR | +DOC | +MAP | =VAL :a | =VAL :b c d | -MAP | -DOC | -STR"],
    ["key: [a,\n  b]\n", "+STR | +DOC | +MAP | =VAL :key | +SEQ [] | =VAL :a | =VAL :b | -SEQ | -MAP | -DOC | -STR"],
    // After a simple key's `:` go-yaml skips tabs (no key can start there).
    ["key:\tvalue\n", "+STR | +DOC | +MAP | =VAL :key | =VAL :value | -MAP | -DOC | -STR"],
    // go-yaml ends a value at `#` even with no space before it.
    ["a: \"x\"#c\n", "+STR | +DOC | +MAP | =VAL :a | =VAL \"x | -MAP | -DOC | -STR"],
    // U+2028 is a line break to go-yaml.
    ["a: 1\u2028b: 2\n", "+STR | +DOC | +MAP | =VAL :a | =VAL :1 | =VAL :b | =VAL :2 | -MAP | -DOC | -STR"],
  ];
  it.each(cases)("%j", (text, expected) => {
    expect(trace(text)).toBe(expected);
  });

  it("gives go-yaml's marks as offsets", () => {
    expect(readAll('a: "x"\nb: |\n  l1\n  l2\nc: d e\n  f\n')).toEqual([
      { type: "stream-start", start: 0, end: 0 },
      { type: "document-start", implicit: true, start: 0, end: 0 },
      { type: "mapping-start", flow: false, implicit: true, start: 0, end: 0 },
      { type: "scalar", value: "a", style: "plain", implicit: true, start: 0, end: 1 },
      { type: "scalar", value: "x", style: "double", implicit: false, start: 3, end: 6 },
      { type: "scalar", value: "b", style: "plain", implicit: true, start: 7, end: 8 },
      // A block scalar ends after the last line break it read.
      { type: "scalar", value: "l1\nl2\n", style: "literal", implicit: false, start: 10, end: 22 },
      { type: "scalar", value: "c", style: "plain", implicit: true, start: 22, end: 23 },
      // A multi-line plain scalar ends after its last character.
      { type: "scalar", value: "d e f", style: "plain", implicit: true, start: 25, end: 32 },
      { type: "mapping-end", start: 33, end: 33 },
      { type: "document-end", implicit: true, start: 33, end: 33 },
      { type: "stream-end", start: 33, end: 33 },
    ]);
  });

  it("gives the offsets of a node's tag and properties", () => {
    expect(readAll("- &a !!str x\n")[3]).toEqual({
      type: "scalar",
      value: "x",
      style: "plain",
      implicit: false,
      anchor: "a",
      tag: "tag:yaml.org,2002:str",
      tagStart: 5,
      tagEnd: 10,
      start: 2,
      end: 12,
    });
  });

  it("counts offsets in UTF-16 after a BOM and astral characters", () => {
    const events = readAll("\ufeff😀: x\n");
    expect(events[3]).toMatchObject({ type: "scalar", value: "😀", start: 1, end: 3 });
    expect(events[4]).toMatchObject({ type: "scalar", value: "x", start: 5, end: 6 });
  });

  it("scans lazily: nothing after the first document's end is read until asked", () => {
    const source = createEventSource("a: 1\n...\n\t@ not yaml");
    const types = [];
    for (let k = 0; k < 6; k++) types.push(source.next().type);
    expect(types).toEqual(["stream-start", "document-start", "mapping-start", "scalar", "scalar", "mapping-end"]);
    expect(source.next()).toMatchObject({ type: "document-end", implicit: false });
    expect(() => source.next()).toThrow("found character that cannot start any token");
  });
});

describe("errors", () => {
  const cases: [string, ReturnType<typeof errorSummary>][] = [
    [
      "a: b: c\n",
      { problem: "mapping values are not allowed in this context", offset: 4, context: undefined, contextOffset: undefined, stage: "scanner" },
    ],
    [
      "- a\nb: c\n",
      { problem: "did not find expected '-' indicator", offset: 4, context: "while parsing a block collection", contextOffset: 0, stage: "parser" },
    ],
    [
      "[a, b\n",
      { problem: "did not find expected ',' or ']'", offset: 6, context: "while parsing a flow sequence", contextOffset: 0, stage: "parser" },
    ],
    [
      "[a, , b]\n",
      { problem: "did not find expected node content", offset: 4, context: "while parsing a flow node", contextOffset: 4, stage: "parser" },
    ],
    [
      '"unterminated\n',
      { problem: "found unexpected end of stream", offset: 14, context: "while scanning a quoted scalar", contextOffset: 0, stage: "scanner" },
    ],
    [
      'a: "\\q"\n',
      { problem: "found unknown escape character", offset: 4, context: "while parsing a quoted scalar", contextOffset: 3, stage: "scanner" },
    ],
    [
      'a: "\\xZZ"\n',
      { problem: "did not find expected hexdecimal number", offset: 6, context: "while parsing a quoted scalar", contextOffset: 3, stage: "scanner" },
    ],
    [
      'a: "\\uD800"\n',
      { problem: "found invalid Unicode character escape code", offset: 6, context: "while parsing a quoted scalar", contextOffset: 3, stage: "scanner" },
    ],
    [
      "%YAML 1.2\n---\na\n",
      { problem: "found incompatible YAML document", offset: 0, context: undefined, contextOffset: undefined, stage: "parser" },
    ],
    [
      "%YAML 1.1\n%YAML 1.1\n---\n",
      { problem: "found duplicate %YAML directive", offset: 10, context: undefined, contextOffset: undefined, stage: "parser" },
    ],
    [
      "%FOO bar\n---\n",
      { problem: "found unknown directive name", offset: 4, context: "while scanning a directive", contextOffset: 0, stage: "scanner" },
    ],
    [
      "!e!x a\n",
      { problem: "found undefined tag handle", offset: 0, context: "while parsing a node", contextOffset: 0, stage: "parser" },
    ],
    [
      "a: |0\n  x\n",
      { problem: "found an indentation indicator equal to 0", offset: 4, context: "while scanning a block scalar", contextOffset: 3, stage: "scanner" },
    ],
    [
      "a: |\n  x\n \tb\n",
      {
        problem: "found a tab character where an indentation space is expected",
        offset: 10,
        context: "while scanning a block scalar",
        contextOffset: 3,
        stage: "scanner",
      },
    ],
    // A tab before a comment at the start of a line: go-yaml skips tabs only where no key may start.
    [
      'a: "b"\n\t# comment\n',
      { problem: "found character that cannot start any token", offset: 7, context: "while scanning for the next token", contextOffset: 7, stage: "scanner" },
    ],
    [
      "\t# comment\na: 1\n",
      { problem: "found character that cannot start any token", offset: 0, context: "while scanning for the next token", contextOffset: 0, stage: "scanner" },
    ],
    // After a plain scalar the tab is read as the scalar's indentation.
    [
      "a: b\n\t# comment\n",
      { problem: "found a tab character that violates indentation", offset: 5, context: "while scanning a plain scalar", contextOffset: 3, stage: "scanner" },
    ],
    [
      "a:\n  b: 1\n  c\n",
      { problem: "could not find expected ':'", offset: 14, context: "while scanning a simple key", contextOffset: 12, stage: "scanner" },
    ],
    // A key longer than 1024 characters is no key; where a key is required, that is the error.
    [
      `${"x".repeat(1025)}: v\n`,
      { problem: "mapping values are not allowed in this context", offset: 1025, context: undefined, contextOffset: undefined, stage: "scanner" },
    ],
    [
      `a: 1\n${"x".repeat(1025)}: v\n`,
      { problem: "could not find expected ':'", offset: 1030, context: "while scanning a simple key", contextOffset: 5, stage: "scanner" },
    ],
    [
      "[".repeat(10001),
      { problem: "exceeded max depth of 10000", offset: 10000, context: "while increasing flow level", contextOffset: 10000, stage: "scanner" },
    ],
    // The reader's check, reported at the character's offset.
    [
      "a: b\u0001c\n",
      { problem: "control characters are not allowed", offset: 4, context: undefined, contextOffset: undefined, stage: "reader" },
    ],
  ];
  it.each(cases)("%j", (text, expected) => {
    expect(errorSummary(text)).toEqual(expected);
  });

  it("counts the 1024-character key limit in characters, not UTF-16 units", () => {
    expect(trace(`${"😀".repeat(1024)}: v\n`)).toContain("=VAL :v");
    expect(errorSummary(`${"😀".repeat(1025)}: v\n`)).toMatchObject({
      problem: "mapping values are not allowed in this context",
      offset: 2050,
    });
  });

  it("checks characters in go-yaml's 512-byte chunks: a control character far past the end is never read", () => {
    expect(errorOf("a: 1\n...\n\u0001").problem).toBe("control characters are not allowed");
    const source = createEventSource(`a: 1\n...\n${" ".repeat(600)}\u0001`);
    for (let k = 0; k < 7; k++) source.next();
    expect(() => source.next()).toThrow("control characters are not allowed");
  });
});

describe("portability notes", () => {
  function notesOf(text: string) {
    const source = createEventSource(text);
    while (source.next().type !== "stream-end");
    return source.notes.map((note) => ({ text: text.slice(note.start, note.end), message: note.message }));
  }

  it("reads the manila CSI command as kubectl does, and notes the shallow continuation line", () => {
    const text = [
      "spec:",
      "  containers:",
      "    - name: csi",
      "      image: x",
      "      command: [",
      '        "/bin/sh", "-c",',
      "        'rm -rf /a",
      "      /b'",
      "        ]",
      "    - name: other",
      "      image: y",
      "",
    ].join("\n");
    expect(trace(text)).toBe(
      "+STR | +DOC | +MAP | =VAL :spec | +MAP | =VAL :containers | +SEQ | +MAP | =VAL :name | =VAL :csi | =VAL :image | =VAL :x | =VAL :command | +SEQ [] | =VAL \"/bin/sh | =VAL \"-c | =VAL 'rm -rf /a /b | -SEQ | -MAP | +MAP | =VAL :name | =VAL :other | =VAL :image | =VAL :y | -MAP | -SEQ | -MAP | -MAP | -DOC | -STR",
    );
    expect(notesOf(text)).toEqual([
      {
        text: "/b'",
        message:
          "this quoted scalar continues on a line indented no deeper than its key: kubectl reads it, but YAML 1.2 parsers (yamllint, Helm, most editors) reject it",
      },
    ]);
  });

  it("notes a quoted scalar continued at its key's column, not one indented deeper", () => {
    expect(notesOf('m:\n  k: "multi\n  line"\n').map((note) => note.text)).toEqual(['line"']);
    expect(notesOf('m:\n  k: "multi\n    line"\n')).toEqual([]);
    expect(notesOf('k: "multi\n    line"\n')).toEqual([]);
  });

  it("does not note an escaped line break continued at column 1 of a top-level key", () => {
    expect(trace('k: "a\\\n b"\n')).toContain('=VAL "ab');
    expect(notesOf('k: "a\\\n b"\n')).toEqual([]);
    expect(notesOf('m:\n  k: "a\\\nb"\n').map((note) => note.text)).toEqual(['b"']);
  });

  it("notes flow collection lines at the key's column and tab indentation, but not a closing bracket", () => {
    expect(notesOf("m:\n  k: [a,\n  b]\n").map((note) => note.text)).toEqual(["b]"]);
    expect(notesOf("m:\n  k: [a,\n\tb]\n")[0].message).toContain("a tab is not indentation");
    expect(notesOf("m:\n  k: [a,\n    b\n  ]\n")).toEqual([]);
  });

  it("notes a comment with no space before it, and the \\' escape", () => {
    expect(notesOf('a: "x"#c\n').map((note) => note.text)).toEqual(["#c"]);
    expect(notesOf("a: x#c\n")).toEqual([]);
    expect(notesOf('a: "it\\\'s"\n').map((note) => note.text)).toEqual(["\\'"]);
  });

  it("finds nothing to note in the corpus", () => {
    let documents = 0;
    for (const file of readdirSync(corpusDaemonSets).filter((name) => name.endsWith(".yaml"))) {
      const text = readFileSync(join(corpusDaemonSets, file), "utf8");
      const source = createEventSource(text);
      while (source.next().type !== "stream-end") documents++;
      expect(source.notes, file).toEqual([]);
    }
    expect(documents).toBeGreaterThan(0);
  });
});
