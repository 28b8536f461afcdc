import { lstatSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import type { RuleSeverity, Severity } from "../finding.js";
import { CONFIG_FILE_NAMES } from "../load/files.js";
import { describeBytes, readRegularFile } from "../load/fs-errors.js";
import { globSyntaxProblem, matchesGlobs } from "../load/globs.js";
import { parseManifests } from "../load/parse.js";
import type { ScalarInfo } from "../load/types.js";
import { UsageError } from "../options.js";
import { formatPath, type Path } from "../path.js";
import { parsePssVersion } from "../pss/version.js";
import type { ActiveRule } from "../rules/engine.js";
import type { Rule } from "../rules/types.js";
import { closestMatch } from "../schema/suggest.js";
import { describeKnownVersions, isKnownVersion, normalizeVersion } from "../schema/versions.js";
import { ownEntry } from "../values.js";


export interface RuleSetting {
  severity: RuleSeverity;
  options?: Record<string, unknown>;
}

export interface DslintConfig {
  /** The file it was read from, if any. */
  file?: string;
  /** Folder that `ignore` and `overrides` globs are relative to. */
  dir: string;
  kubernetesVersion?: string;
  rules: Record<string, RuleSetting>;
  ignore: string[];
  overrides: Array<{ files: string[]; rules: Record<string, RuleSetting> }>;
  podSecurity?: { level?: "privileged" | "baseline" | "restricted"; version?: string };
  nodes: string[];
}

/** A configuration mistake: one line per problem, with its position; exit code 2. */
export class ConfigError extends UsageError {
  override name = "ConfigError";
}

export function emptyConfig(dir: string): DslintConfig {
  return { dir, rules: {}, ignore: [], overrides: [], nodes: [] };
}

/**
 * The nearest `.dslint.yaml` (or `.dslint.yml`) from `cwd` upwards. Any
 * entry by that name counts, even one that cannot be read (a broken symbolic
 * link, a loop, a folder): it is reported when loaded rather than passed
 * over, which would silently lint with other settings.
 */
export function findConfigFile(cwd: string): string | undefined {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    for (const name of CONFIG_FILE_NAMES) {
      const file = join(dir, name);
      if (entryExists(file)) return file;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

function entryExists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

/** Larger configurations are refused (no real one comes close to a kilobyte). */
export const MAX_CONFIG_BYTES = 1024 * 1024;

export function loadConfigFile(file: string, rules: readonly Rule[], displayName = file): DslintConfig {
  // `.dslint.yaml` next to `.dslint.yml`: one of them would be passed over without a word.
  const name = basename(file);
  const others = (CONFIG_FILE_NAMES as readonly string[]).includes(name) ? CONFIG_FILE_NAMES.filter((n) => n !== name && entryExists(join(dirname(file), n))) : [];
  if (others.length > 0) throw new ConfigError(`${displayName}: ${[name, ...others].join(" and ")} are both in the folder ${dirname(resolve(file))}; keep one (merge them into it)`);
  const read = readRegularFile(file, MAX_CONFIG_BYTES);
  if (!("bytes" in read)) {
    const problem = read.tooLarge ? `it is larger than ${describeBytes(MAX_CONFIG_BYTES)}` : read.problem === "no such file or folder" && isSymbolicLink(file) ? "broken symbolic link: its target does not exist" : read.problem;
    throw new ConfigError(`${displayName}: cannot read the configuration: ${problem}`);
  }
  return parseConfig(Buffer.from(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength).toString("utf8"), displayName, dirname(resolve(file)), rules);
}

function isSymbolicLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

/** Parses and validates configuration text (against schemas/dslint-config.schema.json's rules and the known rules). */
export function parseConfig(text: string, name: string, dir: string, rules: readonly Rule[]): DslintConfig {
  // A `kind:` or `items:` in a configuration is a mistake to report, not a manifest to skip or take apart.
  const loaded = parseManifests(text, name, { wholeDocuments: true });
  const errors: string[] = loaded.findings.map((f) => `${name}:${f.line}:${f.column}: ${configSyntaxMessage(f.ruleId, f.message)}`);
  const [object, second] = loaded.objects;
  const raw = object?.value ?? {};
  const ctx: Context = {
    fail: (path, message, onKey = false) => {
      const at = object ? object.locate(path, onKey) : { line: 1, column: 1 };
      errors.push(`${name}:${at.line}:${at.column}: ${message}`);
    },
    scalar: (path) => object?.scalar(path),
    dir,
  };
  const config = emptyConfig(dir);
  config.file = name;
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
    ctx.fail([], "the configuration must be a mapping");
  } else {
    readConfig(raw as Record<string, unknown>, config, rules, ctx);
  }
  if (second) {
    const at = second.locate([]);
    errors.push(`${name}:${at.line}:${at.column}: the configuration must be a single YAML document`);
  }
  if (errors.length > 0) throw new ConfigError(errors.join("\n"));
  return config;
}

/** The loader speaks of manifests; in a configuration a duplicate key is simply ambiguous, and absurd nesting no object. */
function configSyntaxMessage(ruleId: string, message: string): string {
  // One problem, one line.
  message = message.replace(/\s*\n\s*/g, " ");
  const nesting = /^nesting deeper than (\d+) levels\b/.exec(message);
  if (nesting) return `the configuration nests deeper than ${nesting[1]} levels; no configuration nests so deep, and it was not read`;
  if (ruleId !== "duplicate-key") return message;
  return message.replace(/^(duplicate key "(?:[^"\\]|\\.)*"(?: in \S+)?):.*$/s, "$1: only the last one would count; keep one");
}

type Fail = (path: Path, message: string, onKey?: boolean) => void;

interface Context {
  fail: Fail;
  /** How the scalar at `path` was written. */
  scalar: (path: Path) => ScalarInfo | undefined;
  /** The configuration file's folder. */
  dir: string;
}

/**
 * A value that should be text, as written: YAML reads an unquoted `1.30` as
 * the number 1.3, but the author wrote the version 1.30. Undefined when the
 * value is not a string or an unquoted number.
 */
function textAsWritten(value: unknown, path: Path, ctx: Context): string | undefined {
  if (typeof value === "string") return value;
  if (typeof value !== "number") return undefined;
  const scalar = ctx.scalar(path);
  return scalar?.plain ? scalar.source : String(value);
}

const TOP_LEVEL = ["kubernetesVersion", "rules", "ignore", "overrides", "podSecurity", "nodes"];

function readConfig(raw: Record<string, unknown>, config: DslintConfig, rules: readonly Rule[], ctx: Context): void {
  const { fail } = ctx;
  for (const key of Object.keys(raw)) {
    if (!TOP_LEVEL.includes(key)) fail([key], `unknown setting "${key}"${suggest(key, TOP_LEVEL)}`, true);
  }
  if (raw.kubernetesVersion !== undefined) {
    const version = textAsWritten(raw.kubernetesVersion, ["kubernetesVersion"], ctx);
    const minor = version === undefined ? undefined : normalizeVersion(version);
    // Checked here, where the mistake has a position, rather than when a run starts.
    if (minor === undefined) fail(["kubernetesVersion"], 'kubernetesVersion must be a version such as "1.30"');
    else if (!isKnownVersion(minor)) fail(["kubernetesVersion"], `unknown Kubernetes version "${version}"; ${describeKnownVersions()}`);
    else config.kubernetesVersion = version;
  }
  if (raw.rules !== undefined) config.rules = readRules(raw.rules, ["rules"], rules, ctx);
  config.ignore = readGlobs(raw.ignore, ["ignore"], ctx);
  config.nodes = typeof raw.nodes === "string" ? [raw.nodes] : readStrings(raw.nodes, ["nodes"], fail);
  if (raw.overrides !== undefined) {
    if (!Array.isArray(raw.overrides)) fail(["overrides"], "overrides must be a list of {files, rules}");
    else
      raw.overrides.forEach((o, i) => {
        if (typeof o !== "object" || o === null || Array.isArray(o)) return fail(["overrides", i], "an override must be a mapping with files and rules");
        const entry = o as Record<string, unknown>;
        for (const key of Object.keys(entry)) if (key !== "files" && key !== "rules") fail(["overrides", i, key], `unknown setting "${key}" in an override (files, rules)`, true);
        const files = readGlobs(entry.files, ["overrides", i, "files"], ctx);
        if (entry.files === undefined || (Array.isArray(entry.files) && entry.files.length === 0)) fail(["overrides", i], "an override needs files: a list of globs");
        config.overrides.push({ files, rules: readRules(entry.rules ?? {}, ["overrides", i, "rules"], rules, ctx) });
      });
  }
  if (raw.podSecurity !== undefined) {
    const ps = raw.podSecurity as Record<string, unknown>;
    if (typeof ps !== "object" || ps === null || Array.isArray(ps)) fail(["podSecurity"], "podSecurity must be a mapping with level and version");
    else {
      config.podSecurity = {};
      for (const key of Object.keys(ps)) if (key !== "level" && key !== "version") fail(["podSecurity", key], `unknown setting "${key}" in podSecurity (level, version)`, true);
      if (ps.level !== undefined) {
        if (ps.level === "privileged" || ps.level === "baseline" || ps.level === "restricted") config.podSecurity.level = ps.level;
        else fail(["podSecurity", "level"], "podSecurity.level must be privileged, baseline or restricted");
      }
      if (ps.version !== undefined) {
        const version = textAsWritten(ps.version, ["podSecurity", "version"], ctx);
        if (version !== undefined && parsePssVersion(version) !== undefined) config.podSecurity.version = version;
        else fail(["podSecurity", "version"], 'podSecurity.version must be "latest" or a version such as "v1.30"');
      }
    }
  }
}

function readStrings(value: unknown, path: Path, fail: Fail): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string" && v !== "")) {
    fail(path, `${formatPath(path)} must be a list of strings`);
    return [];
  }
  return value as string[];
}

/** Globs are matched against paths relative to the configuration's folder, so some can never match. */
function readGlobs(value: unknown, path: Path, ctx: Context): string[] {
  const globs = readStrings(value, path, ctx.fail);
  globs.forEach((glob, i) => {
    const problem = globProblem(glob, ctx.dir);
    if (problem) ctx.fail([...path, i], `${formatPath([...path, i])} "${glob}" ${problem}`);
  });
  return globs;
}

function globProblem(glob: string, dir: string): string | undefined {
  const syntax = globSyntaxProblem(glob);
  if (syntax) return `is not a valid glob: ${syntax}`;
  if (glob.startsWith("/") || /^[A-Za-z]:[\\/]/.test(glob)) {
    const inside = glob.startsWith(`${dir}/`) ? `; write "${glob.slice(dir.length + 1)}"` : "";
    return `is absolute; globs here are relative to the configuration file's folder, so it never matches${inside}`;
  }
  const segments = glob.split("/");
  const dot = segments.findIndex((s) => s === ".");
  if (dot >= 0) {
    const fixed = segments.filter((s) => s !== ".").join("/");
    return `has a "." folder, which paths never have, so it never matches${fixed ? `; write "${fixed}"` : ""}`;
  }
  return undefined;
}

const SEVERITIES: Record<string, RuleSeverity> = { off: "off", info: "info", warning: "warning", warn: "warning", error: "error" };

function readRules(value: unknown, path: Path, rules: readonly Rule[], ctx: Context): Record<string, RuleSetting> {
  const { fail } = ctx;
  const out: Record<string, RuleSetting> = {};
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    fail(path, `${formatPath(path)} must map rule ids to a severity or [severity, options]`);
    return out;
  }
  const ids = rules.map((r) => r.meta.id);
  for (const [id, setting] of Object.entries(value)) {
    const rule = rules.find((r) => r.meta.id === id);
    if (!rule) {
      fail([...path, id], `unknown rule "${id}"${suggest(id, ids)}`, true);
      continue;
    }
    const [sev, options] = Array.isArray(setting) ? setting : [setting, undefined];
    // An unquoted `off` is the boolean false in YAML 1.1, which the loader follows.
    const severity = typeof sev === "string" ? ownEntry(SEVERITIES, sev) : sev === false ? "off" : undefined;
    if (!severity || (Array.isArray(setting) && setting.length > 2)) {
      fail([...path, id], `rule "${id}": the setting must be off, info, warning or error, or [severity, {options}]`);
      continue;
    }
    const entry: RuleSetting = { severity };
    if (options !== undefined) {
      if (typeof options !== "object" || options === null || Array.isArray(options)) {
        fail([...path, id, 1], `rule "${id}": options must be a mapping`);
        continue;
      }
      entry.options = readRuleOptions(rule, options as Record<string, unknown>, [...path, id, 1], ctx);
    }
    out[id] = entry;
  }
  return out;
}

function readRuleOptions(rule: Rule, input: Record<string, unknown>, path: Path, ctx: Context): Record<string, unknown> {
  const { fail } = ctx;
  const specs = rule.meta.options ?? {};
  const names = Object.keys(specs);
  const options = { ...input };
  for (const [name, given] of Object.entries(input)) {
    const spec = ownEntry(specs, name);
    if (!spec) {
      fail([...path, name], `rule "${rule.meta.id}" has no option "${name}"${names.length ? suggest(name, names) || ` (options: ${names.join(", ")})` : " (it takes no options)"}`, true);
      continue;
    }
    // A text option given an unquoted number (`version: 1.30`) takes it as written.
    const value = spec.type === "string" ? (textAsWritten(given, [...path, name], ctx) ?? given) : given;
    if (value !== given) options[name] = value;
    const ok =
      spec.type === "boolean" ? typeof value === "boolean"
      : spec.type === "string" ? typeof value === "string"
      : spec.type === "number" ? typeof value === "number"
      : spec.type === "string[]" ? Array.isArray(value) && value.every((v) => typeof v === "string")
      : typeof value === "string" && (spec.values ?? []).includes(value);
    if (ok && rule.meta.id === "pod-security" && name === "version" && parsePssVersion(value as string) === undefined) {
      // Any text is a string, but a policy version the checks cannot read would silently evaluate as "latest".
      fail([...path, name], `rule "${rule.meta.id}": option "${name}" must be "latest" or a version such as "v1.30"`);
      continue;
    }
    if (!ok) {
      const expected = spec.type === "enum" ? `one of ${(spec.values ?? []).join(", ")}` : spec.type === "string[]" ? "a list of strings" : `a ${spec.type}`;
      fail([...path, name], `rule "${rule.meta.id}": option "${name}" must be ${expected}`);
    }
  }
  return options;
}

function suggest(input: string, candidates: readonly string[]): string {
  const match = closestMatch(input, candidates);
  return match ? `; did you mean "${match}"?` : "";
}

const SEVERITY_OFF = "off";

/**
 * The rules that apply to one file: each rule's default, then `rules`, then
 * every override whose globs match the file (later overrides win).
 */
export function activeRulesFor(config: DslintConfig, rules: readonly Rule[], absoluteFile: string | undefined): readonly ActiveRule[] {
  const matching = config.overrides.flatMap((o, i) => (absoluteFile && matchesGlobs(absoluteFile, { dir: config.dir, globs: o.files }) ? [i] : []));
  // Files with the same overrides get the same rules: worked out once per combination, not per file.
  let byOverrides = activeRulesCache.get(config);
  if (!byOverrides || byOverrides.rules !== rules) activeRulesCache.set(config, (byOverrides = { rules, active: new Map() }));
  const key = matching.join(",");
  let active = byOverrides.active.get(key);
  if (!active) byOverrides.active.set(key, (active = resolveActiveRules(config, rules, [config.rules, ...matching.map((i) => config.overrides[i]!.rules)])));
  return active;
}

const activeRulesCache = new WeakMap<DslintConfig, { rules: readonly Rule[]; active: Map<string, readonly ActiveRule[]> }>();

function resolveActiveRules(config: DslintConfig, rules: readonly Rule[], layers: ReadonlyArray<DslintConfig["rules"]>): readonly ActiveRule[] {
  const active: ActiveRule[] = [];
  for (const rule of rules) {
    let severity: RuleSeverity = rule.meta.severity;
    // Naming a Pod Security level in the configuration turns the pod-security rule on;
    // off by default, since the single-purpose rules already report the same fields.
    if (rule.meta.id === "pod-security" && config.podSecurity?.level && severity === "off") severity = "warning";
    let options: Record<string, unknown> = { ...rule.defaultOptions, ...ruleOptionsFromConfig(config, rule.meta.id) };
    for (const layer of layers) {
      const setting = layer[rule.meta.id];
      if (!setting) continue;
      severity = setting.severity;
      if (setting.options) options = { ...options, ...setting.options };
    }
    if (severity !== SEVERITY_OFF) active.push({ rule, severity: severity as Severity, options });
  }
  return active;
}

/** Top-level settings that feed a rule's options (`podSecurity` → the pod-security rule). */
function ruleOptionsFromConfig(config: DslintConfig, ruleId: string): Record<string, unknown> {
  if (ruleId === "pod-security" && config.podSecurity) {
    const out: Record<string, unknown> = {};
    if (config.podSecurity.level) out.level = config.podSecurity.level;
    if (config.podSecurity.version) out.version = config.podSecurity.version;
    return out;
  }
  return {};
}
