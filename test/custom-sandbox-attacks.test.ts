/**
 * Attacks on custom rules beyond the known sandbox escapes
 * (custom-sandbox.test.ts): configuration text that tries syntax the checker
 * might let through or take minutes over, manifest data shaped to make an
 * operation cost more than its step, and hand-written Ir given to the
 * evaluator (the cache on disk). Whatever they try: no built-in reached, no
 * prototype or manifest changed, nothing thrown during an evaluation but
 * BudgetExceeded, and a malformed Ir refused before it runs.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { BudgetExceeded, compileExpression, evaluator, type Ir, type Scope, type ValueType } from "../src/rules/custom/language.js";
import { regexProblems } from "../src/rules/custom/regex.js";
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

const PROTOTYPES = [Object.prototype, Array.prototype, String.prototype, Function.prototype, Number.prototype, RegExp.prototype, Error.prototype];

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
  expect(typeof ([] as unknown as Record<string, unknown>).polluted).toBe("undefined");
});

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/** A manifest whose keys are named like prototype members, as JSON.parse leaves them (own data). */
function hostileManifest(): Record<string, unknown> {
  return JSON.parse(`{
    "__proto__": {"polluted": true},
    "constructor": {"prototype": {"polluted": true}, "name": "Function"},
    "metadata": {"name": "x", "labels": {"__proto__": "p", "constructor": "c", "prototype": "q", "toString": "t", "valueOf": "v", "hasOwnProperty": "h", "length": "9"},
                 "annotations": {"n": "1e308", "m": "-0", "big": "123456789012345678901234567890", "hex": "0x10", "ws": "  12  "}},
    "spec": {"template": {"spec": {"containers": [{"name": "a", "image": "a:1", "args": ["1", "2"], "length": 5, "__proto__": [1], "constructor": "x"}]}}}
  }`) as Record<string, unknown>;
}

function scopeOf(ds: Record<string, unknown>, anything: unknown = undefined): Scope {
  const metadata = ds.metadata as Record<string, unknown>;
  const pod = ((ds.spec as Record<string, unknown>).template as Record<string, Record<string, unknown>>).spec!;
  return {
    values: { ds, metadata, pod, container: (pod.containers as unknown[])[0], anything },
    paths: { ds: [], metadata: ["metadata"], pod: ["spec", "template", "spec"], container: ["spec", "template", "spec", "containers", 0], anything: ["anything"] },
  };
}

/** No function, no symbol and no object with a built-in prototype other than Object's and Array's anywhere in the value. */
function expectPlainData(value: unknown, seen = new Set<unknown>()): void {
  expect(typeof value).not.toBe("function");
  expect(typeof value).not.toBe("symbol");
  if (typeof value !== "object" || value === null || seen.has(value)) return;
  seen.add(value);
  expect(PROTOTYPES.slice(0, 2).concat([null as unknown as object])).toContain(Object.getPrototypeOf(value));
  expect(value).not.toBe(Object.prototype);
  expect(value).not.toBe(Array.prototype);
  for (const key of Object.keys(value)) expectPlainData((value as Record<string, unknown>)[key], seen);
}

function compiled(text: string, role: "expression" | "template" | "field" = "expression"): Ir {
  const result = compileExpression(text, role, SCOPE, tree, "1.36");
  if ("problems" in result) throw new Error(`${text}: ${JSON.stringify(result.problems)}`);
  return result.ir;
}

function rejected(text: string, role: "expression" | "template" | "field" = "expression"): string {
  const result = compileExpression(text, role, SCOPE, tree, "1.36");
  expect(result, text).toHaveProperty("problems");
  return (result as { problems: Array<{ message: string }> }).problems.map((p) => p.message).join("; ");
}

/** Runs every entry point; each may only give plain data or throw BudgetExceeded. */
function runAll(ir: Ir, scope: Scope, budget?: number): unknown[] {
  const ev = evaluator(JSON.parse(JSON.stringify(ir)) as Ir, budget === undefined ? {} : { budget });
  const out: unknown[] = [];
  for (const run of [() => ev.evaluate(scope), () => ev.blame(scope), () => ev.text(scope), () => ev.path(scope)]) {
    try {
      const value = run();
      expectPlainData(value);
      out.push(value);
    } catch (err) {
      expect(err).toBeInstanceOf(BudgetExceeded);
      out.push(err);
    }
  }
  return out;
}

describe("configuration text: syntax the checker must refuse", () => {
  it.each([
    ["container.\\u0063onstructor", /no field "constructor"|not a field/],
    ["container['\\u0063onstructor']", /not a field/],
    ["({\\u005f_proto__: {polluted: true}})", /"__proto__" cannot be a key/],
    ["({'\\x5f_proto__': {polluted: true}})", /"__proto__" cannot be a key/],
    ["({[`__proto__`]: 1})", /not computed/],
    ["\\u0065val('1')", /calls are limited to/],
    ["pod.containers['some'](c => true)", /this cannot be called/],
    ["pod.containers[`map`](c => c)", /this cannot be called/],
    ["(pod.containers.some as any).call(null, c => true)", /"call" cannot be called/],
    ["pod.containers.map(c => c)?.()", /this cannot be called/],
    ["container?.image?.constructor?.('x')", /"constructor" cannot be called|no field/],
    ["anything?.()", /cannot be called/],
    ["anything.constructor('return process')()", /cannot be called/],
    ["(anything as any as Function)('x')", /cannot be called/],
    ["keys<Function>", /type arguments|not part/],
    ["pod.containers.map(c => c).map.call", /no field "map"|"call"/],
    ["pod.containers.map((c = process) => c)", /plain names/],
    ["pod.containers.map(({constructor}) => constructor)", /plain names/],
    ["pod.containers.map((...c) => c)", /plain names/],
    ["pod.containers.map(function (c) { return c })", /arrow function/],
    ["pod.containers.map(c => { return c })", /not a block/],
    ["pod.containers.map(async c => c)", /async/],
    ["pod.containers.map(c => c, this)", /takes one arrow function/],
    ["pod.containers.map(...[c => c])", /spread arguments/],
    ["[...'abc'].map(c => () => c)", /arrow functions are allowed only/],
    ["pod.containers.find(c => c) ?? (x => x)", /arrow functions are allowed only/],
    ["anything ? (c => c) : 1", /arrow functions are allowed only/],
    ["`${c => c}`", /arrow functions are allowed only/],
    ["quantity`1`", /tagged templates/],
    ["/x/.exec('x')", /"exec" cannot be called/],
    ["/x/.constructor", /regular expression can only be used/],
    ["/x/['test']('x')", /cannot be called|regular expression/],
    ["(/x/).test.call(null, 'x')", /"call" cannot be called/],
    ["/x/g.test('x')", /flag g/],
    ["/x/d.test('x')", /flag/],
    ["/(?<=a)b/.test('ab')", /lookbehind/],
    ["/\\k<n>(?<n>a)/.test('a')", /back-reference/],
    ["a: 1", /./],
    ["x => x", /arrow functions are allowed only/],
    ["new.target", /not available/],
    ["import.meta", /not available/],
    ["@dec class {}", /./],
    ["enum E { A }", /./],
    ["<T,>(x: T) => x", /arrow functions are allowed only/],
    ["anything!.x = 1", /assignment/],
    ["anything ||= 1", /assignment/],
    ["anything ??= process", /assignment/],
    ["void anything", /"void" is not part/],
    ["~anything", /"~" is not part/],
    ["anything instanceof Object", /"instanceof" is not part/],
    ["#x in anything", /private names/],
    ["anything, process", /comma operator/],
    ["(anything, process)", /comma operator/],
    ["anything) ; (process", /./],
    ["anything\n) ; (process.exit()", /./],
    ["anything /* ) ; process.exit() ; ( */", /^$/],
    ["1n + 1", /BigInt/],
    ["1e400", /too large/],
    ["[,]", /empty slots/],
    ["({get x() { return 1 }})", /getters and setters/],
    ["({x() { return 1 }})", /methods are not allowed/],
    ["({async x() {}})", /methods are not allowed/],
    ["({...x => x})", /arrow functions are allowed only/],
    ["yield 1", /./],
    ["await anything", /./],
    ["super.x", /./],
    ["`${`${process}`}`", /"process" is not defined/],
    ["typeof process", /"process" is not defined/],
  ])("%s", (text, message) => {
    const result = compileExpression(text, "expression", SCOPE, tree, "1.36");
    if (String(message) === "/^$/") {
      // A comment is only a comment: what is left is the one expression.
      expect(result).toHaveProperty("ir");
      return;
    }
    expect(result, text).toHaveProperty("problems");
    expect((result as { problems: Array<{ message: string }> }).problems.map((p) => p.message).join("; ")).toMatch(message);
  });

  it("message templates and field paths refuse the same", () => {
    expect(rejected("${constructor.constructor('return process')()}", "template")).toMatch(/calls are limited to/);
    expect(rejected("${x => x}", "template")).toMatch(/arrow functions/);
    expect(rejected("x ${anything.constructor('a')()} y", "template")).toMatch(/cannot be called/);
    expect(rejected("container.constructor", "field")).toMatch(/not a field/);
    expect(rejected("container[anything]", "field")).toMatch(/literal keys only/);
    expect(rejected("keys(metadata)[0]", "field")).toMatch(/starts with a name/);
  });

  it("a field path as deep as an expression may be, no deeper", () => {
    expect(rejected(`anything${"[0]".repeat(300)}`, "field")).toMatch(/nested too deeply/);
    const ir = compiled(`anything${"[0]".repeat(150)}`, "field");
    let deep: unknown = "bottom";
    for (let i = 0; i < 150; i++) deep = [deep];
    expect(runAll(ir, { values: { anything: deep }, paths: { anything: ["a"] } })[0]).toBe("bottom");
  });
});

describe("configuration text: what the checker must not take minutes over", () => {
  it("a message placeholder followed by thousands of '}'", () => {
    const started = performance.now();
    expect(rejected("${(" + "}".repeat(100_000), "template")).toBeTruthy();
    expect(rejected("${'" + "}".repeat(100_000), "template")).toBeTruthy();
    // A placeholder whose strings hold a few '}' still finds the one that closes it.
    expect(runAll(compiled("${ '}}}' + {a: '}'}.a }!", "template"), scopeOf(hostileManifest()))[2]).toBe("}}}}!");
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it("regular expressions with thousands of alternatives or optional parts", () => {
    const alternatives = (n: number): string => Array.from({ length: n }, (_, i) => String.fromCharCode(0x100 + 2 * i)).join("|");
    const optional = (n: number): string => Array.from({ length: n }, (_, i) => `${String.fromCharCode(0x100 + 2 * i)}?`).join("");
    // Too large for the matcher: said at once.
    expect(regexProblems(`(?:${alternatives(30_000)})*`, "").map((p) => p.message).join()).toMatch(/too large/);
    expect(regexProblems(`(?:${optional(30_000)})*`, "").map((p) => p.message).join()).toMatch(/too large/);
    // Under the limit: checked, and found fine or not, in reasonable time.
    expect(regexProblems(`(?:${alternatives(6000)})*`, "")).toEqual([]);
    expect(regexProblems(`(?:${optional(3000)})*`, "").map((p) => p.message).join()).toMatch(/optional inside the repetition/);
    expect(regexProblems(`(?:a|${alternatives(3000)}|a)*`, "").map((p) => p.message).join()).toMatch(/alternatives/);
  });

  it("reports one problem per repetition, the first in the pattern", () => {
    expect(regexProblems("(a?a|b|b)*", "").map((p) => p.message)).toEqual([
      expect.stringMatching(/^the alternatives of "a\?a\|b\|b"/),
    ]);
    expect(regexProblems("(?:(a*)*b?b)+", "").map((p) => p.message)).toEqual([
      expect.stringMatching(/^"\(a\*\)\*" can match empty text inside the repetition "\(\?:\(a\*\)\*b\?b\)\+"/),
      expect.stringMatching(/^"a\*" can match empty text inside the repetition "\(a\*\)\*"|^nested quantifiers: "a\*" inside "\(a\*\)\*"/),
    ]);
  });

  it("deep expressions, deep templates and huge literals", () => {
    expect(rejected(`${"!".repeat(5000)}anything`)).toMatch(/nested too deeply/);
    expect(rejected(`anything${".x".repeat(5000)}`)).toMatch(/nested too deeply/);
    expect(rejected(`anything${".map(x => x)".repeat(300)}`)).toMatch(/nested too deeply/);
    expect(rejected("${" + "(".repeat(5000) + "1" + ")".repeat(5000) + "}", "template")).toMatch(/nested too deeply/);
    const ir = compiled(`[${Array.from({ length: 20_000 }, (_, i) => i).join(",")}].length`);
    expect(runAll(ir, scopeOf(hostileManifest()))[0]).toBe(20_000);
  });
});

describe("manifest data: keys named like prototype members, odd numbers and strings", () => {
  it.each([
    ["ds['con' + 'structor']", { prototype: { polluted: true }, name: "Function" }],
    ["container['con' + 'structor']", "x"],
    ["container['__pro' + 'to__']", [1]],
    ["container['__pro' + 'to__'].length", 1],
    ["metadata.labels.constructor", "c"],
    ["metadata.labels.__proto__", "p"],
    ["metadata.labels.toString", "t"],
    ["metadata.labels.hasOwnProperty", "h"],
    ["metadata.labels.length", "9"],
    ["metadata.labels['prototype']", "q"],
    ["container['len' + 'gth']", 5],
    ["keys(metadata.labels).length", 7],
    ["keys(metadata.labels).includes('__proto__')", true],
    ["({...metadata.labels}).__proto__", "p"],
    ["({...metadata.labels, ...container}).length", 5],
    ["[...container.args, ...metadata.labels].length", 2],
    ["+metadata.annotations.n", 1e308],
    ["metadata.annotations.n * 10", Infinity],
    ["`${metadata.annotations.n * 10}`", "Infinity"],
    ["+metadata.annotations.big", 1.2345678901234568e29],
    ["+metadata.annotations.hex", 16],
    ["+metadata.annotations.ws", 12],
    ["metadata.annotations.ws == 12", true],
    ["metadata.annotations.m == 0", true],
    ["quantity(metadata.annotations.n)", 1e308],
    ["quantity(metadata.annotations.big) > 0", true],
    ["container.args.map(a => a * 2)", [2, 4]],
    ["container.args['length']", 2],
    ["container.args[1e21 + 0]", undefined],
    ["container.args[-0]", "1"],
    ["container.args['0' + '1']", undefined],
    ["container.args[0.5 + 0]", undefined],
    ["container.image[1e21 + 0]", undefined],
    ["metadata.labels[1e21]", undefined],
    ["'__proto__' in metadata.labels", true],
    ["'toString' in container", false],
    ["'length' in container.args", true],
    ["'length' in container", true],
    ["`${ds}`.includes('polluted')", true],
    ["image(metadata.labels.constructor).repository", "library/c"],
  ])("%s", (text, value) => {
    const ds = deepFreeze(hostileManifest());
    const copy = JSON.stringify(ds);
    const results = runAll(compiled(text), scopeOf(ds));
    expect(results[0]).toEqual(value);
    expect(JSON.stringify(ds)).toBe(copy);
  });

  it("reads nothing but own data from YAML-decoded values of other kinds", () => {
    const values: unknown[] = [
      new Date(0), new Map([["a", 1]]), new Set([1]), new Uint8Array([1, 2]), /re/g, new Error("e"), Object.create({ inherited: 1 }),
      Object.assign(Object.create(null), { toJSON: "x" }), [1, , 3], Object.freeze([]), "𝒳".repeat(3),
    ];
    for (const text of [
      "anything.inherited", "anything.size", "anything.source", "anything.message", "anything.toJSON", "anything.getTime", "anything.constructor",
      "anything[1]", "anything.length", "keys(anything)", "`${anything}`", "({...anything})", "[...anything]", "anything.map(x => x)", "anything == 0", "anything + ''",
    ]) {
      const ir = compiled(text);
      for (const [n, anything] of values.entries()) {
        const results = runAll(ir, { values: { anything }, paths: { anything: ["a"] } });
        for (const result of results) expect(typeof result, `${text} on value ${n}`).not.toBe("function");
        {
          const result = results[0];
          if (text.startsWith("anything.") && !["anything.length", "anything.map(x => x)"].includes(text) && result !== undefined) {
            // Only an own data property could be read.
            expect(Object.hasOwn(anything as object, text.slice("anything.".length)), `${text} on value ${n}`).toBe(true);
          }
        }
      }
    }
  });
});

describe("manifest data: huge and deep values stay within the budget", () => {
  const loops = "[1,2,3,4,5,6,7,8,9,10].flatMap(a => [1,2,3,4,5,6,7,8,9,10].flatMap(b => [1,2,3,4,5,6,7,8,9,10].map(c => BODY)))";
  const overBudget = (text: string, anything: unknown): void => {
    const ir = compiled(text);
    const results = runAll(ir, { values: { anything }, paths: { anything: ["a"] } });
    expect(results[0]).toBeInstanceOf(BudgetExceeded);
    expect(results[1]).toBeInstanceOf(BudgetExceeded);
  };

  it.each([
    "anything == 1", "anything != 1", "anything < 1", "anything >= true", "-anything", "+anything", "anything * 2", "anything - 1", "anything % 7", "anything ** 1",
    "quantity(anything)", "image(anything).tag", "anything.trim()", "anything.startsWith(anything)", "anything.split(' ').length", "`${anything}`", "anything + 1",
  ])("converting a string of megabytes: %s", (body) => {
    // Digits and spaces are read to the end by Number(): a millisecond a megabyte, charged by length.
    for (const huge of ["1".repeat(1_500_000), `${" ".repeat(1_500_000)}1`]) overBudget(loops.replace("BODY", body), huge);
  });

  it.each(["anything === 1", "anything in metadata", "metadata[anything]", "!anything", "typeof anything", "anything ? 1 : 2", "anything && 1"])(
    "what does not read a string is not charged for it: %s",
    (body) => {
      const ir = compiled(loops.replace("BODY", body));
      const scope = { values: { anything: "1".repeat(1_500_000), metadata: {} }, paths: {} };
      expect(evaluator(ir).evaluate(scope)).toHaveLength(1000);
    },
  );

  it("the same string shared by many items (YAML aliases) is charged each time it is read", () => {
    const shared = "9".repeat(500_000);
    const list = Array.from({ length: 10_000 }, () => shared);
    overBudget("anything.filter(x => x > 1).length", list);
    overBudget("anything.map(x => -x).length", list);
    overBudget("anything.filter(x => quantity(x) > 1).length", list);
  });

  it("deep data: blame, text and helpers keep to the stack and the budget", () => {
    let deep: unknown = { matchLabels: { a: "b" } };
    for (let i = 0; i < 200_000; i++) deep = i % 2 ? [deep] : { matchLabels: deep, nodeSelectorTerms: [deep] };
    for (const text of ["`${anything}`.length", "selects(anything, anything)", "tolerates(anything, anything)", "keys(anything)", "({...anything})", "anything == anything"]) {
      runAll(compiled(text), { values: { anything: deep }, paths: { anything: ["a"] } });
    }
  });

  it("a wide shared structure (an alias bomb already expanded by reference) is charged per visit", () => {
    let wide: unknown = "x".repeat(100);
    for (let i = 0; i < 40; i++) wide = [wide, wide];
    overBudget("`${anything}`.length", wide);
    overBudget("anything.flatMap(a => a).flatMap(a => a).flatMap(a => a).flatMap(a => a).flatMap(a => a).flatMap(a => a).flatMap(a => a).flatMap(a => a).flatMap(a => a).flatMap(a => a).flatMap(a => a).flatMap(a => a).flatMap(a => a).flatMap(a => a).flatMap(a => a).flatMap(a => a).flatMap(a => a).length", wide);
    // Helpers read a selector or a toleration a few levels deep, and are charged that far only.
    expect(runAll(compiled("selects(anything, anything)"), { values: { anything: wide }, paths: {} })[0]).toBe(false);
    expect(runAll(compiled("tolerates(anything, anything)"), { values: { anything: wide }, paths: {} })[0]).toBe(false);
  });
});

describe("hand-written Ir: refused before it runs, never reaching a built-in", () => {
  const expr = (root: unknown, slots = 0): Ir => ({ format: 1, role: "expression", slots, root }) as unknown as Ir;
  const lit = { k: "literal", value: 1 };
  const list = { k: "array", items: [{ spread: false, value: lit }] };

  it.each([
    ["a slot named like an array member", expr({ k: "param", slot: "constructor" })],
    ["a slot named __proto__", expr({ k: "get", object: { k: "param", slot: "__proto__" }, key: "constructor" })],
    ["a slot named length", expr({ k: "param", slot: "length" })],
    ["a negative slot", expr({ k: "param", slot: -1 })],
    ["a fractional slot", expr({ k: "param", slot: 0.5 })],
    ["a slot past the slots", expr({ k: "param", slot: 3 }, 1)],
    ["a callback writing to __proto__", expr({ k: "callback", method: "map", object: list, element: "__proto__", body: lit }, 1)],
    ["a callback writing to length", expr({ k: "callback", method: "map", object: list, element: "length", body: lit }, 1)],
    ["a callback index slot named fill", expr({ k: "callback", method: "map", object: list, element: 0, index: "fill", body: lit }, 2)],
    ["half a billion slots", expr(lit, 5e8)],
    ["negative slots", expr(lit, -1)],
    ["slots as text", expr(lit, "1")],
    ["an unknown node kind", expr({ k: "call", callee: { k: "name", name: "process" } })],
    ["a node kind from the prototype", expr({ k: "constructor" })],
    ["a node that is not an object", expr("process")],
    ["a null node", expr(null)],
    ["an object literal value", expr({ k: "literal", value: { polluted: true } })],
    ["a list literal value", expr({ k: "literal", value: [1] })],
    ["a key that is an object", expr({ k: "get", object: { k: "name", name: "anything" }, key: { toString: "x" } })],
    ["a key that is a list", expr({ k: "get", object: { k: "name", name: "anything" }, key: ["constructor"] })],
    ["a name that is not text", expr({ k: "name", name: ["__proto__"] })],
    ["a method not in the list", expr({ k: "method", method: "constructor", object: lit, args: [] })],
    ["a method from the prototype", expr({ k: "method", method: "toString", object: lit, args: [] })],
    ["a method with many arguments", expr({ k: "method", method: "includes", object: lit, args: [lit, lit] })],
    ["a list method not in the list", expr({ k: "callback", method: "reduce", object: list, element: 0, body: lit }, 1)],
    ["a list method from the prototype", expr({ k: "callback", method: "constructor", object: list, element: 0, body: lit }, 1)],
    ["a helper not in the list", expr({ k: "helper", helper: "require", args: [lit] })],
    ["a helper from the prototype", expr({ k: "helper", helper: "constructor", args: [lit] })],
    ["a helper named __proto__", expr({ k: "helper", helper: "__proto__", args: [lit] })],
    ["a call of a helper through a type assertion is only a call of the helper", null],
    ["a helper with missing arguments", expr({ k: "helper", helper: "selects", args: [lit] })],
    ["an operator not in the list", expr({ k: "binary", op: "instanceof", left: lit, right: lit })],
    ["an operator from the prototype", expr({ k: "binary", op: "constructor", left: lit, right: lit })],
    ["a unary operator not in the list", expr({ k: "unary", op: "delete", operand: lit })],
    ["a logical operator not in the list", expr({ k: "logical", op: "&", left: lit, right: lit })],
    ["a template with text missing", expr({ k: "template", quasis: ["a"], values: [lit] })],
    ["a template with text that is not text", expr({ k: "template", quasis: [{ a: 1 }, "b"], values: [lit] })],
    ["array items that are not a list", expr({ k: "array", items: { length: 1e9 } })],
    ["an object entry keyed by an object", expr({ k: "object", entries: [{ key: { a: 1 }, value: lit }] })],
    ["a regular expression flag g", expr({ k: "test", source: "a", flags: "g", subject: lit })],
    ["a regular expression V8 refuses", expr({ k: "test", source: "(", flags: "", subject: lit })],
    ["an unterminated property escape (which sent the pattern reader back to its start forever)", expr({ k: "test", source: "\\p{L", flags: "u", subject: lit })],
    ["a back-reference", expr({ k: "test", source: "(a)\\1", flags: "", subject: lit })],
    ["a regular expression too large for the matcher", expr({ k: "test", source: "a{30000}", flags: "", subject: lit })],
    ["a regular expression source that is not text", expr({ k: "test", source: { length: 1 }, flags: "", subject: lit })],
    ["Ir nested deeper than the checker writes", expr(Array.from({ length: 100_000 }).reduce((node) => ({ k: "unary", op: "!", operand: node }), lit))],
    ["a field path of a thousand keys", { format: 1, role: "field", root: "anything", keys: Array.from({ length: 1000 }, () => 0) }],
    ["a field path with an object key", { format: 1, role: "field", root: "anything", keys: [{}] }],
    ["a field root that is not text", { format: 1, role: "field", root: ["anything"], keys: [] }],
    ["template parts that are not a list", { format: 1, role: "template", slots: 0, parts: "x" }],
    ["an unknown role", { format: 1, role: "constructor", slots: 0, root: lit }],
    ["another format", { format: 2, role: "expression", slots: 0, root: lit }],
    ["not an object", null],
  ])("%s", (what, ir) => {
    if (what.startsWith("a call of a helper")) {
      expect(compiled("(keys as any)(metadata)")).toMatchObject({ root: { k: "helper", helper: "keys" } });
      return;
    }
    expect(() => evaluator(ir as Ir)).toThrow();
  });

  it("what the checker writes is accepted, and runs to plain data", () => {
    for (const [text, role] of [
      ["pod.containers.flatMap((c, i) => [c.name, i]).filter(x => x).map(x => ({x, ...metadata.labels})).some(o => o.x === 'a')", "expression"],
      ["${pod.containers.map(c => c.image)} and ${keys(metadata.labels).map((k, i) => k + i)}", "template"],
      ["container.args[0]", "field"],
      ["metadata.labels['__proto__']", "field"],
    ] as const) {
      const ir = compiled(text, role);
      const ds = deepFreeze(hostileManifest());
      const copy = JSON.stringify(ds);
      runAll(ir, scopeOf(ds));
      expect(JSON.stringify(ds)).toBe(copy);
    }
  });

  it("keys named like prototype members in a get node read own data or nothing", () => {
    for (const key of ["constructor", "__proto__", "prototype", "toString", "valueOf", "hasOwnProperty", "length", "0", 0, -1, 1e21, ""]) {
      for (const object of [{ k: "name", name: "anything" }, { k: "name", name: "__proto__" }, { k: "name", name: "constructor" }, list, { k: "object", entries: [] }, { k: "literal", value: "str" }]) {
        const ir = expr({ k: "get", object, key });
        for (const anything of [undefined, {}, [], "text", JSON.parse('{"__proto__": {"polluted": true}}')]) {
          for (const result of runAll(ir, { values: { anything }, paths: { anything: ["a"] } })) {
            expect(typeof result).not.toBe("function");
            expect(result).not.toBe(Object.prototype);
            expect(result).not.toBe(Array.prototype);
          }
        }
      }
    }
  });

  it("an evaluator's results are not shared with the next evaluation, and the Ir is not changed by running it", () => {
    const ir = compiled("({a: image(container.image), b: [1, 2], c: keys(metadata.labels)})");
    const frozen = deepFreeze(JSON.parse(JSON.stringify(ir)) as Ir);
    const ev = evaluator(frozen);
    const scope = scopeOf(deepFreeze(hostileManifest()));
    const first = ev.evaluate(scope) as Record<string, Record<string, unknown>>;
    first.a!.registry = "evil";
    (first.b as unknown as unknown[]).push(3);
    const second = ev.evaluate(scope) as Record<string, Record<string, unknown>>;
    expect(second.a!.registry).toBe("docker.io");
    expect(second.b).toEqual([1, 2]);
    expect(first).not.toBe(second);
  });

  it("names in scope are read as own entries only", () => {
    const ir = expr({ k: "name", name: "constructor" });
    for (const values of [{}, Object.create({ constructor: "inherited" }), []]) {
      expect(runAll(ir, { values: values as Record<string, unknown>, paths: {} })[0]).toBeUndefined();
    }
    expect(runAll({ format: 1, role: "field", root: "toString", keys: ["x"] } as unknown as Ir, { values: {}, paths: {} })[3]).toBeUndefined();
  });
});

it("a budget exceeded in one evaluation leaves the evaluator usable for the next", () => {
  const ir = compiled("anything.map(x => x + x).length");
  const ev = evaluator(ir, { budget: 1000 });
  expect(() => ev.evaluate({ values: { anything: Array.from({ length: 5000 }, () => "x") }, paths: {} })).toThrow(BudgetExceeded);
  expect(ev.evaluate({ values: { anything: ["a"] }, paths: {} })).toBe(1);
  expect(ev.blame({ values: { anything: ["a"] }, paths: { anything: ["a"] } })).toBeDefined();
});
