/**
 * The expression language of custom rules (src/rules/custom/): what every
 * construct evaluates to, the helpers against Kubernetes' own semantics,
 * every configuration-time error at its exact range, where a failing
 * assert's finding sits (blame), the step budget and message templates.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import {
  BudgetExceeded,
  HELPER_NAMES,
  IR_FORMAT,
  STEP_BUDGET,
  compileExpression,
  evaluator,
  type Evaluator,
  type Ir,
  type Path,
  type Role,
  type Scope,
  type SourceProblem,
  type ValueType,
} from "../src/rules/custom/language.js";
import { compileMatcher } from "../src/rules/custom/match.js";
import { schemaFileName, schemasDir, versionDirName } from "../src/schema/files.js";
import { SchemaTree, type JsonSchema } from "../src/schema/tree.js";

function schemaTree(version: string): SchemaTree {
  const file = join(schemasDir(), versionDirName(version), schemaFileName("DaemonSet"));
  return new SchemaTree(JSON.parse(readFileSync(file, "utf8")) as JsonSchema);
}

const TREES: Record<string, SchemaTree> = { "1.36": schemaTree("1.36"), "1.27": schemaTree("1.27") };

/** The names the integration gives a rule with `forEach: container`, and a few of the other forEach scopes. */
const SCOPE: Readonly<Record<string, ValueType>> = {
  ds: { schema: ["io.k8s.api.apps.v1.DaemonSet"] },
  metadata: { schema: ["io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"] },
  spec: { schema: ["io.k8s.api.apps.v1.DaemonSetSpec"] },
  pod: { schema: ["io.k8s.api.core.v1.PodSpec"] },
  container: { schema: ["io.k8s.api.core.v1.Container", "io.k8s.api.core.v1.EphemeralContainer"] },
  containerKind: "string",
  toleration: { schema: ["io.k8s.api.core.v1.Toleration"] },
  anything: "unknown",
};

const POD: Path = ["spec", "template", "spec"];

function sampleDaemonSet() {
  return {
    apiVersion: "apps/v1",
    kind: "DaemonSet",
    metadata: {
      name: "log-shipper",
      namespace: "kube-system",
      labels: { "app.kubernetes.io/component": "log-shipper", team: "observability" },
    },
    spec: {
      selector: { matchLabels: { app: "log-shipper" } },
      template: {
        metadata: { labels: { app: "log-shipper" } },
        spec: {
          terminationGracePeriodSeconds: 10,
          nodeSelector: { "kubernetes.io/os": "linux" },
          tolerations: [
            { key: "dedicated", operator: "Equal", value: "logs", effect: "NoSchedule" },
            { operator: "Exists", effect: "NoExecute" },
          ],
          containers: [
            {
              name: "shipper",
              image: "registry.acme.io/obs/shipper:2.1",
              securityContext: { runAsUser: 1000, runAsNonRoot: true },
              resources: { limits: { memory: "200Mi", cpu: "500m" } },
              ports: [{ containerPort: 9100, hostPort: 9100 }],
            },
            { name: "sidecar", image: "busybox:1.36", resources: { limits: { memory: "1.5Gi" } } },
          ],
        },
      },
    },
  };
}

type Sample = ReturnType<typeof sampleDaemonSet>;

/** The scope of one container of a DaemonSet (forEach: container). */
function containerScope(ds: Sample = sampleDaemonSet(), index = 0, extra: Record<string, unknown> = {}): Scope {
  const pod = ds.spec.template.spec;
  return {
    values: { ds, metadata: ds.metadata, spec: ds.spec, pod, container: pod.containers[index], containerKind: "container", ...extra },
    paths: { ds: [], metadata: ["metadata"], spec: ["spec"], pod: POD, container: [...POD, "containers", index], containerKind: undefined },
  };
}

function compileText(text: string, role: Role = "expression", version = "1.36"): { ir: Ir } | { problems: SourceProblem[] } {
  return compileExpression(text, role, SCOPE, TREES[version]!, version);
}

/** The evaluator of an expression that must compile; its Ir goes through JSON as the cache and the workers take it. */
function compiled(text: string, role: Role = "expression", options?: { budget?: number }): Evaluator {
  const result = compileText(text, role);
  if ("problems" in result) throw new Error(`${text}: ${JSON.stringify(result.problems)}`);
  return evaluator(JSON.parse(JSON.stringify(result.ir)) as Ir, options);
}

function evaluate(text: string, scope: Scope = containerScope()): unknown {
  return compiled(text).evaluate(scope);
}

/** Evaluates with a scope of its own: each value's name is in scope, of unknown type. */
function evaluateWith(text: string, values: Record<string, unknown>): unknown {
  const scope = Object.fromEntries(Object.keys(values).map((name): [string, ValueType] => [name, "unknown"]));
  const result = compileExpression(text, "expression", scope, TREES["1.36"]!, "1.36");
  if ("problems" in result) throw new Error(`${text}: ${JSON.stringify(result.problems)}`);
  return evaluator(result.ir).evaluate({ values, paths: {} });
}

function problems(text: string, role: Role = "expression", version = "1.36"): SourceProblem[] {
  const result = compileText(text, role, version);
  if (!("problems" in result)) throw new Error(`${text} compiled`);
  return result.problems;
}

/** The one problem of `text`, located at the first occurrence of `fragment`. */
function expectProblem(text: string, fragment: string, message: string | RegExp, role: Role = "expression", version = "1.36"): void {
  const start = text.indexOf(fragment);
  expect(start, `${fragment} in ${text}`).toBeGreaterThanOrEqual(0);
  const found = problems(text, role, version);
  expect(found).toHaveLength(1);
  expect({ start: found[0]!.start, end: found[0]!.end }).toEqual({ start, end: start + fragment.length });
  if (typeof message === "string") expect(found[0]!.message).toBe(message);
  else expect(found[0]!.message).toMatch(message);
}

describe("parsing", () => {
  it("takes exactly one expression, with comments and line breaks", () => {
    expect(evaluate("1 + 1 // two")).toBe(2);
    expect(evaluate("/* one */ 1 +\n  1")).toBe(2);
    expect(evaluate("({a: 1}).a")).toBe(1);
    // An object literal at the start is an object, not a block.
    expect(evaluate("{a: 1}.a === 1")).toBe(true);
  });

  it("reports syntax errors with the parser's message and position", () => {
    expect(problems("container.image ===")).toEqual([{ start: 19, end: 19, message: "Expression expected." }]);
    expect(problems("container.image === (1")).toEqual([{ start: 22, end: 22, message: "')' expected." }]);
    expect(problems('"unterminated')).toEqual([{ start: 13, end: 13, message: "Unterminated string literal." }]);
    expect(problems("010")).toEqual([{ start: 0, end: 1, message: "Octal literals are not allowed. Use the syntax '0o10'." }]);
  });

  it("rejects more than one expression", () => {
    expect(problems("a; b")).toEqual([{ start: 1, end: 2, message: "';' cannot be used here: a rule is exactly one expression" }]);
    expect(problems("container.image) + (container.name")).toEqual([
      { start: 15, end: 16, message: "')' has no matching '(': write exactly one expression" },
    ]);
    // A comment cannot swallow the closing parenthesis the parser adds.
    expect(problems("container.image) //")[0]).toMatchObject({ start: 15 });
    expectProblem("(container.image, container.name)", "container.image, container.name", "the comma operator is not allowed: write exactly one expression");
    expectProblem("pod.hostNetwork ?? pod.hostPID || true", "pod.hostNetwork ?? pod.hostPID || true", "?? cannot be mixed with && or || without parentheses");
    expect(evaluate("(pod.hostNetwork ?? false) || true")).toBe(true);
  });

  it("refuses expressions nested too deeply to evaluate, and survives ones too deep to parse", () => {
    expect(problems(`${"!".repeat(300)}true`)[0]!.message).toBe("the expression is nested too deeply");
    const deep = problems(`${"(".repeat(100_000)}1${")".repeat(100_000)}`);
    expect(deep).toHaveLength(1);
  });

  it("accepts TypeScript syntax that does nothing at run time", () => {
    expect(evaluate("container!.image as string")).toBe("registry.acme.io/obs/shipper:2.1");
    expect(evaluate("(container.securityContext satisfies unknown)!.runAsUser")).toBe(1000);
    expect(evaluate("<string>container.name")).toBe("shipper");
    expect(evaluate("pod.containers.some((c: any) => c.name === 'sidecar')")).toBe(true);
  });
});

describe("literals and operators", () => {
  it.each([
    ['"text"', "text"],
    ["'text'", "text"],
    ["42", 42],
    ["0x10", 16],
    ["1_000", 1000],
    ["true", true],
    ["null", null],
    ["undefined", undefined],
    ["`a${1 + 1}b`", "a2b"],
    ["`${[1, 'x']} ${ {a: null} } ${undefined}`", '[1,"x"] {"a":null} undefined'],
    ["1 + 2 * 3 - 4 / 2", 5],
    ["7 % 4", 3],
    ["2 ** 10", 1024],
    ["-container.securityContext.runAsUser", -1000],
    ["+'8080'", 8080],
    ["!container.securityContext", false],
    ["typeof container.name", "string"],
    ["typeof container.workingDir", "undefined"],
    ["typeof metadata.labels", "object"],
    ["'port ' + 9100", "port 9100"],
    ["'x' + null + undefined + true", "xnullundefinedtrue"],
    ["'list ' + [1, 2]", "list [1,2]"],
    ["1 + true", 2],
    ["[1] * 2", NaN],
    ["({}) - 1", NaN],
    ["1 === 1 && 'a' !== 'b'", true],
    ["'1' == 1", true],
    ["null == undefined", true],
    ["[1] == 1", false],
    ["pod.containers == pod.containers", true],
    ["'1' != 1", false],
    ["3 < 10 && 'a' < 'b' && 10 >= 10 && 2 <= 1 === false", true],
    ["'10' > 9", true],
    ["[2] > 1", false],
    ["null >= 0", true],
    ["undefined >= 0", false],
    ["'team' in metadata.labels", true],
    ["'name' in metadata.labels", false],
    ["0 in pod.containers", true],
    ["2 in pod.containers", false],
    ["'a' in 'abc'", false],
    ["0 || 'fallback'", "fallback"],
    ["1 && 'second'", "second"],
    ["0 ?? 'unused'", 0],
    ["null ?? 'used'", "used"],
    ["container.name === 'shipper' ? 'main' : 'other'", "main"],
  ])("%s", (text, value) => {
    expect(evaluate(text)).toEqual(value);
  });

  it("builds lists and objects, with spreads", () => {
    expect(evaluate("[1, ...[2, 3], ...pod.containers.map(c => c.name)]")).toEqual([1, 2, 3, "shipper", "sidecar"]);
    expect(evaluate("[...container.name, ...undefined, ...metadata.labels]")).toEqual([]);
    const object = evaluate("({...metadata.labels, team: 'x', 'quoted key': 1, 2: 'two', ...undefined, ...[1]})") as Record<string, unknown>;
    expect(Object.getPrototypeOf(object)).toBeNull();
    expect({ ...object }).toEqual({ "app.kubernetes.io/component": "log-shipper", team: "x", "quoted key": 1, "2": "two" });
    expect(evaluate("({name: container.name}).name")).toBe("shipper");
    expect(evaluate("({container}).container.name")).toBe("shipper");
  });
});

describe("member access", () => {
  it("reads fields, items and lengths; anything missing is undefined", () => {
    expect(evaluate("container.resources.limits.memory")).toBe("200Mi");
    expect(evaluate("pod.containers[1].name")).toBe("sidecar");
    expect(evaluate('pod.containers["1"].name')).toBe("sidecar");
    expect(evaluate("pod.containers.length")).toBe(2);
    expect(evaluate("container.name.length")).toBe(7);
    expect(evaluate("container.name[0]")).toBe("s");
    expect(evaluate("pod.containers[5].name")).toBeUndefined();
    expect(evaluate("pod.initContainers[0].securityContext.runAsUser")).toBeUndefined();
    expect(evaluate("metadata.annotations.anything")).toBeUndefined();
    expect(evaluate("pod.containers[-1]")).toBeUndefined();
    expect(evaluate("pod.containers[anything]", containerScope(undefined, 0, { anything: 0.5 }))).toBeUndefined();
  });

  it("reads member access on primitives and keys of other types as undefined", () => {
    expect(evaluate("anything.field", containerScope(undefined, 0, { anything: 5 }))).toBeUndefined();
    expect(evaluate("anything[0]", containerScope(undefined, 0, { anything: null }))).toBeUndefined();
    expect(evaluate("metadata.labels[anything]", containerScope(undefined, 0, { anything: ["team"] }))).toBeUndefined();
    expect(evaluate("metadata.labels[anything]", containerScope(undefined, 0, { anything: true }))).toBeUndefined();
    expect(evaluate("metadata.labels[anything]", containerScope(undefined, 0, { anything: "team" }))).toBe("observability");
  });

  it("reads only own entries: a key named like an Object member is data or nothing", () => {
    const ds = sampleDaemonSet();
    (ds.metadata.labels as Record<string, string>).constructor = "a label";
    expect(evaluate("metadata.labels.constructor", containerScope(ds))).toBe("a label");
    expect(evaluate("metadata.labels.toString", containerScope(ds))).toBeUndefined();
    expect(evaluate("metadata.labels.hasOwnProperty", containerScope(ds))).toBeUndefined();
    expect(evaluate("metadata.labels['__proto__']", containerScope(ds))).toBeUndefined();
    const parsed = JSON.parse('{"__proto__": "own", "length": 3}') as Record<string, unknown>;
    expect(evaluate("anything.__proto__", containerScope(ds, 0, { anything: parsed }))).toBe("own");
    expect(evaluate("anything.length", containerScope(ds, 0, { anything: parsed }))).toBe(3);
    expect(evaluate("anything['valueOf']", containerScope(ds, 0, { anything: parsed }))).toBeUndefined();
  });

  it("makes optional chaining unnecessary for safety, and accepts it", () => {
    expect(evaluate("pod.affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[0]")).toBeUndefined();
    expect(evaluate("pod.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution")).toBeUndefined();
    expect(evaluate('metadata.labels?.["app.kubernetes.io/component"] === "log-shipper"')).toBe(true);
    expect(evaluate("pod.containers?.[0]?.name?.startsWith?.('ship')")).toBe(true);
  });
});

describe("methods", () => {
  it("of lists, with arrow functions taking the item and its index", () => {
    expect(evaluate("pod.containers.some(c => c.name === 'sidecar')")).toBe(true);
    expect(evaluate("pod.containers.every(c => c.resources.limits.memory)")).toBe(true);
    expect(evaluate("pod.containers.every(c => c.securityContext)")).toBe(false);
    expect(evaluate("pod.containers.filter(c => c.securityContext).map(c => c.name)")).toEqual(["shipper"]);
    expect(evaluate("pod.containers.find(c => c.image.startsWith('busybox')).name")).toBe("sidecar");
    expect(evaluate("pod.containers.find(c => false)")).toBeUndefined();
    expect(evaluate("pod.containers.map((c, i) => i + ':' + c.name)")).toEqual(["0:shipper", "1:sidecar"]);
    expect(evaluate("pod.containers.flatMap(c => c.ports ?? [])")).toEqual([{ containerPort: 9100, hostPort: 9100 }]);
    expect(evaluate("pod.containers.flatMap(c => c.name)")).toEqual(["shipper", "sidecar"]);
    expect(evaluate("pod.containers.map(c => c.name).includes('sidecar')")).toBe(true);
    expect(evaluate("[1, 2, 3].includes(2) && ![1].includes('1')")).toBe(true);
    expect(evaluate("[].every(x => false) && ![].some(x => true)")).toBe(true);
    // Inner arrow functions see the outer parameters.
    expect(evaluate("pod.containers.some(c => pod.containers.some(d => d !== c && d.name.length === c.name.length))")).toBe(true);
  });

  it("of strings", () => {
    expect(evaluate("container.image.startsWith('registry.acme.io/')")).toBe(true);
    expect(evaluate("container.image.endsWith(':2.1')")).toBe(true);
    expect(evaluate("container.image.includes('/obs/')")).toBe(true);
    expect(evaluate("' Mixed '.trim().toLowerCase() + 'x'.toUpperCase()")).toBe("mixedX");
    expect(evaluate("container.image.split('/')")).toEqual(["registry.acme.io", "obs", "shipper:2.1"]);
    expect(evaluate("'abc'.split('')")).toEqual(["a", "b", "c"]);
  });

  it("of regular expression literals: test()", () => {
    expect(evaluate("/^registry\\.acme\\.io\\//.test(container.image)")).toBe(true);
    expect(evaluate("/^BUSY/i.test(pod.containers[1].image)")).toBe(true);
    expect(evaluate("/^b$/m.test('a\\nb')")).toBe(true);
    expect(evaluate("/a.b/s.test('a\\nb')")).toBe(true);
    expect(evaluate("/\\u{1F600}/u.test('😀')")).toBe(true);
    // Not a string: no match is attempted ("undefined" is not tested as text).
    expect(evaluate("/undefined/.test(container.workingDir)")).toBeUndefined();
  });

  it("regular expressions match as V8's do, in time linear in the text", () => {
    // Random patterns and texts from a small alphabet, against V8 (texts short enough for its backtracking).
    let seed = 7;
    const pick = <T>(items: readonly T[]): T => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return items[seed % items.length]!;
    };
    const atoms = ["a", "b", ".", "\\w", "\\W", "\\d", "\\s", "[ab]", "[^a]", "A", "\\b", "\\B", "^", "$", "\\n", "é", "ſ", "\\u212A", "k", "\\p{L}", "😀"];
    const pattern = (depth: number): string => {
      const shape = pick([0, 0, 0, 1, 1, 2, 3, 4]);
      if (depth > 2 || shape === 0) return pick(atoms);
      if (shape === 1) return pattern(depth + 1) + pattern(depth + 1);
      if (shape === 2) return `(${pattern(depth + 1)}|${pattern(depth + 1)})`;
      if (shape === 3) return `(?:${pattern(depth + 1)})${pick(["*", "+", "?", "{2}", "{1,3}", "*?"])}`;
      return `(?${pick(["=", "!"])}${pattern(depth + 1)})`;
    };
    let compared = 0;
    for (let i = 0; i < 1500; i++) {
      const source = pattern(0);
      const flags = pick(["", "i", "m", "s", "u", "iu", "imsu"]);
      let v8: RegExp;
      try {
        v8 = new RegExp(source, flags);
      } catch {
        continue;
      }
      // The matcher itself: some of these patterns are ones the static checks refuse.
      const matches = compileMatcher(source, flags);
      for (let j = 0; j < 8; j++) {
        const text = Array.from({ length: j }, () => pick(["a", "b", "A", "1", " ", "\n", "é", "ſ", "K", "k", "😀"])).join("");
        expect(matches({ steps: 0, budget: Infinity }, text), `/${source}/${flags} on ${JSON.stringify(text)}`).toBe(v8.test(text));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(5000);
    // Patterns on which V8 backtracks for seconds or minutes.
    const started = performance.now();
    expect(evaluateWith("/(a|b)*c/.test(text)", { text: "a".repeat(50_000) })).toBe(false);
    expect(evaluateWith("/a*a*b/.test(text)", { text: "a".repeat(50_000) })).toBe(false);
    expect(evaluateWith("/^\\d+\\.?\\d*$/.test(text)", { text: `${"1".repeat(50_000)}!` })).toBe(false);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(evaluateWith("/^(?!latest$)[\\w.-]+$/.test(text)", { text: "latest" })).toBe(false);
    expect(evaluateWith("/^(?!latest$)[\\w.-]+$/.test(text)", { text: "1.27" })).toBe(true);
  });

  it("give undefined on a value of the wrong type", () => {
    for (const anything of [42, "text", { some: 1 }, null]) {
      const scope = containerScope(undefined, 0, { anything });
      for (const call of ["some(x => true)", "every(x => true)", "filter(x => true)", "map(x => x)", "find(x => true)", "flatMap(x => x)"]) {
        expect(evaluate(`anything.${call}`, scope), `${JSON.stringify(anything)}.${call}`).toBeUndefined();
      }
    }
    for (const anything of [42, ["a"], { startsWith: "a" }, undefined]) {
      const scope = containerScope(undefined, 0, { anything });
      for (const call of ["startsWith('a')", "endsWith('a')", "toLowerCase()", "toUpperCase()", "trim()", "split(',')"]) {
        expect(evaluate(`anything.${call}`, scope), `${JSON.stringify(anything)}.${call}`).toBeUndefined();
      }
    }
    const scope = containerScope(undefined, 0, { anything: 42 });
    expect(evaluate("anything.includes('a')", scope)).toBeUndefined();
    expect(evaluate("container.name.startsWith(anything)", scope)).toBeUndefined();
    expect(evaluate("container.name.split(anything)", scope)).toBeUndefined();
    expect(evaluate("container.name.includes(anything)", scope)).toBeUndefined();
  });
});

describe("helpers", () => {
  it("are the names every expression has", () => {
    expect(HELPER_NAMES).toEqual(["quantity", "image", "selects", "tolerates", "keys"]);
  });

  it.each([
    ['quantity("200Mi")', 209715200],
    ['quantity("1.5Gi")', 1610612736],
    ['quantity("500m")', 0.5],
    ['quantity("2")', 2],
    ['quantity("1e3")', 1000],
    ['quantity("128M")', 128e6],
    ['quantity(" 1Ki ")', 1024],
    ["quantity(3)", 3],
    ['quantity("200MB")', undefined],
    ['quantity("")', undefined],
    ["quantity(undefined)", undefined],
    ["quantity(container.resources.limits.memory) > quantity(pod.containers[1].resources.limits.memory)", false],
  ])("quantity: %s", (text, value) => {
    expect(evaluate(text)).toBe(value);
  });

  it.each([
    ["registry.acme.io/obs/shipper:2.1", { registry: "registry.acme.io", repository: "obs/shipper", tag: "2.1", digest: undefined }],
    // Docker Hub as the runtime resolves it: the registry named or docker.io, official images under library/.
    ["nginx", { registry: "docker.io", repository: "library/nginx", tag: undefined, digest: undefined }],
    ["library/nginx:1.27", { registry: "docker.io", repository: "library/nginx", tag: "1.27", digest: undefined }],
    ["docker.io/library/nginx:1.27", { registry: "docker.io", repository: "library/nginx", tag: "1.27", digest: undefined }],
    ["docker.io/nginx", { registry: "docker.io", repository: "library/nginx", tag: undefined, digest: undefined }],
    ["index.docker.io/nginx:1", { registry: "docker.io", repository: "library/nginx", tag: "1", digest: undefined }],
    ["bitnami/kubectl:1.30", { registry: "docker.io", repository: "bitnami/kubectl", tag: "1.30", digest: undefined }],
    ["quay.io/prometheus/node-exporter:v1.8.2", { registry: "quay.io", repository: "prometheus/node-exporter", tag: "v1.8.2", digest: undefined }],
    ["localhost:5000/team/app:v2", { registry: "localhost:5000", repository: "team/app", tag: "v2", digest: undefined }],
    ["localhost/app", { registry: "localhost", repository: "app", tag: undefined, digest: undefined }],
    [
      `ghcr.io/org/app@sha256:${"a".repeat(64)}`,
      { registry: "ghcr.io", repository: "org/app", tag: undefined, digest: `sha256:${"a".repeat(64)}` },
    ],
    [
      `registry.acme.io:443/app:1.0@sha256:${"b".repeat(64)}`,
      { registry: "registry.acme.io:443", repository: "app", tag: "1.0", digest: `sha256:${"b".repeat(64)}` },
    ],
  ])("image(%j)", (ref, parts) => {
    const result = evaluate("image(anything)", containerScope(undefined, 0, { anything: ref })) as Record<string, unknown>;
    expect(Object.getPrototypeOf(result)).toBeNull();
    expect({ ...result }).toEqual(parts);
  });

  it("image() of anything but a string is undefined, and its parts read as fields", () => {
    expect(evaluate("image(anything)", containerScope(undefined, 0, { anything: 1 }))).toBeUndefined();
    expect(evaluate('image(container.image).registry === "registry.acme.io"')).toBe(true);
    expect(evaluate("image(pod.containers[1].image).tag")).toBe("1.36");
  });

  describe("selects", () => {
    const node = { "kubernetes.io/os": "linux", "node-role.kubernetes.io/worker": "", zone: "a", cores: "8" };
    const selects = (selector: unknown, labels: unknown = node): unknown => evaluateWith("selects(selector, labels)", { selector, labels });

    it("takes a LabelSelector, as LabelSelectorAsSelector and Matches read it", () => {
      expect(selects({ matchLabels: { zone: "a" } })).toBe(true);
      expect(selects({ matchLabels: { zone: "b" } })).toBe(false);
      expect(selects({ matchExpressions: [{ key: "zone", operator: "In", values: ["a", "b"] }] })).toBe(true);
      expect(selects({ matchExpressions: [{ key: "zone", operator: "NotIn", values: ["a"] }] })).toBe(false);
      expect(selects({ matchExpressions: [{ key: "gpu", operator: "NotIn", values: ["yes"] }] })).toBe(true);
      expect(selects({ matchExpressions: [{ key: "node-role.kubernetes.io/worker", operator: "Exists" }] })).toBe(true);
      expect(selects({ matchExpressions: [{ key: "gpu", operator: "DoesNotExist" }] })).toBe(true);
      expect(selects({ matchLabels: { zone: "a" }, matchExpressions: [{ key: "gpu", operator: "Exists" }] })).toBe(false);
      // Invalid selectors select nothing: an unknown operator, values with Exists, an invalid key.
      expect(selects({ matchExpressions: [{ key: "zone", operator: "Gt", values: ["1"] }] })).toBe(false);
      expect(selects({ matchExpressions: [{ key: "zone", operator: "Exists", values: ["a"] }] })).toBe(false);
      expect(selects({ matchLabels: { "-bad": "a" } })).toBe(false);
      // An empty LabelSelector selects everything; labels that are absent are an empty set.
      expect(selects({ matchLabels: {} })).toBe(true);
      expect(selects({ matchExpressions: [{ key: "zone", operator: "DoesNotExist" }] }, null)).toBe(true);
    });

    it("takes a plain label map, such as a nodeSelector: every entry must be there", () => {
      expect(selects({ "kubernetes.io/os": "linux", zone: "a" })).toBe(true);
      expect(selects({ "kubernetes.io/os": "windows" })).toBe(false);
      expect(selects({})).toBe(true);
      expect(selects({ zone: "a" }, { zone: 1 })).toBe(false);
    });

    it("takes a NodeSelector, with terms ORed and Gt/Lt on integers", () => {
      const terms = (...nodeSelectorTerms: unknown[]) => ({ nodeSelectorTerms });
      expect(selects(terms({ matchExpressions: [{ key: "zone", operator: "In", values: ["b"] }] }, { matchExpressions: [{ key: "cores", operator: "Gt", values: ["4"] }] }))).toBe(true);
      expect(selects(terms({ matchExpressions: [{ key: "cores", operator: "Lt", values: ["4"] }] }))).toBe(false);
      expect(selects(terms())).toBe(false);
      expect(selects(terms({}))).toBe(false);
    });

    it("takes a pod spec: its nodeSelector and its required node affinity, as the scheduler does", () => {
      const required = { nodeSelectorTerms: [{ matchExpressions: [{ key: "zone", operator: "In", values: ["a"] }] }] };
      const podSpec = (nodeSelector: unknown, affinity?: unknown) => ({ containers: [], nodeSelector, affinity });
      expect(selects(podSpec({ "kubernetes.io/os": "linux" }, { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: required } }))).toBe(true);
      expect(selects(podSpec({ "kubernetes.io/os": "windows" }, { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: required } }))).toBe(false);
      expect(selects(podSpec({}, { nodeAffinity: { requiredDuringSchedulingIgnoredDuringExecution: { nodeSelectorTerms: [] } } }))).toBe(false);
      expect(selects(podSpec(undefined))).toBe(true);
      expect(evaluate('selects(pod, {"kubernetes.io/os": "linux"})')).toBe(true);
      expect(evaluate('selects(pod, {"kubernetes.io/os": "windows"})')).toBe(false);
    });

    it("selects nothing with something that is not a selector", () => {
      expect(selects(undefined)).toBe(false);
      expect(selects("zone=a")).toBe(false);
      expect(selects([{ zone: "a" }])).toBe(false);
    });
  });

  describe("tolerates", () => {
    const tolerates = (tolerations: unknown, taint: unknown): unknown => evaluateWith("tolerates(tolerations, taint)", { tolerations, taint });
    const taint = { key: "dedicated", value: "logs", effect: "NoSchedule" };

    it("matches as Toleration.ToleratesTaint does", () => {
      expect(tolerates([{ key: "dedicated", operator: "Equal", value: "logs", effect: "NoSchedule" }], taint)).toBe(true);
      expect(tolerates([{ key: "dedicated", value: "logs" }], taint)).toBe(true); // no operator: Equal, no effect: all
      expect(tolerates([{ key: "dedicated", operator: "Equal", value: "other" }], taint)).toBe(false);
      expect(tolerates([{ key: "dedicated", operator: "Exists" }], taint)).toBe(true);
      expect(tolerates([{ operator: "Exists" }], taint)).toBe(true); // empty key with Exists: every taint
      expect(tolerates([{ operator: "Exists", effect: "NoExecute" }], taint)).toBe(false);
      expect(tolerates([{ key: "dedicated", operator: "Exists", effect: "NoExecute" }], taint)).toBe(false);
      expect(tolerates([{ key: "dedicated", operator: "Gt", value: "1" }], { key: "dedicated", value: "2", effect: "NoSchedule" })).toBe(false);
      expect(tolerates([], taint)).toBe(false);
    });

    it("takes one toleration too, and nothing else", () => {
      expect(tolerates({ operator: "Exists" }, taint)).toBe(true);
      expect(tolerates(undefined, taint)).toBe(false);
      expect(tolerates([{ operator: "Exists" }], undefined)).toBe(false);
    });

    it("reads the manifest's tolerations", () => {
      expect(evaluate('tolerates(pod.tolerations, {key: "dedicated", value: "logs", effect: "NoSchedule"})')).toBe(true);
      expect(evaluate('tolerates(pod.tolerations, {key: "node.kubernetes.io/unreachable", effect: "NoExecute"})')).toBe(true);
      expect(evaluate('tolerates(pod.tolerations, {key: "gpu", effect: "NoSchedule"})')).toBe(false);
      expect(evaluate('tolerates(toleration, {key: "x", effect: "NoExecute"})', containerScope(undefined, 0, { toleration: { operator: "Exists", effect: "NoExecute" } }))).toBe(true);
    });
  });

  it("keys: the own keys of a map", () => {
    expect(evaluate("keys(metadata.labels)")).toEqual(["app.kubernetes.io/component", "team"]);
    expect(evaluate("keys(metadata.annotations)")).toEqual([]);
    expect(evaluate("keys(pod.containers)")).toEqual([]);
    expect(evaluate("keys(metadata.labels).some(k => k.startsWith('app.kubernetes.io/'))")).toBe(true);
  });
});

describe("static checks", () => {
  it("names must be in scope, with a suggestion", () => {
    expectProblem("contaner.image", "contaner", '"contaner" is not defined; did you mean "container"?');
    expectProblem("imag(container.image)", "imag", '"imag" is not a helper; did you mean "image"?');
    expectProblem(
      "process.env",
      "process",
      '"process" is not defined; a rule here can read ds, metadata, spec, pod, container, containerKind, toleration, anything and call the helpers quantity, image, selects, tolerates, keys',
    );
    expectProblem("pod.containers.some(c => zz.name)", "zz", /^"zz" is not defined/);
    expectProblem("quantity", "quantity", 'quantity is a helper: call it, as in quantity(text), such as quantity("200Mi")');
    // An arrow parameter shadows a scope name.
    expect(evaluate("pod.containers.some(container => container.name === 'sidecar')")).toBe(true);
  });

  it("calls are limited to the helpers and the allowed methods", () => {
    const limited = /^"\w+" cannot be called: calls are limited to the helpers quantity\(\), image\(\)/;
    expectProblem("container.image.replace('a', 'b')", "replace", limited);
    expectProblem("container.image.constructor('x')", "constructor", limited);
    expectProblem("pod.containers.sort()", "sort", limited);
    expectProblem("/a/.exec(container.image)", "exec", limited);
    expectProblem("container('x')", "container", limited);
    expectProblem("pod.containers['some'](c => true)", "pod.containers['some']", /^this cannot be called: calls are limited to/);
    expectProblem("quantity(1, 2)", "quantity(1, 2)", 'quantity() takes one argument: quantity(text), such as quantity("200Mi")');
    expectProblem("selects(pod)", "selects(pod)", "selects() takes 2 arguments: selects(selector, labels)");
    expectProblem("image(...pod.containers)", "...pod.containers", "spread arguments are not allowed");
    expectProblem("container.name.trim(1)", "container.name.trim(1)", "trim() takes no arguments");
    expectProblem("container.name.startsWith()", "container.name.startsWith()", "startsWith() takes one argument");
    expectProblem("container.name.split(/-/)", "/-/", "split() takes a string separator, not a regular expression");
  });

  it("arrow functions only as the argument of a list method, with plain parameters and an expression body", () => {
    const arrows = "arrow functions are allowed only as the argument of some(), every(), filter(), map(), find() and flatMap()";
    expectProblem("[c => c]", "c => c", arrows);
    expectProblem("pod.containers.map(c => d => d)", "d => d", arrows);
    expectProblem("(x => x)(1)", "x => x", /^this cannot be called/);
    expectProblem("pod.containers.some(isRoot)", "isRoot", 'some() takes one arrow function, such as some(c => c.name === "agent")');
    expectProblem("pod.containers.some(c => true, 1)", "c => true", /^some\(\) takes one arrow function/);
    expectProblem("pod.containers.some(({name}) => true)", "{name}", "an arrow function's parameters must be plain names");
    expectProblem("pod.containers.some((c = 1) => true)", "c = 1", "an arrow function's parameters must be plain names");
    expectProblem("pod.containers.some((...c) => true)", "...c", "an arrow function's parameters must be plain names");
    expectProblem("pod.containers.some((c, i, all) => true)", "(c, i, all) => true", "some()'s arrow function takes the item and, if needed, its index: (item, index) => ...");
    expectProblem("pod.containers.some(c => { return true })", "{ return true }", /^an arrow function's body must be an expression/);
    expectProblem("pod.containers.some(async c => true)", "async c => true", "async arrow functions are not allowed");
    expect(problems("pod.containers.some((c, c) => true)")).toEqual([{ start: 24, end: 25, message: '"c" is already a parameter' }]);
  });

  it("rejects what is not part of the language at its range", () => {
    const cases: Array<[string, string, string | RegExp]> = [
      ["new Date()", "new Date()", /^"new" is not allowed: calls are limited to/],
      ["String.raw`x`", "String.raw`x`", /^tagged templates are not allowed: calls are limited to/],
      ['import("fs")', 'import("fs")', /^import\(\) is not allowed: calls are limited to/],
      ["import.meta.url", "import.meta", '"import.meta" is not available in a rule'],
      ["this.x", "this", '"this" is not available in a rule'],
      ["container.name = 'x'", "container.name = 'x'", "assignment is not allowed: a rule only reads the manifest"],
      ["container.securityContext.runAsUser++", "container.securityContext.runAsUser++", '"++" is not allowed: a rule only reads the manifest'],
      ["delete container.name", "delete container.name", '"delete" is not allowed: a rule only reads the manifest'],
      ["void 0", "void 0", '"void" is not part of the rule language'],
      ["~1", "~1", '"~" is not part of the rule language'],
      ["container instanceof Object", "container instanceof Object", '"instanceof" is not part of the rule language'],
      ["1 | 2", "1 | 2", '"|" is not part of the rule language'],
      ["function () { return 1 }", "function () { return 1 }", /^functions are not part of the rule language/],
      ["class {}", "class {}", "classes are not part of the rule language"],
      ["await container", "await container", '"await" is not part of the rule language'],
      ["[1, , 2]", "[1, , 2]", "empty slots in a list are not allowed"],
      ["({get name() { return 1 }})", "get name() { return 1 }", "getters and setters are not allowed"],
      ["({name() { return 1 }})", "name() { return 1 }", "methods are not allowed in objects"],
      ["({[container.name]: 1})", "container.name", "an object's keys must be plain names or strings, not computed"],
      ["({__proto__: null})", "__proto__", '"__proto__" cannot be a key'],
      ['({"__proto__": null})', '"__proto__"', '"__proto__" cannot be a key'],
      ["/x/", "/x/", "a regular expression can only be used as /.../.test(text)"],
      ["10n", "10n", "BigInt literals are not part of the rule language"],
      ["1e400", "1e400", "this number is too large"],
    ];
    for (const [text, fragment, message] of cases) expectProblem(text, fragment, message);
  });

  it("methods whose receiver is known to be of the wrong type", () => {
    expectProblem("container.image.some(c => true)", "some", "some() is a list method, but container.image is a string");
    expectProblem("container.ports.startsWith('a')", "startsWith", "startsWith() is a string method, but container.ports is a list of ContainerPort");
    expectProblem("container.stdin.trim()", "trim", "trim() is a string method, but container.stdin is a boolean");
    expectProblem("metadata.labels.includes('a')", "includes", "includes() needs a list or a string, but metadata.labels is a map");
    expectProblem("container.securityContext.every(x => x)", "every", "every() is a list method, but container.securityContext is a SecurityContext");
    expectProblem("quantity('1').split('.')", "split", "split() is a string method, but quantity('1') is a number");
    // Nullable strings are strings; a value of unknown type may be anything.
    expect(evaluate("container.image.startsWith('registry.acme.io')")).toBe(true);
    expect(compileText("anything.some(x => x.whatever)")).toHaveProperty("ir");
  });

  it("fields are checked against the DaemonSet schema of the target version", () => {
    expectProblem("container.imagee", "imagee", '"imagee" is not a field of Container in Kubernetes 1.36; did you mean "image"?');
    expectProblem("pod.tolerations[0].efect", "efect", '"efect" is not a field of Toleration in Kubernetes 1.36; did you mean "effect"?');
    expectProblem("pod.tolerations[0].operator === 'Exists' && pod.containers.some(c => c.securityContext.privilged)", "privilged", '"privilged" is not a field of SecurityContext in Kubernetes 1.36; did you mean "privileged"?');
    expectProblem("metadata.lables.team", "lables", '"lables" is not a field of ObjectMeta in Kubernetes 1.36; did you mean "labels"?');
    expectProblem("ds.spec.template.spec.hostnetwork", "hostnetwork", '"hostnetwork" is not a field of PodSpec in Kubernetes 1.36; did you mean "hostNetwork"?');
    expectProblem("container.zzz", "zzz", '"zzz" is not a field of Container in Kubernetes 1.36');
    expectProblem("pod['containerz']", "'containerz'", '"containerz" is not a field of PodSpec in Kubernetes 1.36; did you mean "containers"?');
  });

  it("a field of other Kubernetes versions says which", () => {
    expectProblem("container.restartPolicy === 'Always'", "restartPolicy", '"restartPolicy" is not a field of Container in Kubernetes 1.27 (it is in 1.28 and later)', "expression", "1.27");
    expect(compileText("container.restartPolicy === 'Always'")).toHaveProperty("ir");
    expectProblem("pod.workloadRef", "workloadRef", '"workloadRef" is not a field of PodSpec in Kubernetes 1.36 (it was removed in 1.36)');
  });

  it("follows types through lists, maps, unions, arrow parameters, methods and helpers", () => {
    // A union of definitions accepts a field any of them has: targetContainerName is EphemeralContainer's.
    expect(compileText("container.targetContainerName")).toHaveProperty("ir");
    // Maps take any key and give their values' type.
    expect(compileText("metadata.labels.anything.startsWith('x') && container.resources.limits['nvidia.com/gpu']")).toHaveProperty("ir");
    expectProblem("metadata.labels.team.some(x => x)", "some", "some() is a list method, but metadata.labels.team is a string");
    expectProblem("pod.containers.name", "name", /^pod.containers is a list of Container: "name" is a field of its items; pick one with an index such as \[0\]/);
    expectProblem("pod.containers.nam", "nam", 'pod.containers is a list of Container, which has no field "nam"');
    expectProblem("pod.containers.filter(c => c.stdin)[0].imagePullPolicyy", "imagePullPolicyy", /did you mean "imagePullPolicy"\?$/);
    expectProblem("pod.containers.find(c => c.stdin).portz", "portz", /did you mean "ports"\?$/);
    expectProblem("pod.containers.flatMap(c => c.ports ?? []).some(p => p.hostPrt)", "hostPrt", /^"hostPrt" is not a field of ContainerPort in Kubernetes 1.36; did you mean "hostPort"\?$/);
    expectProblem("pod.containers.map(c => c.securityContext).some(s => s.runAsUsr)", "runAsUsr", /did you mean "runAsUser"\?$/);
    expectProblem("pod.containers.some((c, i) => i.x)", "x", 'i is a number, which has no field "x"');
    expectProblem("(container.securityContext ?? {}).runAsUserr", "runAsUserr", /did you mean "runAsUser"\?$/);
    expect(compileText("(container.securityContext ?? {}).runAsUser")).toHaveProperty("ir");
    expectProblem("image(container.image).registy", "registy", '"registy" is not a field of the result of image(); did you mean "registry"?');
    expectProblem("quantity('1').x", "x", "quantity('1') is a number, which has no field \"x\"");
    expectProblem("keys(metadata.labels).team", "team", 'keys(metadata.labels) is a list, which has no field "team"');
    expectProblem("container.name.foo", "foo", 'container.name is a string, which has no field "foo"');
    expectProblem("containerKind.foo", "foo", 'containerKind is a string, which has no field "foo"');
    expectProblem("({a: 1}).b", "b", '"b" is not a field of this object');
    expect(compileText("({...container}).anything")).toHaveProperty("ir");
    expect(compileText("anything.whatever.you.like")).toHaveProperty("ir");
    expect(compileText("metadata[anything]")).toHaveProperty("ir");
  });

  it("reports every problem, in order", () => {
    expect(problems("contaner.image === container.imagee || eval(1)").map((p) => p.start)).toEqual([0, 29, 39]);
  });

  describe("regular expressions", () => {
    it("that can backtrack catastrophically are rejected, saying why", () => {
      const catastrophic = /a backtracking matcher, such as JavaScript's, can take exponential time on it \(catastrophic backtracking\)$/;
      expectProblem("/(a+)+$/.test(container.image)", "(a+)+", /^nested quantifiers: "a\+" inside "\(a\+\)\+"/);
      expectProblem("/^(\\w+\\s?)*$/.test(container.image)", "(\\w+\\s?)*", catastrophic);
      expectProblem("/(a|a)*b/.test(container.image)", "(a|a)*", /^the alternatives of "a\|a" can match the same text/);
      expectProblem("/(a|ab)*c/.test(container.image)", "(a|ab)*", /^the alternatives of "a\|ab"/);
      expectProblem("/(a?a)*c/.test(container.image)", "(a?a)*", /^"a\?" is optional inside the repetition/);
      expectProblem("/(?:A|a)+$/i.test(container.image)", "(?:A|a)+", catastrophic);
      expectProblem("/(\\d+|\\w)*$/.test(container.image)", "(\\d+|\\w)*", catastrophic);
      expectProblem("/(.*)*x/s.test(container.image)", "(.*)*", catastrophic);
      expectProblem("/(a{1,3}){2,5}$/.test(container.image)", "(a{1,3}){2,5}", catastrophic);
      expectProblem("/(x)\\1/.test(container.image)", "\\1", 'back-reference "\\1": a test with back-references can take exponential time, so they are not allowed');
      expectProblem("/(?<x>a)\\k<x>/.test(container.image)", "\\k<x>", /^back-reference/);
    });

    it("that cannot are accepted", () => {
      for (const pattern of ["^[a-z]+(\\.[a-z]+)*$", "^v\\d+(\\.\\d+)?$", "(foo|bar)+", "^(.|\\n)*$", "^[\\w.-]+(:[0-9]+)?\\/", "^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\\/)*[a-z0-9]+$"]) {
        expect(compileText(`/${pattern}/.test(container.image)`), pattern).toHaveProperty("ir");
      }
    });

    it("may use only the flags i, m, s and u", () => {
      expectProblem("/a/g.test(container.image)", "/a/g", /^the flag g cannot be used: a regular expression may use only the flags i, m, s and u/);
      expectProblem("/a/gy.test(container.image)", "/a/gy", /^the flags g, y cannot be used/);
    });

    it("are checked for syntax", () => {
      expectProblem("/(/.test(container.image)", "/(/", "Invalid regular expression: /(/: Unterminated group");
    });

    it("may not use lookbehinds, or be too large for the matcher", () => {
      expectProblem("/(?<=a)b/.test(container.image)", "(?<=a)", 'lookbehind "(?<=a)": lookbehind assertions are not supported');
      expectProblem("/(?:[a-z]{1,63}\\.){1,500}/.test(container.image)", "(?:[a-z]{1,63}\\.){1,500}", /^this regular expression is too large/);
    });
  });
});

describe("field paths (at)", () => {
  it("name a field below a scope name, with literal keys", () => {
    const scope = containerScope(undefined, 1);
    expect(compiled("container.securityContext.runAsUser", "field").path(scope)).toEqual([...POD, "containers", 1, "securityContext", "runAsUser"]);
    expect(compiled("pod.tolerations[0]", "field").path(scope)).toEqual([...POD, "tolerations", 0]);
    expect(compiled('pod.tolerations["1"].effect', "field").path(scope)).toEqual([...POD, "tolerations", 1, "effect"]);
    expect(compiled('metadata.labels["team"]', "field").path(scope)).toEqual(["metadata", "labels", "team"]);
    expect(compiled("container", "field").path(scope)).toEqual([...POD, "containers", 1]);
    expect(compiled("pod.tolerations[0].key", "field").evaluate(scope)).toBe("dedicated");
    expect(compiled("containerKind", "field").path(scope)).toBeUndefined();
  });

  it("are checked like expressions", () => {
    expectProblem("pod.tolerations[0].efect", "efect", '"efect" is not a field of Toleration in Kubernetes 1.36; did you mean "effect"?', "field");
    expect(problems("pod.tolerations[i]", "field")).toEqual([
      { start: 16, end: 17, message: 'a field path takes literal keys only, such as pod.tolerations[0] or metadata.labels["team"]' },
    ]);
    expectProblem("pod.containers.find(c => c.name).image", "pod.containers.find(c => c.name)", /^a field path starts with a name/, "field");
    expectProblem("contaner.image", "contaner", '"contaner" is not defined; did you mean "container"?', "field");
  });
});

describe("message templates", () => {
  const text = (message: string, scope = containerScope(undefined, 1)): string => compiled(message, "template").text(scope);

  it("interpolate values: strings as they are, other primitives with String(), lists and objects as compact JSON", () => {
    expect(text("image ${container.image} is not from registry.acme.io")).toBe("image busybox:1.36 is not from registry.acme.io");
    expect(text("${container.workingDir} ${null} ${1.5} ${true} ${[1, 'a']} ${container.resources}")).toBe('undefined null 1.5 true [1,"a"] {"limits":{"memory":"1.5Gi"}}');
    expect(text("${pod.containers.map(c => c.name)}")).toBe('["shipper","sidecar"]');
    expect(text("no placeholders")).toBe("no placeholders");
    expect(text("")).toBe("");
    expect(compiled("${container.name}!", "template").evaluate(containerScope())).toBe("shipper!");
  });

  it("take literal text as it is: backslashes, backticks, and $ not before {", () => {
    expect(text("C:\\path `quoted` costs $5 ${container.name}$")).toBe("C:\\path `quoted` costs $5 sidecar$");
    expect(text("$${container.name}")).toBe("$sidecar");
  });

  it("end a placeholder at the } that closes it", () => {
    expect(text('${ {a: "}"}.a } ${ `${container.name}` }')).toBe("} sidecar");
    expect(text("${container.name // a comment with }\n}")).toBe("sidecar");
  });

  it("report problems at their offsets in the message", () => {
    expectProblem("image ${container.imagee} is wrong", "imagee", /did you mean "image"\?$/, "template");
    expectProblem("a ${b} c", "b", /^"b" is not defined/, "template");
    expectProblem("x ${container.name", "${", "this placeholder has no closing '}'", "template");
    expect(problems("x ${container.name ===}", "template")).toEqual([{ start: 22, end: 22, message: "Expression expected." }]);
  });
});

describe("blame", () => {
  const blame = (text: string, scope: Scope = containerScope(undefined, 1)): Path | undefined => {
    const ev = compiled(text);
    expect(ev.evaluate(scope)).toBeFalsy();
    return ev.blame(scope);
  };
  const second: Path = [...POD, "containers", 1];

  it("points at the deepest field read, present or missing", () => {
    const ds = sampleDaemonSet();
    ds.spec.template.spec.containers[0]!.securityContext!.runAsUser = 0;
    expect(blame("container.securityContext?.runAsUser >= 1000", containerScope(ds, 0))).toEqual([...POD, "containers", 0, "securityContext", "runAsUser"]);
    // Missing: the full path; the reporter highlights its deepest existing node.
    expect(blame("container.securityContext?.runAsUser >= 1000")).toEqual([...second, "securityContext", "runAsUser"]);
    expect(blame("(pod.priority ?? 0) > 0")).toEqual([...POD, "priority"]);
    expect(blame("image(container.image).registry === 'registry.acme.io'")).toEqual([...second, "image"]);
  });

  it("every(): the item whose call returned false", () => {
    const ds = sampleDaemonSet();
    ds.spec.template.spec.containers.push({ name: "third", image: "x", securityContext: { runAsUser: 2000, runAsNonRoot: true } } as never);
    const scope = containerScope(ds, 0);
    expect(blame("pod.containers.every(c => c.securityContext?.runAsUser >= 1000)", scope)).toEqual([...POD, "containers", 1, "securityContext", "runAsUser"]);
    expect(blame("pod.containers.every(c => c.name !== 'sidecar')", scope)).toEqual([...POD, "containers", 1, "name"]);
    expect(blame("pod.containers.every((c, i) => i < 1)", scope)).toEqual([...POD, "containers", 1]);
    expect(blame("!pod.containers.some(c => c.name === 'third')", scope)).toEqual([...POD, "containers", 2, "name"]);
  });

  it("&&, ||, ?: and !: only the parts that made the result", () => {
    expect(blame("container.name === 'x' && pod.hostNetwork")).toEqual([...second, "name"]);
    expect(blame("container.name === 'sidecar' && pod.securityContext.runAsNonRoot")).toEqual([...POD, "securityContext", "runAsNonRoot"]);
    expect(blame("pod.containers[0].securityContext.runAsNonRoot === false || container.name === 'x'")).toEqual([...POD, "containers", 0, "securityContext", "runAsNonRoot"]);
    expect(blame("container.name === 'sidecar' ? container.securityContext.privileged : true")).toEqual([...second, "securityContext", "privileged"]);
    expect(blame("container.name === 'x' ? true : false")).toEqual([...second, "name"]);
    expect(blame("!container.image")).toEqual([...second, "image"]);
  });

  it("keeps the paths of items through filter, find, indices and spreads; not through map, helpers or literals", () => {
    expect(blame("pod.containers.filter(c => c.name === 'sidecar')[0].image === 'x'")).toEqual([...second, "image"]);
    expect(blame("pod.containers.find(c => c.name === 'sidecar').image === 'x'")).toEqual([...second, "image"]);
    expect(blame("[...pod.tolerations][1].key === 'x'")).toEqual([...POD, "tolerations", 1, "key"]);
    expect(blame("pod.containers.flatMap(c => c.ports ?? []).every(p => !p.hostPort)")).toEqual([...POD, "containers", 0, "ports", 0, "hostPort"]);
    expect(blame("pod.containers.filter(c => !c.securityContext).length === 0")).toEqual([...second, "securityContext"]);
    expect(blame("pod.containers.map(c => c.name)[1] === 'x'")).toEqual([...second, "name"]);
    expect(blame("({a: container.name}).a === 'x'")).toEqual([...second, "name"]);
    expect(blame("1 > 2")).toBeUndefined();
  });

  it("reads nothing from names that are not from the manifest", () => {
    expect(blame("containerKind === 'initContainer'")).toBeUndefined();
  });
});

describe("the step budget", () => {
  it("is 100,000 steps unless the evaluator is given another", () => {
    expect(STEP_BUDGET).toBe(100_000);
    expect(() => compiled("1 + 1 + 1 + 1", "expression", { budget: 5 }).evaluate(containerScope())).toThrow(BudgetExceeded);
    expect(compiled("1 + 1", "expression", { budget: 5 }).evaluate(containerScope())).toBe(2);
  });

  it("counts every callback call and the data lists and strings are made of", () => {
    const scope = containerScope(undefined, 0, { anything: Array.from({ length: 400 }, (_, i) => i) });
    // 400 × 400 calls: over.
    expect(() => evaluate("anything.some(a => anything.some(b => a + b < 0))", scope)).toThrow(BudgetExceeded);
    expect(() => evaluate("anything.flatMap(a => anything).flatMap(b => anything).length", scope)).toThrow(BudgetExceeded);
    const huge = "x".repeat(5_000_000);
    const started = performance.now();
    expect(() => evaluate("anything.split('').length", containerScope(undefined, 0, { anything: huge }))).toThrow(BudgetExceeded);
    expect(() => evaluate("anything.split('x').length", containerScope(undefined, 0, { anything: huge }))).toThrow(BudgetExceeded);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it("stops strings that double", () => {
    const doubling = `[container.name]${".map(s => s + s)".repeat(40)}`;
    expect(() => evaluate(doubling)).toThrow(BudgetExceeded);
    expect(() => compiled(`${"${[container.name]" + ".map(s => s + s)".repeat(30)}}`, "template").text(containerScope())).toThrow(BudgetExceeded);
  });

  it("charges a message for the JSON it writes", () => {
    const big = { items: Array.from({ length: 200_000 }, (_, i) => ({ i })) };
    expect(() => compiled("${anything}", "template").text(containerScope(undefined, 0, { anything: big }))).toThrow(BudgetExceeded);
  });
});

describe("the Ir", () => {
  it("is plain JSON, of a format the evaluator checks", () => {
    const result = compileText("pod.containers.some(c => /^x/i.test(c.image) || selects({a: '1'}, {a: 1}))");
    if (!("ir" in result)) throw new Error("no ir");
    expect(JSON.parse(JSON.stringify(result.ir))).toEqual(result.ir);
    expect(result.ir).toMatchObject({ format: IR_FORMAT, role: "expression", slots: 1 });
    expect(() => evaluator({ ...result.ir, format: IR_FORMAT + 1 } as unknown as Ir)).toThrow(/format/);
  });

  it("is evaluated without the parser: no module the evaluator imports loads it", () => {
    const dir = resolve(import.meta.dirname, "../src/rules/custom");
    const imports = (file: string): string[] =>
      [...readFileSync(join(dir, file), "utf8").matchAll(/^import (?!type )[^;]*? from "(\.\/[^"]+|@[^"]+)";/gms)].map((m) => m[1]!);
    const seen = new Set<string>();
    const visit = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const specifier of imports(file)) if (specifier.startsWith("./")) visit(specifier.slice(2).replace(/\.js$/, ".ts"));
        else expect(specifier, file).not.toContain("typescript-estree");
    };
    visit("evaluate.ts");
    expect([...seen].sort()).toEqual(["evaluate.ts", "helpers.ts", "ir.ts", "match.ts", "pattern.ts", "runtime.ts", "validate.ts"]);
    // No module here imports the parser at load time: only parse.ts loads it, through dependency(), on the first parse.
    for (const file of readdirSync(dir)) {
      expect(readFileSync(join(dir, file), "utf8"), file).not.toMatch(/^import (?!type )[^;]*"@typescript-eslint\/typescript-estree"/m);
    }
  });
});
