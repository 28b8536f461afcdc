/**
 * What the tests build their inputs from: a DaemonSet as YAML text (for the
 * pipeline, where positions matter) or as an object (for the simulator and
 * API validation), both taking the pod spec first; a configuration with one
 * rule on, and what that rule reports; and how the fast readers' reading of
 * a text differs from the full reader's.
 */
import { isDeepStrictEqual } from "node:util";
import { checkText } from "../src/check.js";
import { emptyConfig, type DslintConfig, type RuleSetting } from "../src/config/config.js";
import { parseManifests } from "../src/load/parse.js";
import type { ReferencedObject } from "../src/load/referenced.js";
import type { Path } from "../src/path.js";
import { loadRules } from "../src/rules/registry.js";
import type { Obj } from "../src/values.js";

/** The pod spec of `daemonSetYaml()`: one container. */
export const ONE_CONTAINER = "containers: [{name: agent, image: example/agent:1.0}]";

export interface YamlParts {
  /** Default "agent". */
  name?: string;
  /** Default "kube-system"; null for none. */
  namespace?: string | null;
  /** The selector's and the template's labels, as written inside `{}`. Default `app: <name>`. */
  labels?: string;
  /** More lines under `metadata:`, written from column 0. */
  metadata?: string;
  /** More lines under the template's `metadata:`, below its labels, written from column 0. */
  templateMetadata?: string;
}

/**
 * A DaemonSet in YAML with `podSpec` (lines written from column 0) as its
 * pod spec. Its lines do not depend on the parts given but for the extra
 * metadata: the pod spec starts on line 12, or as many lines lower as
 * `metadata` and `templateMetadata` have.
 *
 * ```yaml
 * apiVersion: apps/v1
 * kind: DaemonSet
 * metadata:
 *   name: agent
 *   namespace: kube-system
 * spec:
 *   selector: {matchLabels: {app: agent}}
 *   template:
 *     metadata:
 *       labels: {app: agent}
 *     spec:
 *       containers: [{name: agent, image: example/agent:1.0}]
 * ```
 */
export function daemonSetYaml(podSpec = ONE_CONTAINER, parts: YamlParts = {}): string {
  const name = parts.name ?? "agent";
  const namespace = parts.namespace === undefined ? "kube-system" : parts.namespace;
  const labels = parts.labels ?? `app: ${name}`;
  const lines = [
    "apiVersion: apps/v1",
    "kind: DaemonSet",
    "metadata:",
    `  name: ${name}`,
    ...(namespace === null ? [] : [`  namespace: ${namespace}`]),
    ...indented(parts.metadata, 2),
    "spec:",
    `  selector: {matchLabels: {${labels}}}`,
    "  template:",
    "    metadata:",
    `      labels: {${labels}}`,
    ...indented(parts.templateMetadata, 6),
    "    spec:",
    ...indented(podSpec, 6),
  ];
  return `${lines.join("\n")}\n`;
}

function indented(text: string | undefined, by: number): string[] {
  if (text === undefined) return [];
  return text.replace(/\n$/, "").split("\n").map((line) => (line === "" ? line : " ".repeat(by) + line));
}

export interface ObjectParts {
  /** metadata.name, the label `app` and the container's name. Default "agent". */
  name?: string;
  /** Merged into `metadata`. */
  metadata?: Obj;
  /** Merged into `spec`, after its selector and template (so either can be replaced). */
  spec?: Obj;
}

/** A DaemonSet object in kube-system with one container, `podSpec` merged into its pod spec. */
export function daemonSet(podSpec: Obj = {}, parts: ObjectParts = {}): Obj {
  const name = parts.name ?? "agent";
  return {
    apiVersion: "apps/v1",
    kind: "DaemonSet",
    metadata: { name, namespace: "kube-system", ...parts.metadata },
    spec: {
      selector: { matchLabels: { app: name } },
      template: {
        metadata: { labels: { app: name } },
        spec: { containers: [{ name, image: "example.com/agent:1.0" }], ...podSpec },
      },
      ...parts.spec,
    },
  };
}

let allRules: ReturnType<typeof loadRules> | undefined;

/** A configuration with every rule off but one, so a test sees that rule's findings alone. */
export async function onlyRule(ruleId: string, setting: RuleSetting = { severity: "warning" }, dir = process.cwd()): Promise<DslintConfig> {
  const config = emptyConfig(dir);
  for (const r of await (allRules ??= loadRules())) config.rules[r.meta.id] = { severity: "off" };
  config.rules[ruleId] = setting;
  return config;
}

export interface RuleRun {
  /** The rule's options. */
  options?: Record<string, unknown>;
  kubernetesVersion?: string;
  /** The configuration's top-level \`podSecurity\` setting (the pod-security rule's). */
  podSecurity?: Record<string, unknown>;
}

/**
 * What checking `manifest` with only `ruleId` on (as a warning) reports, one
 * string a finding: `line:column message`, led by the rule id for findings
 * of other stages (`api-validation: 14:11 ...`), which no rule turns off.
 */
export async function ruleFindings(ruleId: string, manifest: string, run: RuleRun = {}): Promise<string[]> {
  const config = await onlyRule(ruleId, { severity: "warning", options: run.options ?? {} });
  if (run.kubernetesVersion !== undefined) config.kubernetesVersion = run.kubernetesVersion;
  if (run.podSecurity !== undefined) config.settings = { ...config.settings, podSecurity: run.podSecurity };
  const result = await checkText(manifest, "test.yaml", { config });
  return result.findings.map((f) => `${f.ruleId === ruleId ? "" : `${f.ruleId}: `}${f.line}:${f.column} ${f.message}`);
}

/** Every path into a value, plus one missing child of each collection. */
export function pathsOf(value: unknown, base: Path = [], out: Path[] = []): Path[] {
  out.push(base);
  if (Array.isArray(value)) {
    value.forEach((item, i) => pathsOf(item, [...base, i], out));
    out.push([...base, value.length]);
  } else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) pathsOf(item, [...base, key], out);
    out.push([...base, "no-such-field"]);
  }
  return out;
}

/**
 * Where everything parseManifests gives for `text` read as `file` differs
 * with the fast readers (load/block-reader.ts, load/json-reader.ts) and
 * without: findings, documents, values, key order, and the source range,
 * key range and scalar of every path. Empty when they agree.
 */
export function fastReaderDifferences(text: string, file: string): string[] {
  // What is kept of the ServiceAccounts, ConfigMaps and Secrets: the fast path reads them in outline.
  const fullReferenced: ReferencedObject[] = [];
  const fastReferenced: ReferencedObject[] = [];
  const full = parseManifests(text, file, { fastReader: false, referencedObject: (o) => fullReferenced.push(o) });
  const fast = parseManifests(text, file, { referencedObject: (o) => fastReferenced.push(o) });
  const out: string[] = [];
  const same = (what: string, a: unknown, b: unknown) => {
    if (!isDeepStrictEqual(a, b)) out.push(`${what}: full ${JSON.stringify(a)}, fast ${JSON.stringify(b)}`);
  };
  same("referenced objects", fullReferenced, fastReferenced);
  same("findings", full.findings, fast.findings);
  same("document lines", full.documentLines, fast.documentLines);
  same("documents", full.documentCount, fast.documentCount);
  same("objects", full.objects.length, fast.objects.length);
  full.objects.forEach((a, k) => {
    const b = fast.objects[k];
    if (!b) return;
    same(`value ${k}`, a.value, b.value);
    same(`key order ${k}`, JSON.stringify(a.value), JSON.stringify(b.value));
    same(`base path ${k}`, a.basePath, b.basePath);
    for (const path of pathsOf(a.value)) {
      same(`range of ${JSON.stringify(path)}`, a.locate(path), b.locate(path));
      same(`key range of ${JSON.stringify(path)}`, a.locate(path, true), b.locate(path, true));
      same(`scalar at ${JSON.stringify(path)}`, a.scalar(path), b.scalar(path));
    }
  });
  return out;
}
