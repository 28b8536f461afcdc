/**
 * Custom rules come from configuration files, which a repository's
 * contributors write: the known escapes of JavaScript expression sandboxes
 * must be refused at configuration time or evaluate to nothing, without
 * reaching any JavaScript built-in, changing a prototype or the manifest, or
 * outliving the step budget.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BudgetExceeded, compileExpression, evaluator, type Ir, type Scope, type ValueType } from "../src/rules/custom/language.js";
import { schemaFileName, schemasDir, versionDirName } from "../src/schema/files.js";
import { SchemaTree, type JsonSchema } from "../src/schema/tree.js";

const tree = new SchemaTree(JSON.parse(readFileSync(join(schemasDir(), versionDirName("1.36"), schemaFileName("DaemonSet")), "utf8")) as JsonSchema);

const SCOPE: Readonly<Record<string, ValueType>> = {
  ds: { schema: ["io.k8s.api.apps.v1.DaemonSet"] },
  metadata: { schema: ["io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"] },
  pod: { schema: ["io.k8s.api.core.v1.PodSpec"] },
  container: { schema: ["io.k8s.api.core.v1.Container", "io.k8s.api.core.v1.EphemeralContainer"] },
  anything: "unknown",
};

/** A DaemonSet as JSON.parse leaves it, with keys named like prototype members as data. */
function manifest(): Record<string, unknown> {
  return JSON.parse(
    JSON.stringify({
      metadata: {
        name: "agent",
        labels: { app: "agent", toString: "label", valueOf: "label" },
        annotations: { "kubectl.kubernetes.io/last-applied-configuration": "{}" },
      },
      spec: { template: { spec: { containers: [{ name: "agent", image: "agent:1", args: ["--x"] }] } } },
    }).replace('"annotations"', '"__proto__": {"polluted": true}, "annotations"'),
  ) as Record<string, unknown>;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

function scopeOf(ds: Record<string, unknown>, anything: unknown = undefined): Scope {
  const metadata = ds.metadata as Record<string, unknown>;
  const pod = ((ds.spec as Record<string, unknown>).template as Record<string, Record<string, unknown>>).spec!;
  return {
    values: { ds, metadata, pod, container: (pod.containers as unknown[])[0], anything },
    paths: { ds: [], metadata: ["metadata"], pod: ["spec", "template", "spec"], container: ["spec", "template", "spec", "containers", 0] },
  };
}

/** Every value reachable from `value` is plain data: no function, and objects are arrays, plain or null-prototype. */
function expectPlainData(value: unknown, seen = new Set<unknown>()): void {
  expect(typeof value).not.toBe("function");
  expect(typeof value).not.toBe("symbol");
  if (typeof value !== "object" || value === null || seen.has(value)) return;
  seen.add(value);
  const proto = Object.getPrototypeOf(value) as unknown;
  expect([Object.prototype, Array.prototype, null]).toContain(proto);
  for (const key of Object.keys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key)!;
    expect(descriptor.get ?? descriptor.set).toBeUndefined();
    expectPlainData(descriptor.value, seen);
  }
}

/** The built-in prototypes an escape would reach, as they are before a test. */
const PROTOTYPES = [Object.prototype, Array.prototype, String.prototype, Function.prototype, Number.prototype, RegExp.prototype];

function snapshot(): string[][] {
  return PROTOTYPES.map((proto) =>
    Reflect.ownKeys(proto).map((key) => {
      const d = Object.getOwnPropertyDescriptor(proto, key)!;
      return `${String(key)}:${typeof d.value}:${String(d.writable)}:${typeof d.get}:${typeof d.set}`;
    }),
  );
}

let before: string[][];
beforeEach(() => {
  before = snapshot();
});
afterEach(() => {
  expect(snapshot()).toEqual(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

/**
 * Compiles and, when the configuration accepts it, evaluates `text` on a
 * frozen manifest: "rejected" or the (plain) value.
 */
function attempt(text: string, anything?: unknown): { rejected: string } | { value: unknown } {
  const compiled = compileExpression(text, "expression", SCOPE, tree, "1.36");
  if ("problems" in compiled) {
    expect(compiled.problems.length).toBeGreaterThan(0);
    return { rejected: compiled.problems.map((p) => p.message).join("; ") };
  }
  const ds = deepFreeze(manifest());
  const copy = JSON.stringify(ds);
  const ev = evaluator(JSON.parse(JSON.stringify(compiled.ir)) as Ir);
  const scope = scopeOf(ds, anything);
  const value = ev.evaluate(scope);
  ev.blame(scope);
  expectPlainData(value);
  expect(JSON.stringify(ds)).toBe(copy);
  return { value };
}

describe("escapes refused at configuration time", () => {
  it.each([
    ['constructor.constructor("return process")()', /calls are limited to/],
    ['container.constructor.constructor("return process")()', /calls are limited to/],
    ["container.image.constructor", /is a string, which has no field "constructor"/],
    ['""["constructor"]', /is a string, which has no field "constructor"/],
    ["[].map.constructor", /no field "map"/],
    ["pod.containers.map.constructor", /no field "map"/],
    ["pod.containers.constructor", /no field "constructor"/],
    ['container["constructor"]', /"constructor" is not a field of Container/],
    ["ds.__proto__", /"__proto__" is not a field of DaemonSet/],
    ["__proto__", /"__proto__" is not defined/],
    ["image(container.image).constructor", /"constructor" is not a field of the result of image\(\)/],
    ["keys(metadata.labels).constructor", /no field "constructor"/],
    ["Object", /"Object" is not defined/],
    ["Object.prototype.polluted = 1", /assignment is not allowed/],
    ["globalThis", /"globalThis" is not defined/],
    ["global.process", /"global" is not defined/],
    ["process.exit()", /calls are limited to/],
    ["process.env", /"process" is not defined/],
    ['require("fs")', /calls are limited to/],
    ["module", /"module" is not defined/],
    ["this", /"this" is not available/],
    ["this.constructor", /"this" is not available/],
    ["arguments", /"arguments" is not defined/],
    ['import("fs")', /import\(\) is not allowed/],
    ["import.meta.url", /"import.meta" is not available/],
    ["new.target", /"new.target" is not available/],
    ['eval("1")', /calls are limited to/],
    ['Function("return this")()', /calls are limited to/],
    ['new Function("return this")', /"new" is not allowed/],
    ["new container.constructor()", /"new" is not allowed/],
    ["String.raw`x`", /tagged templates are not allowed/],
    ["container.image.constructor`x`", /tagged templates are not allowed/],
    ["Symbol.iterator", /"Symbol" is not defined/],
    ["Reflect.ownKeys(container)", /calls are limited to/],
    ["new Proxy({}, {})", /"new" is not allowed/],
    ["with (container) image", /./],
    ["({__proto__: {polluted: true}})", /"__proto__" cannot be a key/],
    ['({"__proto__": {polluted: true}})', /"__proto__" cannot be a key/],
    ['({["__proto__"]: {polluted: true}})', /keys must be plain names or strings, not computed/],
    ["({get image() { return 1 }})", /getters and setters are not allowed/],
    ["({set image(v) { }})", /getters and setters are not allowed/],
    ["({toString() { return 'x' }}) + ''", /methods are not allowed/],
    ["({toString: () => 'x'}) + ''", /arrow functions are allowed only as the argument/],
    ["({valueOf: x => 1}) > 0", /arrow functions are allowed only as the argument/],
    ["[x => 1]", /arrow functions are allowed only as the argument/],
    ["pod.containers.map(c => () => 1)", /arrow functions are allowed only as the argument/],
    ["(c => c)(container)", /calls are limited to/],
    ["pod.containers.map(c => c)[0]()", /calls are limited to/],
    ["container.image.toString()", /calls are limited to/],
    ["metadata.labels.hasOwnProperty('app')", /calls are limited to/],
    ["pod.containers.some.call(null, c => true)", /calls are limited to|no field "some"/],
    ["container.name = 'x'", /assignment is not allowed/],
    ["container.args.push('x')", /calls are limited to/],
    ["delete metadata.labels.app", /"delete" is not allowed/],
    ["container.args[0]++", /"\+\+" is not allowed/],
    ["/a/g.test(container.image)", /the flag g cannot be used/],
    ["/a/y.test(container.image)", /the flag y cannot be used/],
    ["/(a+)+$/.test(container.image)", /catastrophic backtracking/],
    ["/(x)\\1/.test(container.image)", /back-reference/],
    ["(function () { return this })()", /calls are limited to/],
    ["class { static x = process }", /classes are not part of the rule language/],
    ["async () => 1", /arrow functions are allowed only as the argument/],
    ["(container, process)", /comma operator is not allowed/],
    ["container?.image.constructor", /is a string, which has no field "constructor"/],
    ["typeof keys", /keys is a helper: call it/],
    ['metadata["__proto__"]', /"__proto__" is not a field of ObjectMeta/],
  ])("%s", (text, message) => {
    const result = attempt(text);
    expect(result).toHaveProperty("rejected");
    expect((result as { rejected: string }).rejected).toMatch(message);
  });
});

describe("escapes that compile evaluate to nothing", () => {
  it.each([
    // Computed keys are only known at run time: they read own data or nothing.
    ['container.image[("con" + "structor")]', undefined, undefined],
    ['metadata[("con" + "structor")]', undefined, undefined],
    ['metadata[("con" + "structor")][("con" + "structor")]', undefined, undefined],
    ['pod.containers[("ma" + "p")]', undefined, undefined],
    ["anything[anything]", "constructor", undefined],
    ["metadata.labels[anything]", "__proto__", undefined],
    ["metadata.labels.prototype", undefined, undefined],
    ['metadata.labels[("__pro" + "to__")]', undefined, undefined],
    // A key named like a prototype member is data when the manifest has it.
    ["metadata.labels.toString", undefined, "label"],
    ["metadata[anything]", "__proto__", { polluted: true }],
    ["metadata.labels.constructor", undefined, undefined],
    // Keys of other types than strings and numbers read nothing (no toString is called).
    ["metadata.labels[{toString: 'app'}]", undefined, undefined],
    ["metadata.labels[['app']]", undefined, undefined],
    ["metadata.labels[metadata.labels]", undefined, undefined],
    // Operators do not convert objects: no toString or valueOf runs.
    ["metadata.labels + 1", undefined, NaN],
    ["({toString: 'x', valueOf: 'y'}) * 2", undefined, NaN],
    ["metadata.labels > 0", undefined, false],
    ["metadata.labels == 'label'", undefined, false],
    ["-metadata.labels", undefined, NaN],
    ["`${metadata.labels}`", undefined, '{"app":"agent","toString":"label","valueOf":"label"}'],
    ["'x' + metadata.labels", undefined, 'x{"app":"agent","toString":"label","valueOf":"label"}'],
    // Spreading the manifest's own __proto__ key copies it as data into an object without a prototype.
    ["({...metadata}).polluted", undefined, undefined],
    ["({...metadata})['__proto__'].polluted", undefined, true],
    ["[...pod.containers, ...metadata.labels].length", undefined, 1],
    // Regular expressions cannot keep state between tests.
    ["[1, 2, 3].map(i => /a/.test('a'))", undefined, [true, true, true]],
    // Helpers take data, whatever it is.
    ["image(anything).registry", Object.create(null), undefined],
    ["selects(anything, anything)", 5, false],
    ["tolerates(anything, anything)", [], false],
    ["keys(anything)", "text", []],
  ])("%s", (text, anything, value) => {
    expect(attempt(text, anything)).toEqual({ value });
  });

  it("reads only what the manifest holds, whatever the value of a computed key", () => {
    const names = new Set([Object.prototype, Array.prototype, String.prototype, Function.prototype].flatMap((proto) => Object.getOwnPropertyNames(proto)));
    for (const receiver of ["metadata", "metadata.labels", "pod.containers", "container.image", "image(container.image)", "keys(metadata)", "({a: 1})", "anything"]) {
      const compiled = compileExpression(`${receiver}[anything]`, "expression", SCOPE, tree, "1.36");
      if ("problems" in compiled) throw new Error(JSON.stringify(compiled.problems));
      const ev = evaluator(compiled.ir);
      const ds = deepFreeze(manifest());
      for (const key of names) {
        const value = ev.evaluate(scopeOf(ds, key));
        expectPlainData(value);
        const metadata = ds.metadata as Record<string, object>;
        const own = receiver === "metadata" ? metadata : receiver === "metadata.labels" ? metadata.labels : undefined;
        const isData = key === "length" || (own !== undefined && Object.hasOwn(own, key));
        if (!isData) expect(value, `${receiver}[${key}]`).toBeUndefined();
      }
    }
  });

  it("never changes the manifest: every method and operator on frozen data", () => {
    for (const text of [
      "pod.containers.map(c => ({...c, name: 'x'})).length",
      "[...container.args, 'y'].length + container.args.length",
      "pod.containers.filter(c => true) === pod.containers",
      "container.args.flatMap(a => [a, a]).length",
      "keys(metadata.labels).length",
      "container.image.split(':').length",
      "({...metadata.labels, app: 'changed'}).app",
    ]) {
      expect(attempt(text)).toHaveProperty("value");
    }
    expect(attempt("({...metadata.labels, app: 'changed'}).app")).toEqual({ value: "changed" });
    expect(attempt("pod.containers.filter(c => true) === pod.containers")).toEqual({ value: false });
  });
});

describe("evaluation never throws on any data", () => {
  it("every operator, method and helper, on every kind of value", () => {
    const scope: Record<string, ValueType> = { anything: "unknown", other: "unknown" };
    const expressions = [
      "anything + other", "anything - other", "anything * other", "anything / other", "anything % other", "anything ** other",
      "-anything", "+anything", "!anything", "typeof anything",
      "anything < other", "anything >= other", "anything == other", "anything != other", "anything === other", "anything in other",
      "anything[other]", "anything.x.y", "anything[0]", "anything.length", "anything ? other : anything", "anything ?? other", "anything || other && anything",
      "`${anything}|${other}`", "[anything, ...anything, ...other]", "({a: anything, ...anything, ...other})",
      "anything.some(x => x)", "anything.every((x, i) => x == other && i < 5)", "anything.filter(x => x)", "anything.map(x => x + other)",
      "anything.find(x => x === other)", "anything.flatMap(x => x)", "anything.includes(other)",
      "anything.startsWith(other)", "anything.endsWith(other)", "anything.toLowerCase()", "anything.toUpperCase()", "anything.trim()", "anything.split(other)",
      "/^a|b$/i.test(anything)", "quantity(anything)", "image(anything)", "selects(anything, other)", "tolerates(anything, other)", "keys(anything)",
    ];
    let deep: unknown = "bottom";
    for (let i = 0; i < 5000; i++) deep = i % 2 ? [deep] : { deep };
    const values: unknown[] = [
      undefined, null, true, false, 0, -0, 1.5, NaN, Infinity, -Infinity, 10n, Symbol("s"), "", "abc", "200Mi", "a,b", "constructor", "__proto__", "length", "0", "😀",
      [], [1, "a", null, undefined], [[1], [2]], {}, { a: 1 }, Object.create(null),
      JSON.parse('{"__proto__": 1, "constructor": {"prototype": 2}, "toString": "x", "valueOf": 3, "length": -1}'),
      { matchLabels: { a: "b" } }, { matchExpressions: [{ key: "a", operator: "In", values: ["b"] }, null] }, { nodeSelectorTerms: [{}, { matchExpressions: "x" }] },
      { containers: [], nodeSelector: { a: 1 }, affinity: { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [{ matchExpressions: [{ key: "a", operator: "Gt", values: ["x"] }] }] } } } },
      { key: "k", effect: "NoSchedule" }, [{ operator: "Exists" }, "x", null], deep, new Date(0), new Map([["a", 1]]),
    ];
    const evaluators = expressions.map((text) => {
      const compiled = compileExpression(text, "expression", scope, tree, "1.36");
      if ("problems" in compiled) throw new Error(`${text}: ${JSON.stringify(compiled.problems)}`);
      return evaluator(compiled.ir, { budget: 20_000 });
    });
    let runs = 0;
    for (const ev of evaluators) {
      for (const anything of values) {
        for (const other of values) {
          const at = { values: { anything, other }, paths: { anything: ["a"], other: ["b"] } };
          for (const run of [() => ev.evaluate(at), () => ev.blame(at), () => ev.text(at)]) {
            try {
              run();
            } catch (err) {
              expect(err, `${expressions[evaluators.indexOf(ev)]} on ${String(anything)}, ${String(other)}`).toBeInstanceOf(BudgetExceeded);
            }
            runs++;
          }
        }
      }
    }
    expect(runs).toBeGreaterThan(50_000);
  });
});

describe("the budget bounds time whatever the expression and the data", () => {
  const within = (text: string, anything: unknown, ms = 3000): void => {
    const compiled = compileExpression(text, "expression", SCOPE, tree, "1.36");
    if ("problems" in compiled) throw new Error(JSON.stringify(compiled.problems));
    const ev = evaluator(compiled.ir);
    const scope = scopeOf(manifest(), anything);
    const started = performance.now();
    expect(() => ev.evaluate(scope)).toThrow(BudgetExceeded);
    expect(() => ev.blame(scope)).toThrow(BudgetExceeded);
    expect(performance.now() - started).toBeLessThan(ms);
  };

  it("huge growth: nested flatMap, spreads, string doubling", () => {
    const list = Array.from({ length: 100 }, (_, i) => i);
    within("anything.flatMap(a => anything.flatMap(b => anything.flatMap(c => [a, b, c]))).length", list);
    within(`[anything]${".map(l => [...l, ...l])".repeat(30)}`, list);
    within(`['ab']${".map(s => s + s)".repeat(60)}.length`, list);
    within(`['ab']${".map(s => `${s}${s}`)".repeat(60)}.length`, list);
    within(`[anything]${".map(l => [l, l])".repeat(40)}.map(l => \`\${l}\`)`, list);
  });

  it("huge data: splitting, searching and writing megabytes", () => {
    const huge = "a,".repeat(3_000_000);
    within("anything.split('').length", huge);
    within("anything.split(',').length", huge);
    within("[1, 2, 3, 4, 5, 6, 7, 8].map(i => anything.includes('b'))", huge);
    within("[1, 2, 3, 4, 5, 6, 7, 8].map(i => anything.toUpperCase().length)", huge);
    within("[1, 2, 3, 4, 5, 6, 7, 8].map(i => /b$/.test(anything))", huge);
    within("[1, 2, 3, 4, 5, 6, 7, 8].map(i => anything === anything.trim())", huge);
    within("[1, 2, 3, 4, 5, 6, 7, 8].map(i => `${anything}`.length)", huge);
    within("[1, 2, 3, 4, 5, 6, 7, 8].map(i => keys(anything).length)", Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`k${i}`, i])));
    within("[1, 2, 3].map(i => selects({matchLabels: anything}, anything))", Object.fromEntries(Array.from({ length: 50_000 }, (_, i) => [`k${i}`, "v"])));
  });

  it("deep nesting is refused at configuration time; deep data is written to a bounded depth", () => {
    for (const text of [`${"[".repeat(400)}1${"]".repeat(400)}`, `${"-".repeat(400)}1`, `${"(".repeat(50_000)}1${")".repeat(50_000)}`]) {
      expect(attempt(text)).toHaveProperty("rejected");
    }
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const compiled = compileExpression("`${anything}`.length", "expression", SCOPE, tree, "1.36");
    if ("problems" in compiled) throw new Error("rejected");
    expect(evaluator(compiled.ir).evaluate(scopeOf(manifest(), deep))).toBeGreaterThan(0);
  });
});

describe("the evaluator's code", () => {
  it("contains no eval and no Function constructor", () => {
    const dir = resolve(import.meta.dirname, "../src/rules/custom");
    for (const file of readdirSync(dir)) {
      const source = readFileSync(join(dir, file), "utf8");
      expect(source, file).not.toMatch(/\beval\s*\(/);
      expect(source, file).not.toMatch(/\bFunction\s*\(/);
      expect(source, file).not.toMatch(/\bnew\s+Function\b/);
    }
  });
});
