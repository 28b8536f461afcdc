import { describe, expect, it } from "vitest";
import { underBase, type FieldEdit, type TextEdit } from "../src/fix/edits.js";
import { applyApiNulls } from "../src/k8s/nulls.js";
import { readBlockDocument } from "../src/load/block-reader.js";
import { readJsonDocument } from "../src/load/json-reader.js";
import { parseManifests } from "../src/load/parse.js";
import type { ManifestObject } from "../src/load/types.js";
import type { Path } from "../src/path.js";

// FieldEdits resolved to text edits (src/fix/resolve.ts) end to end: the
// manifest is parsed, the object's edits() gives text edits, they are
// applied to the file, and the result must read back as the original value
// with the edits applied, keep every comment and every line no edit touches,
// and come out the same whichever reader (JSON, block, the full one) read it.

type Reader = "json" | "block" | "full";

/** The reader parseManifests takes for a one-document text. */
function readerOf(text: string): Reader {
  let part = text.replace(/\r\n/g, "\n");
  if (!part.endsWith("\n")) part += "\n";
  if (readJsonDocument(part)) return "json";
  return readBlockDocument(part) ? "block" : "full";
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** The edits' ranges as offsets, each checked to lie in the text, in order and apart from the others. */
function offsetsOf(text: string, edits: TextEdit[]): Array<[number, number, string]> {
  const starts = lineStarts(text);
  const offset = (line: number, column: number): number => {
    const start = starts[line - 1];
    expect(start, `line ${line}`).toBeDefined();
    const next = starts[line];
    let end = next === undefined ? text.length : next - 1;
    if (text[end - 1] === "\r") end--;
    expect(column - 1, `column ${column} of line ${line}`).toBeLessThanOrEqual(end - start!);
    return start! + column - 1;
  };
  const out: Array<[number, number, string]> = [];
  for (const edit of edits) {
    const start = offset(edit.line, edit.column);
    const end = offset(edit.endLine, edit.endColumn);
    expect(end).toBeGreaterThanOrEqual(start);
    const last = out[out.length - 1];
    if (last) expect(start, "edits sorted and apart").toBeGreaterThanOrEqual(last[1]);
    out.push([start, end, edit.text]);
  }
  return out;
}

function applyTextEdits(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const [start, end, replacement] of offsetsOf(text, edits).reverse()) out = out.slice(0, start) + replacement + out.slice(end);
  return out;
}

/** Lines of `text` no edit reaches into (an insertion at a line's start leaves the line as it is). */
function untouchedLines(text: string, edits: TextEdit[]): string[] {
  const ranges = offsetsOf(text, edits);
  const starts = lineStarts(text);
  const lines: string[] = [];
  starts.forEach((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]! - 1 : text.length;
    const touched = ranges.some(([s, e]) => (s === e ? s > start && s <= end : s <= end && e > start));
    if (!touched) lines.push(text.slice(start, end));
  });
  return lines;
}

function isSubsequence(items: string[], of: string[]): boolean {
  let at = 0;
  for (const item of of) if (at < items.length && items[at] === item) at++;
  return at === items.length;
}

/** The value with the edits applied, as the API sees it; list indices are the original ones (the highest go first). */
function expectedValue(object: ManifestObject, edits: readonly FieldEdit[]): unknown {
  const root: any = { value: structuredClone(object.value) };
  const quoted = new Map(edits.filter((e) => e.op === "quote").map((e) => [e, object.scalar(e.path)!.source]));
  /** The map or list holding the path's last segment, made where missing (a list before an index). */
  const parentOf = (path: Path): any => {
    let at = root;
    let key: string | number = "value";
    for (const segment of path) {
      at[key] ??= typeof segment === "number" ? [] : {};
      at = at[key];
      key = segment;
    }
    return at;
  };
  // Edits inside list items first, then those that move items, the highest index first.
  const indexOf = (e: FieldEdit) => (typeof e.path[e.path.length - 1] === "number" && e.op !== "quote" ? (e.path[e.path.length - 1] as number) : Infinity);
  for (const edit of [...edits].sort((a, b) => indexOf(b) - indexOf(a))) {
    const parent = parentOf(edit.path);
    const last = edit.path[edit.path.length - 1]!;
    if (edit.op === "insert") parent.splice(last, 0, structuredClone(edit.value));
    else if (edit.op === "set") parent[last] = structuredClone(edit.value);
    else if (edit.op === "quote") parent[last] = quoted.get(edit);
    else if (edit.op === "remove") {
      if (Array.isArray(parent)) parent.splice(last as number, 1);
      else delete parent[last];
    } else if (edit.op === "move") {
      const value = parent[last];
      delete parent[last];
      parentOf(edit.to)[edit.to[edit.to.length - 1]!] = value;
    } else if (edit.op === "removeDuplicate") {
      // The last entry is the one read: the value is the same.
    } else {
      const entries = Object.entries(parent).map(([k, v]) => [k === last ? edit.key : k, v]);
      for (const k of Object.keys(parent)) delete parent[k];
      Object.assign(parent, Object.fromEntries(entries));
    }
  }
  applyApiNulls(root.value);
  return root.value;
}

interface FixOptions {
  /** The object of the file the edits are for (default the first). */
  object?: number;
  /** The edits remove lines that hold comments. */
  dropsComments?: boolean;
  /** The rule whose findings the edits make go (the others stay). */
  fixes?: string;
}

/**
 * The file's text once `edits` are made to one of its objects, or undefined
 * when they are refused; the same with every reader, and checked as the
 * file header says.
 */
function fix(text: string, edits: FieldEdit[], options: FixOptions = {}): string | undefined {
  const results = ([{}, { fastReader: false }] as const).map((readOptions) => {
    const loaded = parseManifests(text, "x.yaml", readOptions);
    const object = loaded.objects[options.object ?? 0];
    expect(object, "the object to edit").toBeDefined();
    const textEdits = object!.edits(edits);
    if (!textEdits) return undefined;
    const result = applyTextEdits(text, textEdits);
    const again = parseManifests(result, "x.yaml", readOptions);
    expect(again.findings.map((f) => f.ruleId)).toEqual(loaded.findings.map((f) => f.ruleId).filter((id) => id !== options.fixes));
    expect(again.objects[options.object ?? 0]!.value).toEqual(expectedValue(object!, edits));
    const kept = untouchedLines(text, textEdits);
    expect(isSubsequence(kept, result.split("\n")), "lines no edit touches are kept").toBe(true);
    return { result, textEdits };
  });
  expect(results[1], "the full reader's edits").toEqual(results[0]);
  const result = results[0]?.result;
  if (result !== undefined && !options.dropsComments) {
    // A moved entry's comments move with it, re-indented.
    const moves = edits.some((e) => e.op === "move");
    for (const line of text.split(/\r?\n/)) if (line.trim().startsWith("#")) expect(result).toContain(moves ? line.trim() : line);
  }
  return result;
}

const POD = ["spec", "template", "spec"] as const;
const containers = (...rest: Path): Path => [...POD, "containers", ...rest];

/** A DaemonSet written as `kubectl create` users write them: two-space steps, sequences indented. */
const DS = `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent   # the agent
  labels:
    app: agent
spec:
  template:
    spec:
      # the containers
      containers:
        - name: agent
          image: "example/agent:1.0"
          args: [--v=2, --log]
          securityContext:
            runAsUser: 1000
        - name: sidecar
          image: 'example/side:2'
      volumes:
        - name: data
          hostPath: {path: /var/data}
`;

describe("set on an existing scalar", () => {
  it("keeps the author's quoting: plain, double, single", () => {
    expect(readerOf(DS)).toBe("block");
    const loaded = parseManifests(DS, "ds.yaml");
    expect(loaded.objects[0]!.edits([{ op: "set", path: containers(0, "securityContext", "runAsUser"), value: 0 }])).toEqual([
      { line: 16, column: 24, endLine: 16, endColumn: 28, text: "0" },
    ]);
    expect(fix(DS, [{ op: "set", path: containers(0, "image"), value: "example/agent:1.1" }])).toBe(DS.replace('"example/agent:1.0"', '"example/agent:1.1"'));
    expect(fix(DS, [{ op: "set", path: containers(1, "image"), value: "it's" }])).toBe(DS.replace("'example/side:2'", "'it''s'"));
    expect(fix(DS, [{ op: "set", path: ["metadata", "name"], value: "agent2" }])).toBe(DS.replace("name: agent   #", "name: agent2   #"));
  });

  it("quotes what plain text would read otherwise", () => {
    expect(fix(DS, [{ op: "set", path: ["metadata", "name"], value: "yes" }])).toBe(DS.replace("name: agent   #", 'name: "yes"   #'));
    expect(fix(DS, [{ op: "set", path: ["metadata", "labels", "app"], value: "0755" }])).toBe(DS.replace("app: agent", 'app: "0755"'));
    expect(fix(DS, [{ op: "set", path: ["metadata", "labels", "app"], value: "a: b" }])).toBe(DS.replace("app: agent", 'app: "a: b"'));
    expect(fix(DS, [{ op: "set", path: ["metadata", "labels", "app"], value: "two\nlines" }])).toBe(DS.replace("app: agent", 'app: "two\\nlines"'));
    // A flow list holds no `,` in a plain scalar.
    expect(fix(DS, [{ op: "set", path: containers(0, "args", 1), value: "--a,b" }])).toBe(DS.replace("--log]", '"--a,b"]'));
  });

  it("writes numbers, booleans and null plain whatever the quoting was", () => {
    expect(fix(DS, [{ op: "set", path: containers(0, "image"), value: 3 }])).toBe(DS.replace('"example/agent:1.0"', "3"));
    expect(fix(DS, [{ op: "set", path: containers(1, "image"), value: false }])).toBe(DS.replace("'example/side:2'", "false"));
    expect(fix(DS, [{ op: "set", path: ["metadata", "labels", "app"], value: null }])).toBe(DS.replace("app: agent", "app: null"));
  });

  it("replaces a block scalar, a collection by a scalar, a scalar by a collection", () => {
    const text = "kind: DaemonSet\nspec:\n  script: |\n    echo hi\n    # not a comment\n  resources:\n    limits:\n      cpu: 1\n  tolerations: []\n";
    expect(fix(text, [{ op: "set", path: ["spec", "script"], value: "echo bye" }], { dropsComments: true })).toBe("kind: DaemonSet\nspec:\n  script: echo bye\n  resources:\n    limits:\n      cpu: 1\n  tolerations: []\n");
    expect(fix(text, [{ op: "set", path: ["spec", "resources"], value: {} }])).toBe("kind: DaemonSet\nspec:\n  script: |\n    echo hi\n    # not a comment\n  resources: {}\n  tolerations: []\n");
    expect(fix(text, [{ op: "set", path: ["spec", "tolerations"], value: [{ operator: "Exists" }] }])).toBe(
      "kind: DaemonSet\nspec:\n  script: |\n    echo hi\n    # not a comment\n  resources:\n    limits:\n      cpu: 1\n  tolerations:\n    - operator: Exists\n",
    );
    expect(fix(text, [{ op: "set", path: ["spec", "resources"], value: { requests: { memory: "64Mi" } } }])).toBe(
      "kind: DaemonSet\nspec:\n  script: |\n    echo hi\n    # not a comment\n  resources:\n    requests:\n      memory: 64Mi\n  tolerations: []\n",
    );
  });

  it("in flow collections and JSON, in their style", () => {
    expect(fix(DS, [{ op: "set", path: [...POD, "volumes", 0, "hostPath", "path"], value: "/var/lib/x" }])).toBe(DS.replace("{path: /var/data}", "{path: /var/lib/x}"));
    expect(fix(DS, [{ op: "set", path: [...POD, "volumes", 0, "hostPath"], value: { path: "/x", type: "Directory" } }])).toBe(DS.replace("{path: /var/data}", "{path: /x, type: Directory}"));
    const json = '{"apiVersion": "apps/v1", "kind": "DaemonSet", "spec": {"replicas": 1, "name": "a"}}\n';
    expect(readerOf(json)).toBe("json");
    expect(fix(json, [{ op: "set", path: ["spec", "replicas"], value: "yes" }])).toBe(json.replace('"replicas": 1', '"replicas": "yes"'));
    expect(fix(json, [{ op: "set", path: ["spec", "name"], value: 2 }])).toBe(json.replace('"name": "a"', '"name": 2'));
    expect(fix(json, [{ op: "set", path: ["spec", "name"], value: { b: [1, "c"] } }])).toBe(json.replace('"name": "a"', '"name": {"b": [1, "c"]}'));
  });

  it("edits the last of duplicated keys, which is the one decoded", () => {
    const text = "kind: DaemonSet\nspec:\n  a: 1\n  a: 2\n";
    expect(readerOf(text)).toBe("full");
    const loaded = parseManifests(text, "dup.yaml");
    expect(loaded.objects[0]!.edits([{ op: "set", path: ["spec", "a"], value: 3 }])).toEqual([{ line: 4, column: 6, endLine: 4, endColumn: 7, text: "3" }]);
    // Removing or renaming the last would bring back the first.
    expect(loaded.objects[0]!.edits([{ op: "remove", path: ["spec", "a"] }])).toBeUndefined();
    expect(loaded.objects[0]!.edits([{ op: "rename", path: ["spec", "a"], key: "b" }])).toBeUndefined();
  });
});

describe("set with missing parents", () => {
  const edit = (container: number): FieldEdit => ({ op: "set", path: containers(container, "securityContext", "allowPrivilegeEscalation"), value: false });

  it("adds an entry to an existing block map after its last entry", () => {
    expect(fix(DS, [edit(0)])).toBe(DS.replace("            runAsUser: 1000\n", "            runAsUser: 1000\n            allowPrivilegeEscalation: false\n"));
  });

  it("makes the missing maps, nested in the document's indentation", () => {
    expect(fix(DS, [edit(1)])).toBe(DS.replace("          image: 'example/side:2'\n", "          image: 'example/side:2'\n          securityContext:\n            allowPrivilegeEscalation: false\n"));
  });

  it("fills a key with no value, writes into `{}`", () => {
    const empty = DS.replace("          securityContext:\n            runAsUser: 1000\n", "          securityContext:   # to do\n");
    expect(fix(empty, [edit(0)])).toBe(DS.replace("          securityContext:\n            runAsUser: 1000\n", "          securityContext:   # to do\n            allowPrivilegeEscalation: false\n"));
    const braces = DS.replace("          securityContext:\n            runAsUser: 1000\n", "          securityContext: {}\n");
    expect(fix(braces, [edit(0)])).toBe(DS.replace("          securityContext:\n            runAsUser: 1000\n", "          securityContext: {allowPrivilegeEscalation: false}\n"));
    const spaced = DS.replace("          securityContext:\n            runAsUser: 1000\n", "          securityContext: { runAsUser: 1 }\n");
    expect(fix(spaced, [edit(0)])).toBe(DS.replace("          securityContext:\n            runAsUser: 1000\n", "          securityContext: { runAsUser: 1, allowPrivilegeEscalation: false }\n"));
    const nulled = DS.replace("          securityContext:\n            runAsUser: 1000\n", "          securityContext: null\n");
    expect(fix(nulled, [edit(0)])).toBe(DS.replace("          securityContext:\n            runAsUser: 1000\n", "          securityContext:\n            allowPrivilegeEscalation: false\n"));
  });

  it("merges edits that make the same parents, and puts inner entries before outer ones", () => {
    const edits: FieldEdit[] = [edit(1), { op: "set", path: containers(1, "securityContext", "runAsNonRoot"), value: true }, { op: "set", path: [...POD, "hostNetwork"], value: false }];
    expect(fix(DS, edits)).toBe(
      DS.replace("          image: 'example/side:2'\n", "          image: 'example/side:2'\n          securityContext:\n            allowPrivilegeEscalation: false\n            runAsNonRoot: true\n").replace(
        "          hostPath: {path: /var/data}\n",
        "          hostPath: {path: /var/data}\n      hostNetwork: false\n",
      ),
    );
    const text = "kind: DaemonSet\nspec:\n  a:\n    b: 1\n";
    expect(fix(text, [{ op: "set", path: ["spec", "a", "c"], value: 2 }, { op: "set", path: ["spec", "d"], value: 3 }, { op: "set", path: ["e"], value: 4 }])).toBe(
      "kind: DaemonSet\nspec:\n  a:\n    b: 1\n    c: 2\n  d: 3\ne: 4\n",
    );
  });

  it("follows a four-space document with sequences at their key's column", () => {
    const text = "kind: DaemonSet\nspec:\n    containers:\n    - name: a\n      image: b\n";
    expect(fix(text, [{ op: "set", path: ["spec", "containers", 0, "securityContext", "capabilities"], value: { drop: ["ALL"] } }])).toBe(
      "kind: DaemonSet\nspec:\n    containers:\n    - name: a\n      image: b\n      securityContext:\n          capabilities:\n              drop:\n              - ALL\n",
    );
    expect(fix(text, [{ op: "set", path: ["spec", "volumes"], value: [{ name: "v", emptyDir: {} }] }])).toBe(
      "kind: DaemonSet\nspec:\n    containers:\n    - name: a\n      image: b\n    volumes:\n    - name: v\n      emptyDir: {}\n",
    );
  });

  it("takes an index one past a list's end as a new item", () => {
    expect(fix(DS, [{ op: "set", path: containers(2, "name"), value: "third" }])).toBe(DS.replace("      volumes:\n", "        - name: third\n      volumes:\n"));
  });

  it("in JSON, compact and pretty-printed", () => {
    const compact = '{"apiVersion":"apps/v1","kind":"DaemonSet","spec":{"a":1}}\n';
    expect(fix(compact, [{ op: "set", path: ["spec", "b", "c"], value: "x" }])).toBe('{"apiVersion":"apps/v1","kind":"DaemonSet","spec":{"a":1,"b":{"c":"x"}}}\n');
    const pretty = '{\n  "apiVersion": "apps/v1",\n  "kind": "DaemonSet",\n  "spec": {\n    "containers": [\n      {\n        "name": "a",\n        "securityContext": {}\n      }\n    ]\n  }\n}\n';
    expect(readerOf(pretty)).toBe("json");
    expect(fix(pretty, [{ op: "set", path: ["spec", "containers", 0, "securityContext", "allowPrivilegeEscalation"], value: false }])).toBe(
      pretty.replace('"securityContext": {}', '"securityContext": {\n          "allowPrivilegeEscalation": false\n        }'),
    );
    expect(fix(pretty, [{ op: "set", path: ["spec", "containers", 0, "resources", "limits", "cpu"], value: "1" }])).toBe(
      pretty.replace('"securityContext": {}\n', '"securityContext": {},\n        "resources": {\n          "limits": {\n            "cpu": "1"\n          }\n        }\n'),
    );
  });

  it("refuses where the deepest existing node is not a map", () => {
    expect(fix(DS, [{ op: "set", path: containers(0, "image", "tag"), value: "x" }])).toBeUndefined();
    expect(fix(DS, [{ op: "set", path: containers(5, "name"), value: "x" }])).toBeUndefined();
    expect(fix(DS, [{ op: "set", path: ["metadata", 0], value: "x" }])).toBeUndefined();
  });
});

describe("remove", () => {
  const text = `kind: DaemonSet
spec:
  # before a
  a: 1
  b:
    # inside b
    c: 2

    d: |
      text
  e: x   # trailing
list:
  - name: one   # first
    x: 1
  # between
  - name: two
  - three
`;

  it("takes a block map entry's lines, with its nested value and the comments inside it", () => {
    expect(fix(text, [{ op: "remove", path: ["spec", "a"] }])).toBe(text.replace("  a: 1\n", ""));
    expect(fix(text, [{ op: "remove", path: ["spec", "b"] }], { dropsComments: true })).toBe(text.replace("  b:\n    # inside b\n    c: 2\n\n    d: |\n      text\n", ""));
    expect(fix(text, [{ op: "remove", path: ["spec", "e"] }], { dropsComments: true })).toBe(text.replace("  e: x   # trailing\n", ""));
    expect(fix(text, [{ op: "remove", path: ["spec", "b", "d"] }])).toBe(text.replace("    d: |\n      text\n", ""));
  });

  it("writes what is added where every entry goes", () => {
    expect(fix(DS, [{ op: "remove", path: ["metadata", "labels", "app"] }, { op: "set", path: ["metadata", "labels", "tier"], value: "x" }])).toBe(DS.replace("    app: agent\n", "    tier: x\n"));
    expect(fix(DS, [{ op: "remove", path: [...POD, "volumes", 0] }, { op: "insert", path: [...POD, "volumes", 1], value: "v" }])).toBe(DS.replace("        - name: data\n          hostPath: {path: /var/data}\n", "        - v\n"));
    expect(fix(DS, [{ op: "remove", path: containers(0, "args", 0) }, { op: "remove", path: containers(0, "args", 1) }, { op: "insert", path: containers(0, "args", 2), value: "-q" }])).toBe(DS.replace("[--v=2, --log]", "[-q]"));
  });

  it("moves the next entry onto a list item's dash, and leaves {} for an emptied map", () => {
    expect(fix(text, [{ op: "remove", path: ["list", 0, "name"] }], { dropsComments: true })).toBe(text.replace("  - name: one   # first\n    x: 1\n", "  - x: 1\n"));
    expect(fix(text, [{ op: "remove", path: ["list", 1, "name"] }])).toBe(text.replace("  - name: two\n", "  - {}\n"));
    expect(fix(DS, [{ op: "remove", path: containers(0, "securityContext", "runAsUser") }])).toBe(DS.replace("          securityContext:\n            runAsUser: 1000\n", "          securityContext: {}\n"));
  });

  it("takes list items' lines, and leaves [] for an emptied list", () => {
    expect(fix(text, [{ op: "remove", path: ["list", 0] }], { dropsComments: true })).toBe(text.replace("  - name: one   # first\n    x: 1\n", ""));
    expect(fix(text, [{ op: "remove", path: ["list", 1] }])).toBe(text.replace("  - name: two\n", ""));
    expect(fix(text, [{ op: "remove", path: ["list", 2] }])).toBe(text.replace("  - three\n", ""));
    expect(fix(text, [{ op: "remove", path: ["list", 2] }, { op: "remove", path: ["list", 0] }], { dropsComments: true })).toBe(text.replace("  - name: one   # first\n    x: 1\n", "").replace("  - three\n", ""));
    expect(fix(text, [0, 1, 2].map((i): FieldEdit => ({ op: "remove", path: ["list", i] })), { dropsComments: true })).toBe(text.replace(/list:\n[^]*$/, "list: []\n"));
  });

  it("takes a whole entry whose value is a sequence at its key's column", () => {
    const flat = "kind: DaemonSet\nspec:\n  containers:\n  - name: a\n    image: b\n  - name: c\n  volumes: []\n";
    expect(fix(flat, [{ op: "remove", path: ["spec", "containers"] }])).toBe("kind: DaemonSet\nspec:\n  volumes: []\n");
    expect(fix(flat, [{ op: "remove", path: ["spec", "containers", 0] }])).toBe("kind: DaemonSet\nspec:\n  containers:\n  - name: c\n  volumes: []\n");
  });

  it("in flow collections, with one comma and its space", () => {
    const flow = "kind: DaemonSet\nm: {a: 1, b: 2, c: 3}\nl: [x, y, z]\ns: { a: 1 }\n";
    expect(fix(flow, [{ op: "remove", path: ["m", "a"] }])).toBe(flow.replace("{a: 1, b: 2, c: 3}", "{b: 2, c: 3}"));
    expect(fix(flow, [{ op: "remove", path: ["m", "b"] }])).toBe(flow.replace("{a: 1, b: 2, c: 3}", "{a: 1, c: 3}"));
    expect(fix(flow, [{ op: "remove", path: ["m", "c"] }])).toBe(flow.replace("{a: 1, b: 2, c: 3}", "{a: 1, b: 2}"));
    expect(fix(flow, [{ op: "remove", path: ["m", "b"] }, { op: "remove", path: ["m", "c"] }])).toBe(flow.replace("{a: 1, b: 2, c: 3}", "{a: 1}"));
    expect(fix(flow, [{ op: "remove", path: ["l", 0] }, { op: "remove", path: ["l", 2] }])).toBe(flow.replace("[x, y, z]", "[y]"));
    expect(fix(flow, [{ op: "remove", path: ["s", "a"] }])).toBe(flow.replace("{ a: 1 }", "{}"));
  });

  it("in JSON", () => {
    const pretty = '{\n  "kind": "DaemonSet",\n  "spec": {\n    "a": 1,\n    "b": [\n      "x",\n      "y"\n    ]\n  }\n}\n';
    expect(fix(pretty, [{ op: "remove", path: ["spec", "a"] }])).toBe(pretty.replace('"a": 1,\n    ', ""));
    expect(fix(pretty, [{ op: "remove", path: ["spec", "b"] }])).toBe(pretty.replace(',\n    "b": [\n      "x",\n      "y"\n    ]', ""));
    expect(fix(pretty, [{ op: "remove", path: ["spec", "b", 1] }])).toBe(pretty.replace(',\n      "y"', ""));
    const compact = '{"kind":"DaemonSet","spec":{"a":1,"b":2}}';
    expect(fix(compact, [{ op: "remove", path: ["spec", "a"] }])).toBe('{"kind":"DaemonSet","spec":{"b":2}}');
  });

  it("refuses what is not there", () => {
    expect(fix(DS, [{ op: "remove", path: ["metadata", "namespace"] }])).toBeUndefined();
    expect(fix(DS, [{ op: "remove", path: containers(7) }])).toBeUndefined();
  });
});

describe("rename", () => {
  it("replaces the key's text only, quoted as it was", () => {
    expect(fix(DS, [{ op: "rename", path: ["metadata", "name"], key: "generateName" }])).toBe(DS.replace("  name: agent   #", "  generateName: agent   #"));
    const text = "kind: DaemonSet\nspec:\n  'a': 1\n  \"b\": 2\n  c: 3\n  m: {d: 4}\n";
    expect(fix(text, [{ op: "rename", path: ["spec", "a"], key: "it's" }])).toBe(text.replace("'a'", "'it''s'"));
    expect(fix(text, [{ op: "rename", path: ["spec", "b"], key: "x" }])).toBe(text.replace('"b"', '"x"'));
    expect(fix(text, [{ op: "rename", path: ["spec", "c"], key: "on" }])).toBe(text.replace("  c: 3", '  "on": 3'));
    expect(fix(text, [{ op: "rename", path: ["spec", "m", "d"], key: "a,b" }])).toBe(text.replace("{d: 4}", '{"a,b": 4}'));
  });

  it("in JSON", () => {
    const json = '{"kind": "DaemonSet", "spec": {"hostPID": true}}';
    expect(fix(json, [{ op: "rename", path: ["spec", "hostPID"], key: "hostIPC" }])).toBe('{"kind": "DaemonSet", "spec": {"hostIPC": true}}');
  });

  it("refuses a name the map already has", () => {
    expect(fix(DS, [{ op: "rename", path: ["metadata", "name"], key: "labels" }])).toBeUndefined();
  });
});

describe("quote", () => {
  it("writes a plain scalar as the string of its text", () => {
    const text = "kind: DaemonSet\nmetadata:\n  labels:\n    enabled: yes\n    mode: 0755\n    state: on\n    flow: {a: off}\n";
    const edits: FieldEdit[] = [
      { op: "quote", path: ["metadata", "labels", "enabled"] },
      { op: "quote", path: ["metadata", "labels", "mode"] },
      { op: "quote", path: ["metadata", "labels", "state"] },
      { op: "quote", path: ["metadata", "labels", "flow", "a"] },
    ];
    expect(fix(text, edits)).toBe('kind: DaemonSet\nmetadata:\n  labels:\n    enabled: "yes"\n    mode: "0755"\n    state: "on"\n    flow: {a: "off"}\n');
  });

  it("refuses what is not a plain scalar", () => {
    expect(fix(DS, [{ op: "quote", path: containers(0, "image") }])).toBeUndefined();
    expect(fix(DS, [{ op: "quote", path: ["metadata", "labels"] }])).toBeUndefined();
    expect(fix(DS, [{ op: "quote", path: ["metadata", "missing"] }])).toBeUndefined();
  });
});

describe("insert", () => {
  it("into block lists: first, middle, end, at the dashes' column", () => {
    const item = { name: "new", image: "x", ports: [{ containerPort: 80 }] };
    const lines = "        - name: new\n          image: x\n          ports:\n            - containerPort: 80\n";
    expect(fix(DS, [{ op: "insert", path: containers(0), value: item }])).toBe(DS.replace("        - name: agent\n", `${lines}        - name: agent\n`));
    expect(fix(DS, [{ op: "insert", path: containers(1), value: item }])).toBe(DS.replace("        - name: sidecar\n", `${lines}        - name: sidecar\n`));
    expect(fix(DS, [{ op: "insert", path: containers(2), value: item }])).toBe(DS.replace("      volumes:\n", `${lines}      volumes:\n`));
    const flat = "kind: DaemonSet\nargs:\n- a\n- b\n";
    expect(fix(flat, [{ op: "insert", path: ["args", 1], value: "yes" }])).toBe('kind: DaemonSet\nargs:\n- a\n- "yes"\n- b\n');
    expect(fix(flat, [{ op: "insert", path: ["args", 2], value: ["c", "d"] }])).toBe("kind: DaemonSet\nargs:\n- a\n- b\n- [c, d]\n");
  });

  it("into flow lists: first, middle, end, empty", () => {
    expect(fix(DS, [{ op: "insert", path: containers(0, "args", 0), value: "--x" }])).toBe(DS.replace("[--v=2, --log]", "[--x, --v=2, --log]"));
    expect(fix(DS, [{ op: "insert", path: containers(0, "args", 1), value: "--x" }])).toBe(DS.replace("[--v=2, --log]", "[--v=2, --x, --log]"));
    expect(fix(DS, [{ op: "insert", path: containers(0, "args", 2), value: "--x" }])).toBe(DS.replace("[--v=2, --log]", "[--v=2, --log, --x]"));
    const empty = "kind: DaemonSet\nl: []\nm: [ ]\n";
    expect(fix(empty, [{ op: "insert", path: ["l", 0], value: { a: 1 } }, { op: "insert", path: ["m", 0], value: "on" }])).toBe('kind: DaemonSet\nl: [{a: 1}]\nm: [ "on" ]\n');
  });

  it("into a missing or empty list, made as in set", () => {
    expect(fix(DS, [{ op: "insert", path: containers(1, "args", 0), value: "--v=4" }])).toBe(DS.replace("          image: 'example/side:2'\n", "          image: 'example/side:2'\n          args:\n            - --v=4\n"));
    const nulled = "kind: DaemonSet\nspec:\n  args:\n  x: 1\n";
    expect(fix(nulled, [{ op: "insert", path: ["spec", "args", 0], value: "a" }])).toBe("kind: DaemonSet\nspec:\n  args:\n    - a\n  x: 1\n");
    expect(fix(DS, [{ op: "insert", path: containers(1, "args", 1), value: "--v=4" }])).toBeUndefined();
  });

  it("in pretty-printed JSON, one item a line", () => {
    const pretty = '{\n    "kind": "DaemonSet",\n    "list": [\n        "a",\n        "b"\n    ],\n    "e": []\n}\n';
    expect(fix(pretty, [{ op: "insert", path: ["list", 0], value: "z" }])).toBe(pretty.replace('[\n        "a"', '[\n        "z",\n        "a"'));
    expect(fix(pretty, [{ op: "insert", path: ["list", 2], value: { k: 1 } }])).toBe(pretty.replace('"b"\n', '"b",\n        {\n            "k": 1\n        }\n'));
    expect(fix(pretty, [{ op: "insert", path: ["e", 0], value: 1 }])).toBe(pretty.replace('"e": []', '"e": [\n        1\n    ]'));
  });
});

describe("move", () => {
  const withSelector = DS.replace("            runAsUser: 1000\n", "            runAsUser: 1000\n          nodeSelector:\n            # Linux nodes only\n            kubernetes.io/os: linux\n");
  const selector = (container: number): FieldEdit => ({ op: "move", path: containers(container, "nodeSelector"), to: [...POD, "nodeSelector"] });

  it("takes a container's nodeSelector to the pod spec, after its last entry, with its comment", () => {
    expect(fix(withSelector, [selector(0)])).toBe(`${DS}      nodeSelector:\n        # Linux nodes only\n        kubernetes.io/os: linux\n`);
  });

  it("takes apiVersion from under metadata to the root, and leaves {} for an emptied map", () => {
    const text = "kind: DaemonSet\nmetadata:\n  name: agent\n  apiVersion: apps/v1   # here\nspec:\n  template: {}\n";
    expect(fix(text, [{ op: "move", path: ["metadata", "apiVersion"], to: ["apiVersion"] }])).toBe("kind: DaemonSet\nmetadata:\n  name: agent\nspec:\n  template: {}\napiVersion: apps/v1   # here\n");
    const only = "kind: DaemonSet\nmetadata:\n  apiVersion: apps/v1\nspec: {}\n";
    expect(fix(only, [{ op: "move", path: ["metadata", "apiVersion"], to: ["apiVersion"] }])).toBe("kind: DaemonSet\nmetadata: {}\nspec: {}\napiVersion: apps/v1\n");
  });

  it("re-indents nested maps, lists, comments and block scalars, four spaces, sequences at their key's column", () => {
    const text = `kind: DaemonSet
spec:
    template:
        spec:
            containers:
            -   name: a
                nodeSelector:
                    disk: ssd   # fast
                    zones:
                    - a
                    # and
                    - b
                script: |
                    echo hi
                      indented

                    done
            tolerations: []
`;
    expect(fix(text, [{ op: "move", path: ["spec", "template", "spec", "containers", 0, "nodeSelector"], to: ["spec", "template", "spec", "nodeSelector"] }])).toBe(`kind: DaemonSet
spec:
    template:
        spec:
            containers:
            -   name: a
                script: |
                    echo hi
                      indented

                    done
            tolerations: []
            nodeSelector:
                disk: ssd   # fast
                zones:
                - a
                # and
                - b
`);
    expect(fix(text, [{ op: "move", path: ["spec", "template", "spec", "containers", 0, "script"], to: ["script"] }])).toBe(`kind: DaemonSet
spec:
    template:
        spec:
            containers:
            -   name: a
                nodeSelector:
                    disk: ssd   # fast
                    zones:
                    - a
                    # and
                    - b
            tolerations: []
script: |
    echo hi
      indented

    done
`);
    // The first entry of a list item: the next one moves up onto the dash's line.
    expect(fix(text, [{ op: "move", path: ["spec", "template", "spec", "containers", 0, "name"], to: ["spec", "template", "spec", "name"] }])).toBe(
      text.replace("            -   name: a\n                nodeSelector:", "            -   nodeSelector:").replace("            tolerations: []\n", "            tolerations: []\n            name: a\n"),
    );
  });

  it("deeper: the missing parents made, the entry's text kept below them", () => {
    const text = "kind: DaemonSet\nspec:\n  a:\n    labels:\n      k: v   # c\n    b: 1\n";
    expect(fix(text, [{ op: "move", path: ["spec", "a", "labels"], to: ["spec", "template", "metadata", "labels"] }])).toBe(
      "kind: DaemonSet\nspec:\n  a:\n    b: 1\n  template:\n    metadata:\n      labels:\n        k: v   # c\n",
    );
    expect(fix(text, [{ op: "move", path: ["spec", "a", "labels"], to: ["spec", "template", "metadata", "labels"] }, { op: "set", path: ["spec", "template", "metadata", "name"], value: "x" }])).toBe(
      "kind: DaemonSet\nspec:\n  a:\n    b: 1\n  template:\n    metadata:\n      labels:\n        k: v   # c\n      name: x\n",
    );
  });

  it("under another key, quoted as the old one was where it must be", () => {
    const text = "kind: DaemonSet\nspec:\n  m:\n    'q': yes\n  n: 1\n";
    expect(fix(text, [{ op: "move", path: ["spec", "m", "q"], to: ["spec", "on"] }])).toBe("kind: DaemonSet\nspec:\n  m: {}\n  n: 1\n  'on': yes\n");
    expect(fix(text, [{ op: "move", path: ["spec", "m", "q"], to: ["spec", "p"] }])).toBe("kind: DaemonSet\nspec:\n  m: {}\n  n: 1\n  'p': yes\n");
  });

  it("into and out of flow maps: the text kept where it can be, else written in the target's style", () => {
    const text = "kind: DaemonSet\nspec:\n  pod: {hostNetwork: true}\n  c:\n    nodeSelector:\n      disk: ssd\n    flow: {a: b}\n    image: a,b\n    n: 1\n  f: {u: 'it''s', w: [1, 2]}\n";
    expect(fix(text, [{ op: "move", path: ["spec", "c", "nodeSelector"], to: ["spec", "pod", "nodeSelector"] }])).toBe(text.replace("{hostNetwork: true}", "{hostNetwork: true, nodeSelector: {disk: ssd}}").replace("    nodeSelector:\n      disk: ssd\n", ""));
    expect(fix(text, [{ op: "move", path: ["spec", "c", "flow"], to: ["spec", "pod", "flow"] }])).toBe(text.replace("{hostNetwork: true}", "{hostNetwork: true, flow: {a: b}}").replace("    flow: {a: b}\n", ""));
    // A plain scalar of a block map may hold what ends one in a flow map.
    expect(fix(text, [{ op: "move", path: ["spec", "c", "image"], to: ["spec", "pod", "image"] }])).toBe(text.replace("{hostNetwork: true}", '{hostNetwork: true, image: "a,b"}').replace("    image: a,b\n", ""));
    expect(fix(text, [{ op: "move", path: ["spec", "f", "u"], to: ["spec", "c", "u"] }, { op: "move", path: ["spec", "f", "w"], to: ["spec", "c", "w"] }])).toBe(
      text.replace("    n: 1\n", "    n: 1\n    u: 'it''s'\n    w: [1, 2]\n").replace("{u: 'it''s', w: [1, 2]}", "{}"),
    );
  });

  it("in JSON, compact and pretty-printed", () => {
    const compact = '{"kind":"DaemonSet","metadata":{"name":"a","apiVersion":"apps/v1"},"spec":{}}';
    expect(fix(compact, [{ op: "move", path: ["metadata", "apiVersion"], to: ["apiVersion"] }])).toBe('{"kind":"DaemonSet","metadata":{"name":"a"},"spec":{},"apiVersion":"apps/v1"}');
    const pretty = '{\n  "kind": "DaemonSet",\n  "spec": {\n    "template": {\n      "spec": {\n        "containers": [\n          {\n            "name": "a",\n            "nodeSelector": {\n              "disk": "ssd",\n              "zones": [1.0, 2]\n            }\n          }\n        ],\n        "hostPID": false\n      }\n    }\n  }\n}\n';
    expect(readerOf(pretty)).toBe("json");
    expect(fix(pretty, [{ op: "move", path: [...POD, "containers", 0, "nodeSelector"], to: [...POD, "nodeSelector"] }])).toBe(
      '{\n  "kind": "DaemonSet",\n  "spec": {\n    "template": {\n      "spec": {\n        "containers": [\n          {\n            "name": "a"\n          }\n        ],\n        "hostPID": false,\n        "nodeSelector": {\n          "disk": "ssd",\n          "zones": [1.0, 2]\n        }\n      }\n    }\n  }\n}\n',
    );
  });

  it("for an object inside its document: both paths under the object's base", () => {
    expect(underBase(["items", 1], { op: "move", path: ["metadata", "apiVersion"], to: ["apiVersion"] })).toEqual({ op: "move", path: ["items", 1, "metadata", "apiVersion"], to: ["items", 1, "apiVersion"] });
    expect(underBase(["items", 1], { op: "removeDuplicate", path: ["kind"] })).toEqual({ op: "removeDuplicate", path: ["items", 1, "kind"] });
  });

  it("out of the last line without a line break", () => {
    const text = "kind: DaemonSet\nmetadata:\n  name: a\n  apiVersion: v1";
    expect(fix(text, [{ op: "move", path: ["metadata", "apiVersion"], to: ["apiVersion"] }])).toBe("kind: DaemonSet\nmetadata:\n  name: a\napiVersion: v1");
  });

  it("refuses a target that exists or lies inside the moved value, a key written twice, aliases and merges", () => {
    expect(fix(withSelector, [{ op: "move", path: containers(0, "nodeSelector"), to: containers(0, "image") }])).toBeUndefined();
    expect(fix(withSelector, [{ op: "move", path: containers(0, "nodeSelector"), to: containers(0, "nodeSelector", "x") }])).toBeUndefined();
    expect(fix(withSelector, [{ op: "move", path: containers(0, "securityContext", "runAsUser"), to: containers(0, "securityContext") }])).toBeUndefined();
    expect(fix(withSelector, [{ op: "move", path: containers(0, "name"), to: containers(0, "image", "name") }])).toBeUndefined();
    expect(fix(withSelector, [{ op: "move", path: containers(0), to: [...POD, "container"] }])).toBeUndefined();
    expect(fix(withSelector, [{ op: "move", path: containers(0, "name"), to: containers(0, "args", 2) }])).toBeUndefined();
    expect(fix(withSelector, [{ op: "move", path: containers(0, "missing"), to: [...POD, "missing"] }])).toBeUndefined();
    // Two edits on one path.
    expect(fix(withSelector, [selector(0), { op: "set", path: [...POD, "nodeSelector", "a"], value: "b" }])).toBeUndefined();
    expect(fix("kind: DaemonSet\na:\n  b: 1\n  b: 2\n", [{ op: "move", path: ["a", "b"], to: ["b"] }])).toBeUndefined();
    expect(fix("kind: DaemonSet\nx: &x {a: 1}\nm:\n  b: *x\n", [{ op: "move", path: ["m", "b"], to: ["b"] }])).toBeUndefined();
    expect(fix("kind: DaemonSet\nx: &x {a: 1}\nm:\n  b: *x\n", [{ op: "move", path: ["m", "b", "a"], to: ["a"] }])).toBeUndefined();
    expect(fix("kind: DaemonSet\nx: &x {a: 1}\nm:\n  <<: *x\n  b: 1\n", [{ op: "move", path: ["m", "b"], to: ["b"] }])).toBeUndefined();
    // Into a map an alias repeats.
    expect(fix("kind: DaemonSet\nx: &x {a: 1}\ny: *x\nm:\n  b: 1\n", [{ op: "move", path: ["m", "b"], to: ["x", "b"] }])).toBeUndefined();
  });
});

describe("removeDuplicate", () => {
  it("removes the earlier entries of a root key, with their lines; the comment between stays", () => {
    const text = "kind: DaemonSet\nmetadata:\n  name: a\n  labels: {x: y}\n# the real one\nmetadata:\n  name: b\n";
    expect(readerOf(text)).toBe("full");
    expect(fix(text, [{ op: "removeDuplicate", path: ["metadata"] }], { fixes: "duplicate-key" })).toBe("kind: DaemonSet\n# the real one\nmetadata:\n  name: b\n");
  });

  it("in nested maps, three times written, and on a list item's dash line", () => {
    const text = "kind: DaemonSet\nspec:\n  a: 1\n  b: 2\n  a:\n    x: 1\n  c: 3\n  a: 4\nl:\n  - image: x   # old\n    name: n\n    image: y\n";
    expect(fix(text, [{ op: "removeDuplicate", path: ["spec", "a"] }, { op: "removeDuplicate", path: ["l", 0, "image"] }], { fixes: "duplicate-key", dropsComments: true })).toBe(
      "kind: DaemonSet\nspec:\n  b: 2\n  c: 3\n  a: 4\nl:\n  - name: n\n    image: y\n",
    );
    const four = "kind: DaemonSet\nspec:\n    containers:\n    -   name: a\n        name: b\n";
    expect(fix(four, [{ op: "removeDuplicate", path: ["spec", "containers", 0, "name"] }], { fixes: "duplicate-key" })).toBe("kind: DaemonSet\nspec:\n    containers:\n    -   name: b\n");
  });

  it("in flow maps and JSON, with one comma", () => {
    const flow = "kind: DaemonSet\na: {b: 1, c: 2, b: 3}\nd: {e: 1, e: 2}\n";
    expect(fix(flow, [{ op: "removeDuplicate", path: ["a", "b"] }, { op: "removeDuplicate", path: ["d", "e"] }], { fixes: "duplicate-key" })).toBe("kind: DaemonSet\na: {c: 2, b: 3}\nd: {e: 2}\n");
    const json = '{"kind": "DaemonSet", "spec": {"hostPID": true, "x": 1, "hostPID": false}}\n';
    expect(fix(json, [{ op: "removeDuplicate", path: ["spec", "hostPID"] }], { fixes: "duplicate-key" })).toBe('{"kind": "DaemonSet", "spec": {"x": 1, "hostPID": false}}\n');
  });

  it("refuses a key written once, a missing one, merges and aliases", () => {
    expect(fix(DS, [{ op: "removeDuplicate", path: ["metadata", "name"] }])).toBeUndefined();
    expect(fix(DS, [{ op: "removeDuplicate", path: ["metadata", "namespace"] }])).toBeUndefined();
    expect(fix(DS, [{ op: "removeDuplicate", path: containers(0) }])).toBeUndefined();
    expect(fix("kind: DaemonSet\nx: &x {a: 1}\nm:\n  <<: *x\n  b: 1\n  b: 2\n", [{ op: "removeDuplicate", path: ["m", "b"] }])).toBeUndefined();
    expect(fix("kind: DaemonSet\nx: &x {a: 1, a: 2}\nm: *x\n", [{ op: "removeDuplicate", path: ["m", "a"] }])).toBeUndefined();
    // The earlier entry holds the anchor the alias after it reads.
    expect(fix("kind: DaemonSet\nm:\n  b: &x 1\n  b: 2\nc: *x\n", [{ op: "removeDuplicate", path: ["m", "b"] }])).toBeUndefined();
    // Removed together with the key kept: not independent.
    expect(fix("kind: DaemonSet\nm:\n  b: 1\n  b: 2\n", [{ op: "removeDuplicate", path: ["m", "b"] }, { op: "remove", path: ["m", "b"] }])).toBeUndefined();
  });
});

describe("documents", () => {
  it("a List's items: the path is the item's", () => {
    const list = "apiVersion: v1\nkind: List\nitems:\n- kind: DaemonSet\n  metadata:\n    name: a\n- kind: DaemonSet\n  metadata:\n    name: b\n";
    expect(fix(list, [{ op: "set", path: ["metadata", "namespace"], value: "ns" }], { object: 1 })).toBe(list.replace("    name: b\n", "    name: b\n    namespace: ns\n"));
    const json = '{"kind": "List", "items": [{"kind": "DaemonSet", "metadata": {"name": "a"}}, {"kind": "DaemonSet", "metadata": {"name": "b"}}]}\n';
    expect(fix(json, [{ op: "rename", path: ["metadata", "name"], key: "generateName" }], { object: 1 })).toBe(json.replace('{"name": "b"}', '{"generateName": "b"}'));
  });

  it("the second document of a file, edited on its own lines", () => {
    const text = "# first\nkind: DaemonSet\nmetadata: {name: a}\n---\n# second\nkind: DaemonSet\nmetadata:\n  name: b\n";
    const loaded = parseManifests(text, "two.yaml");
    expect(loaded.objects[1]!.edits([{ op: "set", path: ["metadata", "name"], value: "c" }])).toEqual([{ line: 8, column: 9, endLine: 8, endColumn: 10, text: "c" }]);
    expect(fix(text, [{ op: "set", path: ["metadata", "namespace"], value: "ns" }], { object: 1 })).toBe(`${text}  namespace: ns\n`);
    expect(fix(text, [{ op: "set", path: ["metadata", "namespace"], value: "ns" }], { object: 0 })).toBe(text.replace("{name: a}", "{name: a, namespace: ns}"));
  });

  it("a last line without a line break: what is written past it starts with one", () => {
    const text = "kind: DaemonSet\nmetadata:\n  name: a\n  labels:\n  - x";
    expect(fix(text, [{ op: "set", path: ["metadata", "namespace"], value: "ns" }])).toBe(`${text}\n  namespace: ns`);
    expect(fix(text, [{ op: "insert", path: ["metadata", "labels", 1], value: "y" }])).toBe(`${text}\n  - "y"`);
    expect(fix(text, [{ op: "remove", path: ["metadata", "labels"] }])).toBe("kind: DaemonSet\nmetadata:\n  name: a");
    expect(fix(text, [{ op: "remove", path: ["metadata", "labels", 0] }])).toBe("kind: DaemonSet\nmetadata:\n  name: a\n  labels: []");
    const json = '{"kind": "DaemonSet", "a": [1]}';
    expect(fix(json, [{ op: "insert", path: ["a", 1], value: 2 }])).toBe('{"kind": "DaemonSet", "a": [1, 2]}');
  });

  it("CRLF line ends: positions in the file's lines, line breaks written as \\n", () => {
    const text = "kind: DaemonSet\r\nspec:\r\n  a: 1\r\n";
    expect(fix(text, [{ op: "set", path: ["spec", "a"], value: 2 }])).toBe("kind: DaemonSet\r\nspec:\r\n  a: 2\r\n");
    expect(fix(text, [{ op: "set", path: ["spec", "b"], value: 2 }])).toBe("kind: DaemonSet\r\nspec:\r\n  a: 1\r\n  b: 2\n");
  });
});

describe("refusals", () => {
  it("through a merge key or an alias, or into a node an alias repeats", () => {
    const merged = "kind: DaemonSet\nbase: &b {a: 1}\nspec:\n  <<: *b\n  c: 2\n";
    expect(readerOf(merged)).toBe("full");
    expect(fix(merged, [{ op: "set", path: ["spec", "a"], value: 3 }])).toBeUndefined();
    expect(fix(merged, [{ op: "remove", path: ["spec", "c"] }])).toBeUndefined();
    // An own key written before the merge is overridden by it.
    const before = "kind: DaemonSet\nbase: &b {a: 1}\nspec:\n  a: 0\n  <<: *b\n";
    expect(fix(before, [{ op: "set", path: ["spec", "a"], value: 3 }])).toBeUndefined();
    const aliased = "kind: DaemonSet\nbase: &b {a: 1}\nspec: *b\nother: 1\n";
    expect(readerOf(aliased)).toBe("block");
    expect(fix(aliased, [{ op: "set", path: ["spec", "a"], value: 3 }])).toBeUndefined();
    expect(fix(aliased, [{ op: "set", path: ["base", "a"], value: 3 }])).toBeUndefined();
    expect(fix(aliased, [{ op: "set", path: ["spec"], value: 3 }])).toBeUndefined();
    // The alias itself can go, or be renamed.
    expect(fix(aliased, [{ op: "remove", path: ["spec"] }])).toBe("kind: DaemonSet\nbase: &b {a: 1}\nother: 1\n");
    expect(fix(aliased, [{ op: "rename", path: ["spec"], key: "copy" }])).toBe("kind: DaemonSet\nbase: &b {a: 1}\ncopy: *b\nother: 1\n");
    expect(fix(aliased, [{ op: "set", path: ["other"], value: 2 }])).toBe("kind: DaemonSet\nbase: &b {a: 1}\nspec: *b\nother: 2\n");
  });

  it("edits that overlap or depend on each other", () => {
    expect(fix(DS, [{ op: "remove", path: containers(0) }, { op: "set", path: containers(0, "name"), value: "x" }])).toBeUndefined();
    expect(fix(DS, [{ op: "set", path: ["metadata", "name"], value: "x" }, { op: "set", path: ["metadata", "name"], value: "y" }])).toBeUndefined();
  });

  it("values with no YAML text, and the document itself", () => {
    expect(fix(DS, [{ op: "set", path: ["metadata", "name"], value: Number.NaN }])).toBeUndefined();
    expect(fix(DS, [{ op: "set", path: ["metadata", "name"], value: "\ud800" }])).toBeUndefined();
    expect(fix(DS, [{ op: "set", path: [], value: {} }])).toBeUndefined();
    expect(fix(DS, [{ op: "remove", path: [] }])).toBeUndefined();
  });

  it("no edits: nothing to do", () => {
    expect(parseManifests(DS, "x.yaml").objects[0]!.edits([])).toEqual([]);
  });
});

describe("the full reader's documents", () => {
  const tagged = "kind: DaemonSet\nmetadata:\n  name: !!str 123\n  labels:\n    a: &x 1\nspec:\n  containers:\n  - name: a\n";

  it("a tagged scalar is replaced with its tag; an anchor no alias uses stays", () => {
    expect(readerOf(tagged)).toBe("full");
    expect(fix(tagged, [{ op: "set", path: ["metadata", "name"], value: 5 }])).toBe(tagged.replace("!!str 123", "5"));
    expect(fix(tagged, [{ op: "set", path: ["metadata", "labels", "a"], value: 2 }])).toBe(tagged.replace("&x 1", "&x 2"));
    expect(fix(tagged, [{ op: "set", path: ["spec", "containers", 0, "image"], value: "i" }])).toBe(`${tagged}    image: i\n`);
    expect(fix(tagged, [{ op: "quote", path: ["metadata", "name"] }])).toBeUndefined();
  });
});

describe("the text around the edits", () => {
  const edits: FieldEdit[] = [
    { op: "set", path: containers(0, "securityContext", "runAsUser"), value: 0 },
    { op: "set", path: containers(1, "securityContext", "readOnlyRootFilesystem"), value: true },
    { op: "remove", path: containers(0, "args", 0) },
    { op: "insert", path: [...POD, "volumes", 1], value: { name: "logs", emptyDir: {} } },
    { op: "rename", path: ["metadata", "labels", "app"], key: "app.kubernetes.io/name" },
    { op: "quote", path: ["metadata", "name"] },
    { op: "set", path: [...POD, "volumes", 0, "hostPath", "type"], value: "Directory" },
  ];

  it.each(edits.map((edit) => [`${edit.op} ${edit.path.join(".")}`, edit] as const))("%s: every byte before and after the edited ranges is the same", (_, edit) => {
    const textEdits = parseManifests(DS, "ds.yaml").objects[0]!.edits([edit])!;
    expect(textEdits).toBeDefined();
    const ranges = offsetsOf(DS, textEdits);
    const result = applyTextEdits(DS, textEdits);
    const first = ranges[0]![0];
    const tail = DS.length - ranges[ranges.length - 1]![1];
    expect(result.slice(0, first)).toBe(DS.slice(0, first));
    expect(result.slice(result.length - tail)).toBe(DS.slice(DS.length - tail));
    expect(fix(DS, [edit])).toBe(result);
  });

  it("all of them at once", () => {
    expect(fix(DS, edits, { dropsComments: false })).toBe(`apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: "agent"   # the agent
  labels:
    app.kubernetes.io/name: agent
spec:
  template:
    spec:
      # the containers
      containers:
        - name: agent
          image: "example/agent:1.0"
          args: [--log]
          securityContext:
            runAsUser: 0
        - name: sidecar
          image: 'example/side:2'
          securityContext:
            readOnlyRootFilesystem: true
      volumes:
        - name: data
          hostPath: {path: /var/data, type: Directory}
        - name: logs
          emptyDir: {}
`);
  });
});

describe("the result is read back before it is offered", () => {
  it("refuses an edit whose text would read otherwise: a comment left to a block scalar", () => {
    const text = "kind: DaemonSet\nspec:\n  a: |\n    text\n  b: 1\n\n    # deeper\n  c: 2\n";
    expect(fix(text, [{ op: "remove", path: ["spec", "b"] }])).toBeUndefined();
    expect(fix(text, [{ op: "remove", path: ["spec", "c"] }])).toBe(text.replace("  c: 2\n", ""));
  });
});

describe("edits on every node of manifests", () => {
  /** Every path to a node of a value, and the paths of the lists in it. */
  function paths(value: unknown, at: Path = []): Array<{ path: Path; value: unknown }> {
    const out: Array<{ path: Path; value: unknown }> = at.length ? [{ path: at, value }] : [];
    if (Array.isArray(value)) value.forEach((item, i) => out.push(...paths(item, [...at, i])));
    else if (typeof value === "object" && value !== null) for (const [key, item] of Object.entries(value)) out.push(...paths(item, [...at, key]));
    return out;
  }

  const documents = {
    "block, indented sequences": DS,
    "block, sequences at their key's column, four spaces": "apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n    name: a\n    labels: {app: a, tier: node}\nspec:\n    template:\n        spec:\n            containers:\n            -   name: a\n                args:\n                - --x\n                - '--y'\n                env:\n                -   name: A\n                    value: \"1\"\n            tolerations: []\n",
    "pretty JSON": JSON.stringify({ apiVersion: "apps/v1", kind: "DaemonSet", metadata: { name: "a", labels: { app: "a" } }, spec: { template: { spec: { containers: [{ name: "a", args: ["x", "y"], resources: {} }] } } } }, null, 2),
    "full reader (a tag)": "apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: !!str a\n  labels:\n    app: a\nspec:\n  containers:\n  - name: a\n    ports: [{containerPort: 80}, {containerPort: 81, protocol: UDP}]\n",
  };

  it.each(Object.entries(documents))("%s: set, remove, rename, insert, move at each node", (_, text) => {
    const object = parseManifests(text, "x.yaml").objects[0]!;
    const values: Array<string | number | boolean | object> = ["v", "yes", 7, true, { k: "v" }, ["a", { b: 1 }]];
    let made = 0;
    let tried = 0;
    // Another kind would make the document one that is not decoded.
    const nodes = paths(object.value).filter(({ path }) => path[0] !== "kind" && path[0] !== "apiVersion");
    nodes.forEach(({ path, value }, i) => {
      const last = path[path.length - 1]!;
      const edits: FieldEdit[][] = [
        [{ op: "set", path, value: values[i % values.length]! as never }],
        [{ op: "set", path: [...path.slice(0, -1), typeof last === "number" ? last + 1000 : "added"], value: 1 }],
        [{ op: "remove", path }],
      ];
      if (typeof last === "string") {
        edits.push([{ op: "rename", path, key: `${last}2` }], [{ op: "move", path, to: ["moved"] }], [{ op: "move", path, to: [...path.slice(0, -1), "deeper", last] }]);
        // No key is written twice.
        edits.push([{ op: "removeDuplicate", path }]);
      }
      if (Array.isArray(value)) edits.push([{ op: "insert", path: [...path, 0], value: "first" }], [{ op: "insert", path: [...path, value.length], value: { k: 1 } }]);
      if (typeof value === "object" && value !== null && !Array.isArray(value)) edits.push([{ op: "set", path: [...path, "new", "deep"], value: [1] }]);
      for (const edit of edits) {
        const impossible = edit[0]!.op === "removeDuplicate" || (edit[0]!.op === "set" && typeof edit[0]!.path[edit[0]!.path.length - 1] === "number" && (edit[0]!.path[edit[0]!.path.length - 1] as number) >= 1000);
        const result = fix(text, edit, { dropsComments: true });
        if (impossible) expect(result).toBeUndefined();
        else {
          tried++;
          if (result !== undefined) made++;
        }
      }
    });
    // Only what cannot be made safely is refused: here, nothing.
    expect(made).toBe(tried);
  });

  it.each(Object.entries(documents))("%s: two edits at once, at every pair of nodes", (_, text) => {
    const object = parseManifests(text, "x.yaml").objects[0]!;
    const nodes = paths(object.value).filter(({ path }) => path[0] !== "kind" && path[0] !== "apiVersion");
    const editsAt = ({ path, value }: { path: Path; value: unknown }, k: number): FieldEdit[] => {
      const out: FieldEdit[] = [
        { op: "set", path, value: `s${k}` },
        { op: "remove", path },
      ];
      if (Array.isArray(value)) out.push({ op: "insert", path: [...path, value.length], value: "i" });
      else if (typeof value === "object" && value !== null) out.push({ op: "set", path: [...path, `n${k}`, "m"], value: k });
      if (typeof path[path.length - 1] === "string") out.push({ op: "move", path, to: [`moved${k}`] });
      return out;
    };
    let pairs = 0;
    for (let a = 0; a < nodes.length; a++) {
      for (let b = a + 1; b < nodes.length; b++) {
        const first = nodes[a]!.path;
        const second = nodes[b]!.path;
        // One inside the other: not independent edits.
        if (first.every((segment, i) => second[i] === segment)) continue;
        for (const x of editsAt(nodes[a]!, 1)) {
          for (const y of editsAt(nodes[b]!, 2)) {
            pairs++;
            expect(fix(text, [x, y], { dropsComments: true }), JSON.stringify([x, y])).toBeDefined();
          }
        }
      }
    }
    expect(pairs).toBeGreaterThan(100);
  });
});
