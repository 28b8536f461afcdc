import { lstatSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { isKnownVersion, normalizeVersion, unknownVersionMessage } from "../k8s/versions.js";
import { CONFIG_FILE_NAMES } from "../load/files.js";
// Not from files.ts, which imports this module: the cycle would break the ES module build.
import { describeBytes, readRegularFile } from "../load/fs-errors.js";
import { globSyntaxProblem, matchesGlobs } from "../load/globs.js";
import { parseManifests } from "../load/parse.js";
import { UsageError } from "../options.js";
import { formatPath } from "../path.js";
import { words } from "../rules/docs.js";
import { findingKinds, withCustomKinds } from "../rules/registry.js";
import { readCustomRules } from "./custom-rules.js";
import { closestMatch } from "../schema/suggest.js";
import { ownEntry } from "../values.js";
/** A configuration mistake: one line per problem, with its position; exit code 2. */
export class ConfigError extends UsageError {
    name = "ConfigError";
}
export function emptyConfig(dir) {
    return { dir, rules: {}, ignore: [], overrides: [], nodes: [] };
}
/**
 * The nearest `.dslint.yaml` (or `.dslint.yml`) from `cwd` upwards. Any
 * entry by that name counts, even one that cannot be read (a broken symbolic
 * link, a loop, a folder): it is reported when loaded rather than passed
 * over, which would silently lint with other settings.
 */
export function findConfigFile(cwd) {
    for (let dir = resolve(cwd);; dir = dirname(dir)) {
        for (const name of CONFIG_FILE_NAMES) {
            const file = join(dir, name);
            if (entryExists(file))
                return file;
        }
        if (dirname(dir) === dir)
            return undefined;
    }
}
function entryExists(path) {
    try {
        lstatSync(path);
        return true;
    }
    catch {
        return false;
    }
}
/** Larger configurations are refused (no real one comes close to a kilobyte). */
export const MAX_CONFIG_BYTES = 1024 * 1024;
export function loadConfigFile(file, rules, displayName = file) {
    // `.dslint.yaml` next to `.dslint.yml`: one of them would be passed over without a word.
    const name = basename(file);
    const others = CONFIG_FILE_NAMES.includes(name) ? CONFIG_FILE_NAMES.filter((n) => n !== name && entryExists(join(dirname(file), n))) : [];
    if (others.length > 0)
        throw new ConfigError(`${displayName}: ${[name, ...others].join(" and ")} are both in the folder ${dirname(resolve(file))}; keep one (merge them into it)`);
    const read = readRegularFile(file, MAX_CONFIG_BYTES);
    if (!("bytes" in read)) {
        const problem = read.tooLarge ? `it is larger than ${describeBytes(MAX_CONFIG_BYTES)}` : read.problem === "no such file or folder" && isSymbolicLink(file) ? "broken symbolic link: its target does not exist" : read.problem;
        throw new ConfigError(`${displayName}: cannot read the configuration: ${problem}`);
    }
    return parseConfig(Buffer.from(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength).toString("utf8"), displayName, dirname(resolve(file)), rules);
}
function isSymbolicLink(path) {
    try {
        return lstatSync(path).isSymbolicLink();
    }
    catch {
        return false;
    }
}
/** Parses and validates configuration text against the registry of finding kinds (schemas/dslint-config.schema.json is generated from it). */
export function parseConfig(text, name, dir, rules) {
    // A `kind:` or `items:` in a configuration is a mistake to report, not a manifest to skip or take apart.
    const loaded = parseManifests(text, name, { wholeDocuments: true });
    const errors = loaded.findings.map((f) => `${name}:${f.line}:${f.column}: ${configSyntaxMessage(f.ruleId, f.message)}`);
    const [object, second] = loaded.objects;
    const raw = object?.value ?? {};
    const ctx = {
        fail: (path, message, onKey = false) => {
            const at = object ? object.locate(path, onKey) : { line: 1, column: 1 };
            errors.push(`${name}:${at.line}:${at.column}: ${message}`);
        },
        scalar: (path) => object?.scalar(path),
        locate: (path, onKey) => object.locate(path, onKey),
        text,
        file: name,
        dir,
    };
    const config = emptyConfig(dir);
    config.file = name;
    if (typeof raw !== "object" || raw === null || Array.isArray(raw)) {
        ctx.fail([], "the configuration must be a mapping");
    }
    else {
        readConfig(raw, config, findingKinds(rules), ctx);
    }
    if (second) {
        const at = second.locate([]);
        errors.push(`${name}:${at.line}:${at.column}: the configuration must be a single YAML document`);
    }
    if (errors.length > 0)
        throw new ConfigError(errors.join("\n"));
    return config;
}
/** The loader speaks of manifests; in a configuration a duplicate key is simply ambiguous, and absurd nesting no object. */
function configSyntaxMessage(ruleId, message) {
    // One problem, one line.
    message = message.replace(/\s*\n\s*/g, " ");
    const nesting = /^nesting deeper than (\d+) levels\b/.exec(message);
    if (nesting)
        return `the configuration nests deeper than ${nesting[1]} levels; no configuration nests so deep, and it was not read`;
    if (ruleId !== "duplicate-key")
        return message;
    return message.replace(/^(duplicate key "(?:[^"\\]|\\.)*"(?: in \S+)?):.*$/s, "$1: only the last one would count; keep one");
}
/**
 * A value that should be text, as written: YAML reads an unquoted `1.30` as
 * the number 1.3, but the author wrote the version 1.30. Undefined when the
 * value is not a string or an unquoted number.
 */
function textAsWritten(value, path, ctx) {
    if (typeof value === "string")
        return value;
    if (typeof value !== "number")
        return undefined;
    const scalar = ctx.scalar(path);
    return scalar?.plain ? scalar.source : String(value);
}
const TOP_LEVEL = ["kubernetesVersion", "rules", "ignore", "overrides", "nodes", "customRules"];
function readConfig(raw, config, builtIn, ctx) {
    const { fail } = ctx;
    // First: `rules` and `overrides` may set the custom rules' severities.
    if (raw.customRules !== undefined)
        config.customRules = readCustomRules(raw.customRules, builtIn, { ...ctx, severity: readSeverity });
    const kinds = withCustomKinds(builtIn, config.customRules ?? []);
    const withSetting = kinds.all.filter((k) => k.setting);
    const known = [...TOP_LEVEL, ...withSetting.map((k) => k.setting.key)];
    for (const key of Object.keys(raw)) {
        if (!known.includes(key))
            fail([key], `unknown setting "${key}"${suggest(key, known)}`, true);
    }
    if (raw.kubernetesVersion !== undefined) {
        const version = textAsWritten(raw.kubernetesVersion, ["kubernetesVersion"], ctx);
        const minor = version === undefined ? undefined : normalizeVersion(version);
        // Checked here, where the mistake has a position, rather than when a run starts.
        if (minor === undefined)
            fail(["kubernetesVersion"], 'kubernetesVersion must be a version such as "1.30"');
        else if (!isKnownVersion(minor))
            fail(["kubernetesVersion"], unknownVersionMessage(version));
        else
            config.kubernetesVersion = version;
    }
    if (raw.rules !== undefined)
        config.rules = readRules(raw.rules, ["rules"], kinds, ctx);
    config.ignore = readGlobs(raw.ignore, ["ignore"], ctx);
    config.nodes = typeof raw.nodes === "string" ? [raw.nodes] : readStrings(raw.nodes, ["nodes"], fail);
    if (raw.overrides !== undefined) {
        if (!Array.isArray(raw.overrides))
            fail(["overrides"], "overrides must be a list of {files, rules}");
        else
            raw.overrides.forEach((o, i) => {
                if (typeof o !== "object" || o === null || Array.isArray(o))
                    return fail(["overrides", i], "an override must be a mapping with files and rules");
                const entry = o;
                for (const key of Object.keys(entry))
                    if (key !== "files" && key !== "rules")
                        fail(["overrides", i, key], `unknown setting "${key}" in an override (files, rules)`, true);
                const files = readGlobs(entry.files, ["overrides", i, "files"], ctx);
                if (entry.files === undefined || (Array.isArray(entry.files) && entry.files.length === 0))
                    fail(["overrides", i], "an override needs files: a list of globs");
                config.overrides.push({ files, rules: readRules(entry.rules ?? {}, ["overrides", i, "rules"], kinds, ctx) });
            });
    }
    for (const kind of withSetting) {
        const key = kind.setting.key;
        const value = raw[key];
        if (value === undefined)
            continue;
        const names = Object.keys(kind.options);
        if (typeof value !== "object" || value === null || Array.isArray(value))
            fail([key], `${key} must be a mapping with ${words(names, "and")}`);
        else
            (config.settings ??= {})[key] = readOptions(kind, value, [key], ctx, "setting");
    }
}
function readStrings(value, path, fail) {
    if (value === undefined)
        return [];
    if (!Array.isArray(value) || !value.every((v) => typeof v === "string" && v !== "")) {
        fail(path, `${formatPath(path)} must be a list of strings`);
        return [];
    }
    return value;
}
/** Globs are matched against paths relative to the configuration's folder, so some can never match. */
function readGlobs(value, path, ctx) {
    const globs = readStrings(value, path, ctx.fail);
    globs.forEach((glob, i) => {
        const problem = globProblem(glob, ctx.dir);
        if (problem)
            ctx.fail([...path, i], `${formatPath([...path, i])} "${glob}" ${problem}`);
    });
    return globs;
}
function globProblem(glob, dir) {
    const syntax = globSyntaxProblem(glob);
    if (syntax)
        return `is not a valid glob: ${syntax}`;
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
const SEVERITIES = { off: "off", info: "info", warning: "warning", warn: "warning", error: "error" };
function readSeverity(value) {
    // An unquoted `off` is the boolean false in YAML 1.1, which the loader follows.
    return typeof value === "string" ? ownEntry(SEVERITIES, value) : value === false ? "off" : undefined;
}
function readRules(value, path, kinds, ctx) {
    const { fail } = ctx;
    const out = {};
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
        fail(path, `${formatPath(path)} must map rule ids to a severity or [severity, options]`);
        return out;
    }
    const ids = kinds.all.map((k) => k.id);
    for (const [id, setting] of Object.entries(value)) {
        const kind = kinds.get(id);
        if (!kind) {
            fail([...path, id], `unknown rule "${id}"${suggest(id, ids)}`, true);
            continue;
        }
        const [sev, options] = Array.isArray(setting) ? setting : [setting, undefined];
        const severity = readSeverity(sev);
        if (!severity || (Array.isArray(setting) && setting.length > 2)) {
            fail([...path, id], `rule "${id}": the setting must be off, info, warning or error, or [severity, {options}]`);
            continue;
        }
        if (!kind.severities.includes(severity)) {
            fail([...path, id], `rule "${id}" can only be ${words(kind.severities, "or")}: ${kind.severitiesBecause}`);
            continue;
        }
        const entry = { severity };
        if (options !== undefined) {
            if (typeof options !== "object" || options === null || Array.isArray(options)) {
                fail([...path, id, 1], `rule "${id}": options must be a mapping`);
                continue;
            }
            entry.options = readOptions(kind, options, [...path, id, 1], ctx, "rule");
        }
        out[id] = entry;
    }
    return out;
}
/**
 * A kind's options, from a rule setting (`[warning, {level: restricted}]`)
 * or from the top-level setting that gives them (`podSecurity: {...}`),
 * checked against the kind's option specs.
 */
function readOptions(kind, input, path, ctx, from) {
    const { fail } = ctx;
    const names = Object.keys(kind.options);
    const options = { ...input };
    for (const [name, given] of Object.entries(input)) {
        const spec = ownEntry(kind.options, name);
        if (!spec) {
            if (from === "setting")
                fail([...path, name], `unknown setting "${name}" in ${formatPath(path)} (${names.join(", ")})`, true);
            else
                fail([...path, name], `rule "${kind.id}" has no option "${name}"${names.length ? suggest(name, names) || ` (options: ${names.join(", ")})` : " (it takes no options)"}`, true);
            continue;
        }
        // A text option given an unquoted number (`version: 1.30`) takes it as written.
        const value = spec.type === "string" ? (textAsWritten(given, [...path, name], ctx) ?? given) : given;
        if (value !== given)
            options[name] = value;
        if (optionValueOk(spec, value))
            continue;
        const what = from === "setting" ? formatPath([...path, name]) : `rule "${kind.id}": option "${name}"`;
        fail([...path, name], `${what} must be ${expectedValue(spec)}`);
    }
    return options;
}
function optionValueOk(spec, value) {
    switch (spec.type) {
        case "boolean":
            return typeof value === "boolean";
        case "string":
            return typeof value === "string" && (spec.pattern === undefined || new RegExp(spec.pattern).test(value));
        case "number":
            return typeof value === "number";
        case "string[]":
            return Array.isArray(value) && value.every((v) => typeof v === "string");
        case "enum":
            return typeof value === "string" && (spec.values ?? []).includes(value);
        case "enum[]":
            return Array.isArray(value) && value.every((v) => typeof v === "string" && (spec.values ?? []).includes(v));
        case "taint[]":
            return Array.isArray(value) && value.every(isTaintOption);
    }
}
const TAINT_OPTION_FIELDS = new Set(["key", "value", "effect"]);
/** A taint as `node.spec.taints` holds it; the effect is required, as the API requires it. */
function isTaintOption(value) {
    if (typeof value !== "object" || value === null || Array.isArray(value))
        return false;
    const taint = value;
    if (!Object.keys(taint).every((k) => TAINT_OPTION_FIELDS.has(k)))
        return false;
    if (typeof taint.key !== "string" || taint.key === "")
        return false;
    if (taint.value !== undefined && typeof taint.value !== "string")
        return false;
    return taint.effect === "NoSchedule" || taint.effect === "PreferNoSchedule" || taint.effect === "NoExecute";
}
function expectedValue(spec) {
    if (spec.type === "enum")
        return words(spec.values ?? [], "or");
    if (spec.type === "string[]")
        return "a list of strings";
    if (spec.type === "enum[]")
        return `a list of ${words(spec.values ?? [], "or")}`;
    if (spec.type === "taint[]")
        return "a list of taints {key, value (a string, optional), effect: NoSchedule, PreferNoSchedule or NoExecute}";
    if (spec.type === "string" && spec.patternText)
        return spec.patternText;
    return `a ${spec.type}`;
}
function suggest(input, candidates) {
    const match = closestMatch(input, candidates);
    return match ? `; did you mean "${match}"?` : "";
}
const SEVERITY_OFF = "off";
/**
 * The rules that apply to one file: each rule's default, then `rules`, then
 * every override whose globs match the file (later overrides win).
 */
export function activeRulesFor(config, rules, absoluteFile) {
    return fileSettings(config, rules, absoluteFile).rules;
}
/**
 * The severities the configuration gives, in one file, to the kinds of
 * finding the other stages report (a rule reports at its configured
 * severity already): the kinds it changes, "off" for those it turns off.
 */
export function stageSeveritiesFor(config, rules, absoluteFile) {
    return fileSettings(config, rules, absoluteFile).severities;
}
/** A stage's finding (or problem) at the severity configured for its kind; undefined when the kind is off. */
function configuredFinding(finding, severities) {
    const severity = severities.get(finding.ruleId);
    if (severity === undefined)
        return finding;
    return severity === SEVERITY_OFF ? undefined : { ...finding, severity };
}
/**
 * The other stages' findings as the configuration sets them, each in its
 * file (`absolutePath` of the finding's file name): at the configured
 * severity, or undefined when its kind is off there.
 */
export function configureStageFindings(config, rules, absolutePath) {
    const kinds = findingKinds(rules);
    const layers = [config.rules, ...config.overrides.map((o) => o.rules)];
    // Most configurations leave every stage's kind at its default: then there is nothing to do per finding.
    if (!layers.some((layer) => Object.keys(layer).some((id) => !kinds.get(id)?.rule)))
        return (f) => f;
    return (f) => configuredFinding(f, stageSeveritiesFor(config, rules, absolutePath(f.file)));
}
function fileSettings(config, rules, absoluteFile) {
    let byOverrides = fileSettingsCache.get(config);
    if (!byOverrides || byOverrides.rules !== rules)
        fileSettingsCache.set(config, (byOverrides = { rules, settings: new Map(), last: undefined }));
    // Stage findings are configured one at a time, mostly many of the same file in a row.
    const last = byOverrides.last;
    if (last && last.file === absoluteFile)
        return last.settings;
    const matching = config.overrides.flatMap((o, i) => (absoluteFile && matchesGlobs(absoluteFile, { dir: config.dir, globs: o.files }) ? [i] : []));
    // Files with the same overrides get the same settings: worked out once per combination, not per file.
    const key = matching.join(",");
    let settings = byOverrides.settings.get(key);
    if (!settings)
        byOverrides.settings.set(key, (settings = resolveFileSettings(config, findingKinds(rules), [config.rules, ...matching.map((i) => config.overrides[i].rules)])));
    byOverrides.last = { file: absoluteFile, settings };
    return settings;
}
const fileSettingsCache = new WeakMap();
function resolveFileSettings(config, kinds, layers) {
    const rules = [];
    const severities = new Map();
    for (const kind of kinds.all) {
        let severity = kind.severity;
        const fromSetting = kind.setting ? config.settings?.[kind.setting.key] : undefined;
        const enables = kind.setting?.enables;
        if (enables && fromSetting?.[enables.option] !== undefined && severity === SEVERITY_OFF)
            severity = enables.severity;
        let options = { ...kind.defaultOptions, ...fromSetting };
        for (const layer of layers) {
            const setting = ownEntry(layer, kind.id);
            if (!setting)
                continue;
            severity = setting.severity;
            if (setting.options)
                options = { ...options, ...setting.options };
        }
        if (kind.rule) {
            if (severity !== SEVERITY_OFF)
                rules.push({ rule: kind.rule, severity: severity, options });
        }
        else if (severity !== kind.severity)
            severities.set(kind.id, severity);
    }
    return { rules, severities };
}
