import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { checkBlockDocument, outlineBlockDocument, readBlockDocument } from "../src/load/block-reader.js";
import { REFERENCED_OUTLINE, referencedObjectOf, referencedObjectOfOutline } from "../src/load/referenced.js";
import { parseManifests } from "../src/load/parse.js";
import { isSkippableDocument } from "../src/load/prescan.js";
import { chunkText, kubectlChunks } from "../src/load/yaml/stream.js";
import { corpusDir } from "./data.js";
import { fastReaderDifferences } from "./helpers.js";

// The block reader (src/load/block-reader.ts) must give exactly what the
// full reader (load/yaml/, go-yaml's reading) gives, or decline. These tests
// read the same text both ways and compare everything a check sees: values,
// findings, document lines, and the source range of every field.

/** The documents of a stream as kubectl cuts it, each with whether it goes undecoded. */
function segments(text: string): Array<{ part: string; skip: boolean }> {
  return kubectlChunks(text).chunks.map((chunk) => ({ part: chunkText(text, chunk), skip: isSkippableDocument(text, chunk.start, chunk.end) }));
}

const root = resolve(import.meta.dirname, "..");
// Real manifests from public projects (attribution in test/corpus/SOURCES.md).
const corpus = corpusDir;

function manifestFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...manifestFiles(path));
    else if (/\.(ya?ml|json)$/.test(entry)) out.push(path);
  }
  return out;
}

const accepted = (text: string) => readBlockDocument(text) !== undefined;
const checked = (text: string) => checkBlockDocument(text) !== undefined;
/** A document of a kind no check reads (load/prescan.ts): the block reader only checks its syntax. */
const configMap = (body: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n${body}`;

/** Random edits (characters YAML cares about, indentation changes, moved and deleted lines) from a fixed seed, so a failure reproduces. */
function mutator(seed: number) {
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const inserts = [" ", ":", "-", "#", "'", '"', "\n", "[", "]", "{", "}", "|", ">", "&", "*", "!", "\t", ",", "?", "\\", "%", "@", "~", "0", "y", ".", "\n  ", "\n- ", ": ", " #", "|-\n", ">+\n", "<<: {}", "&a ", "*a", "[\n", "\n]", ",\n  ", "{a: b}"];
  const mutate = (input: string): string => {
    let text = input;
    for (let k = 1 + Math.floor(random() * 3); k > 0; k--) {
      const r = random();
      const at = Math.floor(random() * text.length);
      const lines = text.split("\n");
      const line = Math.floor(random() * lines.length);
      if (r < 0.12) {
        // Anchor one value and alias it from a later one.
        const values = lines.flatMap((l, i) => {
          const m = /^(\s*(?:- )?[\w./-]+:|\s*-) (\S.*)$/.exec(l);
          return m ? [{ i, head: m[1]!, rest: m[2]! }] : [];
        });
        const [a, b] = [pick(values), pick(values)].sort((x, y) => (x?.i ?? 0) - (y?.i ?? 0));
        if (a && b && a.i !== b.i) {
          lines[a.i] = `${a.head} &x${k} ${a.rest}`;
          lines[b.i] = `${b.head} *x${k}`;
          text = lines.join("\n");
        }
      } else if (r < 0.3) text = text.slice(0, at) + pick(inserts) + text.slice(at);
      else if (r < 0.5) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(random() * 3));
      else {
        if (r < 0.65) lines[line] = " ".repeat(Math.floor(random() * 3)) + lines[line]!.replace(/^ {0,2}/, "");
        else if (r < 0.75) lines.splice(line, 0, pick(lines));
        else if (r < 0.85) lines.splice(line, 1);
        else {
          const other = Math.floor(random() * lines.length);
          [lines[line], lines[other]] = [lines[other]!, lines[line]!];
        }
        text = lines.join("\n");
      }
    }
    return text;
  };
  return { random, pick, mutate };
}

describe("block reader: the same reading as go-yaml's", () => {
  it.each([
    ["plain, quoted and empty values", 'kind: A # c\nempty:\nnull-ish: ~\nq: "x\\ty\\u00e9"\ns: \'it\'\'s\'\nn: 0755\nb: yes\n'],
    ["nested mappings and sequences, indented or not", "a:\n  b:\n    c: 1\nlist:\n- x\n- y: 1\n  z: [1, two, \"3\"]\nother:\n  - p\n  -\n  - # c\n  - {}\n"],
    ["keys that YAML 1.1 reads differently", 'on: 1\n"n": 3\n1: 4\n0x10: 5\n1.5: 6\n'],
    ["a compact mapping in a sequence at a deeper column", "items:\n-   name: a\n    value: b\n-   name: c\n"],
    ["literal block scalars with each chomping", "a: |\n  x\n\n  y\n\nb: |-\n    q\n\nc: |+\n  k\n\n\nd: | # comment\n  z\n"],
    ["folded block scalars", "a: >\n  one\n  two\n\n  three\nb: >-\n  x\n\n\n  y\n\nc: x\n"],
    ["multi-line plain scalars", "command:\n- sh\n- set -e;\n  if true; then\n\n    echo hi;\n  fi\nafter: 1\n"],
    ["a scalar or flow collection below its key (as Helm writes it)", "securityContext:\n  {}\nresources:\n    []\nname:\n  value\nlist:\n-\n  {a: 1, b: \"2\"}\n"],
    ["a document marker, comments and blank lines around the content", "--- # first\n\n# lead\napiVersion: v1\n\nkind: List\nitems:\n- kind: A\n  metadata: {name: a}\n# trail\n\n"],
    ["values dropped as null, and __proto__ kept as data", "a: null\nb:\n__proto__: x\nlist: [null, ~]\n"],
    ["a value at the end of the text without a line break", "a:\n  b: c"],
    ["anchors and aliases, shared as the full path shares them", "a: &x 1\nm: &m\n  k: v\nl:\n- &s [1, 2]\n- *x\n- *m\nn: &n\nb: *s\nc: *n\n"],
    ["flow collections over several lines, with comments and a trailing comma", "args: [\n  \"-c\", /etc/f.yml, # config\n  -e,\n]\nx:\n  e: {\n    a: 1\n  }\n  f: [\n  ]\n"],
    ["plain scalars that start with : or ?", "value: :2112\nother: ?x\n"],
  ])("%s", (_name, text) => {
    expect(accepted(text)).toBe(true);
    expect(fastReaderDifferences(text, "m.yaml")).toEqual([]);
  });

  it.each([
    ["an alias to an unknown anchor", "a: *x\n"],
    ["an anchor on a mapping key", "- &a k: v\n"],
    ["a merge key", "base: {a: 1}\nm:\n  <<: {a: 2}\n"],
    ["a tag", "a: !!str 1\n"],
    ["a duplicate key", "a: 1\na: 2\n"],
    ["keys that YAML 1.1 reads as the same", "on: 1\ny: 2\n"],
    ["a tab in the indentation", "a:\n\tb: 1\n"],
    ["CR line ends", "a: 1\r\nb: 2\r\n"],
    ["a flow collection line not indented past its key", "x:\n  a: [\n  1]\n"],
    ["a nested flow collection", "a: [[1]]\n"],
    ["a multi-line quoted scalar", 'a: "one\n  two"\n'],
    ["a nested sequence on the dash's line", "a:\n- - x\n"],
    ["an explicit key", "? a\n: b\n"],
    ["an indentation indicator", "a: |2\n   x\n"],
    ["a syntax error: bad indentation", "a:\n  b: 1\n   c: 2\n"],
    ["a syntax error: a nested mapping on one line", "a: b: c\n"],
    ["a syntax error: text after a quoted scalar", 'a: "b" c\n'],
    ["a syntax error: an unclosed quote", 'a: "b\n'],
    ["a scalar document", "just text\n"],
    ["a sequence document", "- a\n- b\n"],
    ["a part with only comments", "# only a comment\n\n"],
    ["an empty document after a marker", "--- # c\n\n# only a comment\n"],
    ["an empty document between two others", "a: 1\n---\n---\nb: 2\n"],
  ])("declines %s, and the file still reads as go-yaml reads it", (_name, text) => {
    expect(accepted(text)).toBe(false);
    expect(fastReaderDifferences(text, "m.yaml")).toEqual([]);
  });
});

describe("block reader, checking only: valid exactly when the yaml package finds no syntax error and no duplicate key", () => {
  it.each([
    ["multi-line quoted scalars (CRD descriptions, CEL rules)", "data:\n  a: 'one\n    two''s\n\n    three'\n  b: \"x\n   y\\t\" # c\nlist:\n- 'one\n  two'\n-\n  \"p\n  q\"\n"],
    ["continuation lines of a plain scalar that start with indicators", "data:\n  d: a list\n    - one\n    [two] {three}\n    'four' \"five\" *six &seven !eight %nine @ten |x >y\n"],
    ["blank lines with spaces in a block scalar, and an empty block scalar", "data:\n  a: |\n    x\n        \n    y\n  b: >\n  c: |-\n\n  d: 1\n"],
    ["CRLF line ends", "data:\r\n  a: 'one\r\n    two'\r\n  b: |\r\n    x\r\n"],
    ["quoted keys", "data:\n  'a.conf': 1\n  \"b\\u0041\": 2\n  c: {'x': 1, \"y\": 2}\n"],
  ])("checks %s itself", (_name, body) => {
    const text = configMap(body);
    expect(checked(text)).toBe(true);
    expect(parseManifests(text, "m.yaml", { fastReader: false }).findings).toEqual([]);
    expect(fastReaderDifferences(text, "m.yaml")).toEqual([]);
  });

  it.each([
    ["a quoted scalar continued at its key's column", "data:\n  a: 'one\n  two'\n"],
    ["a quoted key over two lines", "data:\n  'a\n   b': 1\n"],
    ["text after a multi-line quoted scalar", "data:\n  a: 'one\n    two' three\n"],
    ["a duplicate key", "data:\n  a: 1\n  a: 2\n"],
    ["a duplicate key, once quoted", "data:\n  a: 1\n  'a': 2\n"],
    ["a duplicate key in a flow mapping, quoted", "data: {\"a\": 1, 'a': 2}\n"],
    ["keys that YAML 1.1 reads as the same", "data:\n  on: 1\n  true: 2\n"],
    ["a syntax error: bad indentation", "data:\n  a: 1\n   b: 2\n"],
    ["a syntax error: an unclosed quote", "data:\n  a: 'one\n"],
    ["a lone CR", "data:\r  a: 1\n"],
  ])("declines %s, and the file still reads as go-yaml reads it", (_name, body) => {
    const text = configMap(body);
    expect(checked(text)).toBe(false);
    expect(fastReaderDifferences(text, "m.yaml")).toEqual([]);
  });
});

describe("block reader, outline: a ConfigMap's or Secret's names and data keys, its values never decoded", () => {
  const outline = (text: string) => {
    const found = outlineBlockDocument(text, REFERENCED_OUTLINE);
    return found && referencedObjectOfOutline(found);
  };
  const secret = (body: string) => `apiVersion: v1\nkind: Secret\n${body}`;

  it.each([
    ["a block metadata and data", secret("metadata:\n  name: tls\n  namespace: ingress\ntype: kubernetes.io/tls\ndata:\n  tls.crt: QUJD\n  'tls.key': REVG\nstringData:\n  ca.crt: |\n    -----BEGIN\n")],
    ["flow metadata, an empty data", secret("metadata: {name: \"tls\", namespace: 'ingress'}\ndata: {}\n")],
    ["a ConfigMap's binaryData apart from its data", configMap("data:\n  a: x\nbinaryData:\n  b: QUJD\n")],
    ["data keys YAML 1.1 reads as other text", configMap("data:\n  on: x\n  1_000: y\n  0o17: z\n")],
    ["a data map anchored in the metadata", configMap("data: &d\n  a: x\nbinaryData: *d\n")],
  ])("reads %s as the full reader does", (_name, text) => {
    const found = outline(text);
    expect(found).toBeDefined();
    expect(found).toEqual(referencedObjectOf(parseManifests(text, "m.yaml", { wholeDocuments: true, fastReader: false }).objects[0]!.value));
    expect(fastReaderDifferences(text, "m.yaml")).toEqual([]);
  });

  it("declines metadata that aliases a value anchored where it only checked: the full reader reads it", () => {
    const text = "apiVersion: v1\nkind: ConfigMap\ndata: &d\n  name: c\nmetadata: *d\n";
    expect(checked(text)).toBe(true);
    expect(outlineBlockDocument(text, REFERENCED_OUTLINE)).toBeUndefined();
    expect(fastReaderDifferences(text, "m.yaml")).toEqual([]);
  });
});

describe("block reader on the corpus", () => {
  const files = [
    ...manifestFiles(corpus),
    ...manifestFiles(join(root, "test", "fixtures")),
    ...manifestFiles(join(root, "examples")),
  ];

  it("reads every corpus and fixture file exactly as go-yaml does", () => {
    const failures = files.flatMap((file) => fastReaderDifferences(readFileSync(file, "utf8"), "m.yaml").slice(0, 3).map((d) => `${file}: ${d}`));
    expect(failures).toEqual([]);
  });

  it("reads most DaemonSet documents itself (otherwise checking is several times slower)", () => {
    let documents = 0;
    let read = 0;
    for (const file of manifestFiles(join(corpus, "daemonsets"))) {
      const text = readFileSync(file, "utf8");
      for (const { part, skip } of segments(text)) {
        if (skip || !/^kind: *DaemonSet/m.test(part)) continue;
        documents++;
        if (accepted(part)) read++;
      }
    }
    expect(documents).toBeGreaterThan(100);
    expect(read / documents).toBeGreaterThan(0.9);
  });

  it("checks nearly every document it does not decode itself (two thirds of the bytes)", () => {
    let documents = 0;
    let read = 0;
    for (const file of manifestFiles(join(corpus, "daemonsets"))) {
      const text = readFileSync(file, "utf8");
      for (const { part, skip } of segments(text)) {
        if (!skip) continue;
        documents++;
        if (checked(part)) read++;
      }
    }
    expect(documents).toBeGreaterThan(300);
    expect(read / documents).toBeGreaterThan(0.95);
  });

  it("agrees with go-yaml's reading of mutated copies of documents it only checks, with LF or CRLF line ends", () => {
    const { random, pick, mutate } = mutator(20260417);
    const documents: string[] = [];
    for (const file of manifestFiles(join(corpus, "daemonsets"))) {
      const text = readFileSync(file, "utf8");
      for (const { part, skip } of segments(text)) {
        if (skip && part.length < 12_000 && checked(part)) documents.push(part);
      }
    }
    const failures: string[] = [];
    let read = 0;
    for (let run = 0; run < 1000 && failures.length < 3; run++) {
      const mutated = mutate(pick(documents));
      const text = random() < 0.25 ? mutated.replace(/\n/g, "\r\n") : mutated;
      if (checked(text)) read++;
      const found = fastReaderDifferences(text, "m.yaml");
      if (found.length > 0) failures.push(`${JSON.stringify(text)}\n  ${found.slice(0, 3).join("\n  ")}`);
    }
    expect(failures).toEqual([]);
    expect(read).toBeGreaterThan(200);
  });

  it("agrees with go-yaml's reading of mutated copies of corpus documents", () => {
    const { pick, mutate } = mutator(20261122);
    const documents: string[] = [];
    for (const file of manifestFiles(join(corpus, "daemonsets"))) {
      const text = readFileSync(file, "utf8");
      for (const { part, skip } of segments(text)) {
        if (!skip && part.length < 12_000 && accepted(part)) documents.push(part);
      }
    }
    const failures: string[] = [];
    let read = 0;
    for (let run = 0; run < 1000 && failures.length < 3; run++) {
      const text = mutate(pick(documents));
      if (accepted(text)) read++;
      const found = fastReaderDifferences(text, "m.yaml");
      if (found.length > 0) failures.push(`${JSON.stringify(text)}\n  ${found.slice(0, 3).join("\n  ")}`);
    }
    expect(failures).toEqual([]);
    // The mutations must leave the block reader plenty to read, or the comparison proves little.
    expect(read).toBeGreaterThan(200);
  });
});
