import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { readJsonDocument } from "../src/load/json-reader.js";
import { parseManifests } from "../src/load/parse.js";
import { LineIndex } from "../src/load/line-index.js";
import { DocumentSourceMap } from "../src/load/positions.js";
import { decodeDocument } from "../src/load/yaml/decode.js";
import { chunkText, kubectlChunks, looksLikeJson } from "../src/load/yaml/stream.js";
import { corpusDaemonSets, corpusDir } from "./data.js";
import { fastReaderDifferences, pathsOf } from "./helpers.js";
import { readAllYamlVectors } from "./yaml-compare.js";

// The JSON reader (src/load/json-reader.ts) must give exactly what the full
// reader (load/yaml/decode.ts, go-yaml's reading) gives, or decline. These
// tests read the same text both ways and compare the value, the document's
// offsets and, for every path into the value, its source range, its key's
// range and how its scalar was written.

/** The text the readers get for a whole file read as one document (load/parse.ts). */
function partOf(input: string): string {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  return chunkText(text, { start: 0, end: text.length, line: 0 });
}

/** A fixed-seed generator, so that a failure reproduces. */
function randomFrom(seed: number) {
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  return { random, pick };
}

/**
 * Reads a text both ways: "declined", or "accepted" once everything agrees;
 * a disagreement throws with what differs. `order` shuffles the lookups, so
 * that List items are expanded again after others pushed them out.
 */
function compareReaders(input: string, order?: () => number): "accepted" | "declined" {
  const part = partOf(input);
  const fast = readJsonDocument(part);
  if (!fast) return "declined";
  const full = decodeDocument(part);
  const label = JSON.stringify(input.length > 300 ? `${input.slice(0, 300)}…` : input);
  expect(full.problem, `the full reader fails where the JSON reader accepts: ${label}`).toBeUndefined();
  expect(full.duplicates, label).toEqual([]);
  expect(full.notes, label).toEqual([]);
  expect(full.endMarker, label).toBeUndefined();
  expect(isDeepStrictEqual(fast.value, full.value), `value of ${label}`).toBe(true);
  expect(JSON.stringify(fast.value), `key order of ${label}`).toBe(JSON.stringify(full.value));
  expect([fast.start, fast.end], label).toEqual([full.start, full.end]);
  const lines = new LineIndex(part);
  const expected = new DocumentSourceMap(full.root, lines, [full.start, full.end]);
  const got = new DocumentSourceMap(fast.root, lines, [fast.start, fast.end]);
  const paths = pathsOf(full.value);
  if (order) paths.sort(() => order() - 0.5);
  const differences: string[] = [];
  for (const path of paths) {
    const same = (what: string, a: unknown, b: unknown) => {
      if (!isDeepStrictEqual(a, b)) differences.push(`${what} of ${JSON.stringify(path)}: full ${JSON.stringify(a)}, JSON reader ${JSON.stringify(b)}`);
    };
    same("range", expected.locate(path), got.locate(path));
    same("key range", expected.locate(path, true), got.locate(path, true));
    same("scalar", expected.scalar(path), got.scalar(path));
    if (differences.length > 5) break;
  }
  expect(differences, label).toEqual([]);
  return "accepted";
}

function filesUnder(dir: string, pattern: RegExp): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) out.push(...filesUnder(path, pattern));
    else if (pattern.test(entry)) out.push(path);
  }
  return out;
}

/** The objects of the corpus's DaemonSet files, as the full reader decodes them: material for JSON texts. */
function corpusObjects(): unknown[] {
  const objects: unknown[] = [];
  for (const file of filesUnder(corpusDaemonSets, /\.ya?ml$/)) {
    for (const object of parseManifests(readFileSync(file, "utf8"), file, { fastReader: false }).objects) objects.push(object.value);
  }
  return objects;
}

/** A DaemonSet as `kubectl get ds -o json` prints it. */
function kubectlDaemonSet(i: number): unknown {
  const name = `agent-${i}`;
  const applied = { apiVersion: "apps/v1", kind: "DaemonSet", metadata: { annotations: {}, name, namespace: "kube-system" }, spec: { template: { spec: { containers: [{ name: "agent", image: "registry.example/agent:1.2" }] } } } };
  return {
    apiVersion: "apps/v1",
    kind: "DaemonSet",
    metadata: {
      annotations: { "deprecated.daemonset.template.generation": "1", "kubectl.kubernetes.io/last-applied-configuration": `${JSON.stringify(applied)}\n` },
      creationTimestamp: "2024-05-01T10:00:00Z",
      generation: 1,
      labels: { "app.kubernetes.io/name": name },
      name,
      namespace: "kube-system",
      resourceVersion: String(1000 + i),
      uid: `6f1c3a52-8d0e-4b7a-9c1e-${String(i).padStart(12, "0")}`,
    },
    spec: {
      revisionHistoryLimit: 10,
      selector: { matchLabels: { "app.kubernetes.io/name": name } },
      template: {
        metadata: { creationTimestamp: null, labels: { "app.kubernetes.io/name": name } },
        spec: {
          containers: [
            {
              args: ["--v=2", "--listen=0.0.0.0:8080", "--note=<a & b>"],
              image: "registry.example/agent:1.2",
              imagePullPolicy: "IfNotPresent",
              name: "agent",
              ports: [{ containerPort: 8080, hostPort: 8080, protocol: "TCP" }],
              resources: { limits: { cpu: "500m", memory: "128Mi" }, requests: { cpu: 0.1, memory: "64Mi" } },
              securityContext: { privileged: false, runAsUser: 65534 },
              terminationMessagePath: "/dev/termination-log",
              terminationMessagePolicy: "File",
            },
          ],
          dnsPolicy: "ClusterFirst",
          nodeSelector: { "kubernetes.io/os": "linux" },
          restartPolicy: "Always",
          schedulerName: "default-scheduler",
          securityContext: {},
          terminationGracePeriodSeconds: 30,
          tolerations: [{ effect: "NoSchedule", operator: "Exists" }],
        },
      },
      updateStrategy: { rollingUpdate: { maxSurge: 0, maxUnavailable: 1 }, type: "RollingUpdate" },
    },
    status: { currentNumberScheduled: 3, desiredNumberScheduled: 3, numberAvailable: 3, numberMisscheduled: 0, numberReady: 3, observedGeneration: 1, updatedNumberScheduled: 3 },
  };
}

function kubectlList(count: number): unknown {
  return { apiVersion: "v1", items: Array.from({ length: count }, (_, i) => kubectlDaemonSet(i)), kind: "List", metadata: { resourceVersion: "" } };
}

/** Go's encoding/json escapes <, > and & in strings, and kubectl prints with four spaces. */
function goJson(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/[<>&]/g, (c) => `\\u00${c.charCodeAt(0).toString(16)}`);
}

// Material for mutations: what JSON and YAML might read differently.
const WHITESPACE = [" ", "\n", "\t", "\r", "\r\n", "\n\n    ", "\u2028", "\u2029", "\u0085", "\u00a0", "\ufeff", "\u000b", "\u000c"];
const STRINGS = ["\\/", "a\\/b", "\\ud83d\\ude00", "\\ud83d", "\\ude00", "😀", "\ud83d", "\u2028", "\u0085", "é", "\\u00e9", "\\u2028", "\\u0085", "\\u0000", "\\t\\n\\r\\b\\f", '\\"', "\\\\", "#", ": ", "- x", "{", "&a", "*a", "!!int", "\u007f", "\u0080", "\u009f", "\ufffe", "\uffff", "\ufffd", "\ufeff", "x".repeat(1100), "\\u003c\\u003e\\u0026", "true", "1", "~", "null", "yes", "---", "..."];
const NUMBERS = ["0", "1", "-1", "1e5", "1E5", "1.5e-3", "1.5E+3", "-0", "-0.0", "-0.00", "0.0", "1.0", "1.50", "0.1", "-0.5", "123456789012345", "1234567890123456", "12345678901234567890", "9007199254740993", "0.123456789012345", "0.1234567890123456", "true", "false", "null", "[]", "{}", "[1,[2,[3]]]", '{"a":{"b":[]}}', "[ ]", "{ }"];
const KEYS = ["a", "", "__proto__", "constructor", "1", "01", "-1", "1.5", "true", "on", "y", "~", "null", "<<", "a b", "a: b", "#", "é", "\\u0061", "\\u00e9", "\\/", "😀", "\\ud83d\\ude00", "k\\\"q"];

/** A key `length` characters long, or one followed by spaces up to its colon. */
function longKeyEntry(length: number, spaced: boolean): string {
  return spaced ? `"k"${" ".repeat(length - 3)}: 1` : `"${"k".repeat(length - 2)}": 1`;
}

function nested(depth: number, object: boolean): string {
  return object ? `${'{"a":'.repeat(depth)}1${"}".repeat(depth)}` : `${"[".repeat(depth)}1${"]".repeat(depth)}`;
}

/** Positions where JSON allows whitespace: after `{ [ , :` and before `} ] ,`. */
function tokenBoundaries(text: string): number[] {
  const out: number[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') {
        inString = false;
        out.push(i + 1);
      }
      continue;
    }
    if (c === '"') {
      inString = true;
      out.push(i);
    } else if ("{[,:".includes(c)) out.push(i + 1);
    else if ("}],".includes(c)) out.push(i);
  }
  return out;
}

/** Offsets of the string values (not keys) of a JSON text: [start of content, end of content]. */
function stringValues(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const m of text.matchAll(/"((?:[^"\\]|\\.)*)"(\s*:)?/g)) {
    if (!m[2]) out.push([m.index + 1, m.index + 1 + m[1]!.length]);
  }
  return out;
}

function mutator(seed: number) {
  const { random, pick } = randomFrom(seed);
  const at = <T>(items: readonly T[]): T | undefined => (items.length ? pick(items) : undefined);
  const insert = (text: string, offset: number, what: string) => text.slice(0, offset) + what + text.slice(offset);
  const mutate = (input: string): string => {
    let text = input;
    for (let k = 1 + Math.floor(random() * 2); k > 0; k--) {
      const r = random();
      if (r < 0.15) {
        const offset = at(tokenBoundaries(text));
        if (offset !== undefined) text = insert(text, offset, pick(WHITESPACE));
      } else if (r < 0.3) {
        const range = at(stringValues(text));
        if (range) {
          const where = range[0] + Math.floor(random() * (range[1] - range[0] + 1));
          // Not inside an escape.
          if (!/\\[^"]?$|\\u[0-9a-fA-F]{0,3}$/.test(text.slice(range[0], where))) text = insert(text, where, pick(STRINGS));
        }
      } else if (r < 0.45) {
        // A value replaced by a number, word or collection.
        const m = at([...text.matchAll(/:\s*("(?:[^"\\]|\\.)*"|-?[0-9][0-9.eE+-]*|true|false|null)/g)]);
        if (m) {
          const start = m.index + m[0].length - m[1]!.length;
          text = text.slice(0, start) + pick(NUMBERS) + text.slice(start + m[1]!.length);
        }
      } else if (r < 0.6) {
        // A key given again at the start of its object, as written or escaped otherwise.
        const m = at([...text.matchAll(/\{\s*"((?:[^"\\]|\\.)*)"\s*:/g)]);
        if (m) {
          const key = m[1]!;
          const again = random() < 0.5 || key === "" ? key : `\\u${key.charCodeAt(0).toString(16).padStart(4, "0")}${key.slice(1)}`;
          text = insert(text, m.index + 1, `"${again}": ${pick(NUMBERS)}, `);
        }
      } else if (r < 0.7) {
        // A new key in an object.
        const m = at([...text.matchAll(/\{/g)]);
        if (m) text = insert(text, m.index + 1, `"${pick(KEYS)}": ${pick(NUMBERS)},`);
      } else if (r < 0.78) {
        // A line break between a key and its colon, or after the colon.
        const m = at([...text.matchAll(/"\s*:/g)]);
        if (m) text = insert(text, random() < 0.5 ? m.index + 1 : m.index + m[0].length, pick(["\n", " \n ", "\n\t"]));
      } else if (r < 0.84) {
        const m = at([...text.matchAll(/\{/g)]);
        const length = pick([999, 1000, 1001, 1002, 1023, 1024, 1025, 1026, 1100]);
        if (m) text = insert(text, m.index + 1, `${longKeyEntry(length, random() < 0.5)},`);
      } else if (r < 0.88) {
        const m = at([...text.matchAll(/:/g)]);
        if (m) text = insert(text, m.index + 1, `${nested(pick([2, 50, 97, 98, 99, 100, 101, 102, 120]), random() < 0.5)},"z":`);
      } else if (r < 0.93) {
        // Whitespace before or after the document.
        text = random() < 0.5 ? pick(["\t", "\n", "  ", "\r\n", "\ufeff", "\n\t"]) + text : text + pick(["\t", "\n\n", "  \n", "\r", "\t\n", "\n\t\n", " x"]);
      } else {
        // A character inserted or deleted anywhere.
        const offset = Math.floor(random() * text.length);
        text = random() < 0.5 ? insert(text, offset, pick(["{", "}", "[", "]", ",", ":", '"', "\\", "0", "-", ".", "e", "x", " "])) : text.slice(0, offset) + text.slice(offset + 1);
      }
    }
    return text;
  };
  return { random, pick, mutate };
}

describe("JSON reader: the same reading as go-yaml's", () => {
  it.each([
    ["an empty object", "{}"],
    ["one line, no spaces", '{"a":1,"b":"x","c":[true,false,null],"d":{}}'],
    ["pretty-printed", '{\n  "a": 1,\n  "b": [\n    "x",\n    {\n      "c": null\n    }\n  ],\n  "e": []\n}\n'],
    ["tabs inside the object", '{\n\t"a":\t1,\n\t"b": [\n\t\t2\n\t]\n}'],
    ["spaces and lines around the object", '\n\n   {"a": 1}   \n\n'],
    ["CRLF line ends", '{\r\n  "a": 1,\r\n  "b": "x"\r\n}\r\n'],
    ["spaces before a colon, line breaks after it and around commas", '{"a"   : \n 1\n , "b":\n[1\n,2\n]}'],
    ["lines starting at the first column: keys, strings, negative numbers", '{\n"a":\n[\n-1,\n-0.5,\n"---",\n"..."\n],\n"b":\n{\n}\n}'],
    ["escapes", '{"a": "x\\ty\\n\\"q\\"\\\\ \\u00e9 \\u003c \\b\\f\\r", "\\u0061b": "\\u2028\\u0085"}'],
    ["numbers", '{"a": [0, -1, 1.5, -0.25, 1.0, 10.50, 123456789012345, 0.001]}'],
    ["keys YAML would read otherwise unquoted", '{"on": 1, "y": 2, "1": 3, "01": 4, "null": 5, "~": 6, "<<": {"a": 1}, "": 7}'],
    ["__proto__ as data", '{"__proto__": {"a": 1}, "constructor": 2}'],
    ["non-ASCII text", '{"é": "日本語 😀 \u00a0"}'],
    ["a key 1,000 characters up to its colon", `{${longKeyEntry(1000, false)}, ${longKeyEntry(1000, true)}}`],
    ["100 levels of nesting", `{"a": ${nested(99, false)}}`],
    ["a List", JSON.stringify({ apiVersion: "v1", kind: "List", items: [{ kind: "A", metadata: { name: "a" } }, 1, "x", [2], { kind: "B" }], metadata: {} })],
    ["a List without items", '{"kind": "List", "items": []}'],
  ])("accepts %s", (_name, text) => {
    expect(compareReaders(text)).toBe("accepted");
    expect(fastReaderDifferences(text, "m.json")).toEqual([]);
  });

  it.each([
    ["text that is not JSON", "{a: 1}"],
    ["a trailing comma", '{"a": 1,}'],
    ["a second document", '{"a": 1}\n---\n{"b": 2}\n'],
    ["an escaped slash", '{"a": "x\\/y"}'],
    ["an escaped surrogate pair", '{"a": "\\ud83d\\ude00"}'],
    ["a lone surrogate", '{"a": "\ud83d"}'],
    ["a duplicate key", '{"a": 1, "a": 2}'],
    ["a duplicate key written with an escape", '{"a": 1, "\\u0061": 2}'],
    ["a duplicate key deep down", '{"a": [{"b": {"c": 1, "d": 2, "c": 3}}]}'],
    ["an exponent", '{"a": 1e5}'],
    ["a negative zero", '{"a": -0}'],
    ["a negative zero with a fraction", '{"a": -0.0}'],
    ["more than 15 digits", '{"a": 1234567890123456}'],
    ["a CR alone", '{"a": 1,\r"b": 2}'],
    ["a tab before the object", '\t{"a": 1}'],
    ["a tab after the object", '{"a": 1}\n\t\n'],
    ["U+2028 in a string", '{"a": "x\u2028y"}'],
    ["U+0085 in a string", '{"a": "x\u0085y"}'],
    ["U+FEFF in a string", '{"a": "x\ufeffy"}'],
    ["DEL in a string", '{"a": "x\u007fy"}'],
    ["a line break between a key and its colon", '{"a"\n: 1}'],
    ["a key more than 1,000 characters up to its colon", `{${longKeyEntry(1001, false)}}`],
    ["spaces that take a key's colon past 1,000 characters", `{${longKeyEntry(1001, true)}}`],
    ["nesting deeper than 100 levels", `{"a": ${nested(100, false)}}`],
  ])("declines %s, and the file still reads as go-yaml reads it", (_name, text) => {
    expect(compareReaders(text)).toBe("declined");
    expect(fastReaderDifferences(text, "m.json")).toEqual([]);
  });

  it("accepts what kubectl get -o json prints, pretty and on one line", () => {
    for (const text of [goJson(kubectlList(3), 4), goJson(kubectlList(3)), goJson(kubectlDaemonSet(7), 4), `${goJson(kubectlList(2), 4)}\n`]) {
      expect(readJsonDocument(partOf(text)), text.slice(0, 200)).toBeDefined();
      expect(compareReaders(text)).toBe("accepted");
      expect(fastReaderDifferences(text, "m.json")).toEqual([]);
    }
  });

  it("agrees on the corpus's JSON files", () => {
    const files = filesUnder(corpusDir, /\.json$/);
    expect(files.length).toBeGreaterThan(0);
    let accepted = 0;
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      if (compareReaders(text) === "accepted") accepted++;
      expect(fastReaderDifferences(text, "m.json"), file).toEqual([]);
    }
    expect(accepted).toBeGreaterThan(0);
  });

  it("agrees on every document of the YAML vectors that looks like JSON, and on their values written as JSON", { timeout: 120_000 }, () => {
    let accepted = 0;
    let texts = 0;
    for (const vector of readAllYamlVectors()) {
      const input = vector.input.charCodeAt(0) === 0xfeff ? vector.input.slice(1) : vector.input;
      for (const chunk of kubectlChunks(input).chunks) {
        const part = chunkText(input, chunk);
        if (!looksLikeJson(part)) continue;
        texts++;
        if (compareReaders(part) === "accepted") accepted++;
      }
      for (const document of vector.expect.documents) {
        if (typeof document.json !== "object" || document.json === null || Array.isArray(document.json)) continue;
        const pretty = texts % 4 === 0 ? [JSON.stringify(document.json, null, 2)] : [];
        for (const text of [JSON.stringify(document.json), ...pretty]) {
          texts++;
          if (compareReaders(text) === "accepted") accepted++;
        }
      }
    }
    expect(texts).toBeGreaterThan(1000);
    expect(accepted).toBeGreaterThan(texts / 2);
  });

  it("agrees on thousands of mutated JSON texts", { timeout: 240_000 }, () => {
    const objects = corpusObjects();
    expect(objects.length).toBeGreaterThan(50);
    const { random, pick, mutate } = mutator(20240611);
    const results = { accepted: 0, declined: 0 };
    for (let round = 0; round < 4000; round++) {
      const kind = random();
      let value: unknown;
      if (kind < 0.15) value = { apiVersion: "v1", kind: pick(["List", "DaemonSetList"]), items: Array.from({ length: 1 + Math.floor(random() * 6) }, () => pick(objects)), metadata: {} };
      else if (kind < 0.2) value = kubectlList(1 + Math.floor(random() * 3));
      else value = pick(objects);
      const indent = pick([undefined, undefined, 2, 4, "\t", 1]);
      const text = mutate(random() < 0.5 ? goJson(value, typeof indent === "number" ? indent : undefined) : JSON.stringify(value, null, indent));
      const order = random() < 0.3 ? randomFrom(round).random : undefined;
      try {
        results[compareReaders(text, order)]++;
      } catch (err) {
        throw new Error(`round ${round}: ${(err as Error).message}\n${JSON.stringify(text.slice(0, 2000))}`);
      }
      if (round % 40 === 0) expect(fastReaderDifferences(text, "m.json"), `round ${round}`).toEqual([]);
    }
    // Both outcomes well represented: the mutations reach what the reader declines, and much is still accepted.
    expect(results.accepted).toBeGreaterThan(1000);
    expect(results.declined).toBeGreaterThan(1000);
  });

  it("reads a one-line List of 20,000 DaemonSets as the full reader does", { timeout: 120_000 }, () => {
    const { random } = randomFrom(7);
    const items = Array.from({ length: 20_000 }, (_, i) => {
      const labels = { app: `agent-${i % 97}` };
      const container = { name: "agent", image: `registry.example/agent:${i % 5 ? `1.2.${i % 10}` : "latest"}`, ...(i % 2 ? { resources: { limits: { memory: "128Mi" } } } : {}) };
      const pod = { ...(i % 3 ? {} : { hostNetwork: true }), containers: [container] };
      return { apiVersion: "apps/v1", kind: "DaemonSet", metadata: { name: `ds-${i}`, namespace: "kube-system", labels }, spec: { selector: { matchLabels: labels }, template: { metadata: { labels }, spec: pod } } };
    });
    const text = goJson({ apiVersion: "v1", items, kind: "List", metadata: { resourceVersion: "" } });
    expect(readJsonDocument(partOf(text))).toBeDefined();
    const full = parseManifests(text, "list.json", { fastReader: false });
    const fast = parseManifests(text, "list.json");
    expect(fast.findings).toEqual(full.findings);
    expect(fast.documentLines).toEqual(full.documentLines);
    expect(fast.objects.length).toBe(20_000);
    expect(fast.objects.map((o) => o.value)).toEqual(full.objects.map((o) => o.value));
    const differences: string[] = [];
    // A sample of objects, in no particular order, each with every path.
    for (let n = 0; n < 300; n++) {
      const k = Math.floor(random() * items.length);
      const a = full.objects[k]!;
      const b = fast.objects[k]!;
      for (const path of pathsOf(a.value)) {
        if (!isDeepStrictEqual(a.locate(path), b.locate(path))) differences.push(`${k} ${JSON.stringify(path)}`);
        if (!isDeepStrictEqual(a.locate(path, true), b.locate(path, true))) differences.push(`${k} key ${JSON.stringify(path)}`);
        if (!isDeepStrictEqual(a.scalar(path), b.scalar(path))) differences.push(`${k} scalar ${JSON.stringify(path)}`);
      }
    }
    expect(differences.slice(0, 10)).toEqual([]);
  });
});
