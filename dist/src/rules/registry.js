/**
 * The registry of finding kinds: every rule (the modules in rules/) and
 * every finding the pipeline's other stages report (src/builtin-findings.ts),
 * each with its stage, default severity, the settings the configuration may
 * give it, options, documentation and examples. Configuration validation,
 * `dslint rules` and `explain`, the README tables, SARIF's rule metadata, the
 * configuration schema and the language server all read it.
 */
import { RULES } from "../../rules/index.js";
import { STAGE_FINDINGS } from "../builtin-findings.js";
import { compareText } from "../compare.js";
import { customRule, customRuleMeta } from "./custom/rule.js";
// The rule modules: one file per rule in the top-level rules/ folder, listed
// in rules/index.ts, which `npm run docs` writes from the folder (a test
// fails when it is out of date): the one list the API, the bundles and the
// tests all read.
let loaded;
/** Every built-in rule, sorted by id. */
export function builtInRules() {
    return (loaded ??= checkedRules([...RULES]));
}
/** Every built-in rule, sorted by id. */
export function loadRules() {
    return Promise.resolve(builtInRules());
}
function checkedRules(rules) {
    rules.sort((a, b) => compareText(a.meta.id, b.meta.id));
    const ids = new Set();
    for (const r of rules) {
        if (ids.has(r.meta.id))
            throw new Error(`two rules have the id "${r.meta.id}"`);
        ids.add(r.meta.id);
    }
    return rules;
}
/** Every setting a finding kind can have in `.dslint.yaml`. */
export const ALL_SEVERITIES = ["off", "info", "warning", "error"];
const kindsOfRules = new WeakMap();
/** The registry over the loaded rules; the other stages' kinds are fixed. */
export function findingKinds(rules) {
    let kinds = kindsOfRules.get(rules);
    if (!kinds)
        kindsOfRules.set(rules, (kinds = registry(rules)));
    return kinds;
}
export async function loadFindingKinds() {
    return findingKinds(await loadRules());
}
function registry(rules) {
    const all = [...rules.map(ruleKind), ...Object.entries(STAGE_FINDINGS).map(([id, k]) => stageKind(id, k))].sort((a, b) => compareText(a.id, b.id));
    const byId = new Map();
    for (const kind of all) {
        if (byId.has(kind.id))
            throw new Error(`two finding kinds have the id "${kind.id}"`);
        byId.set(kind.id, kind);
    }
    return { all, get: (id) => byId.get(id) };
}
const withCustom = new WeakMap();
/** Every rule of a run: the built-in ones and the configuration's compiled custom rules, sorted by id. */
export function rulesWithCustom(builtIn, custom) {
    if (custom.length === 0)
        return builtIn;
    let rules = withCustom.get(custom);
    if (!rules)
        withCustom.set(custom, (rules = checkedRules([...builtIn, ...custom.map((c) => customRule(c))])));
    return rules;
}
/**
 * The registry with the configuration's custom rules in it, before they are
 * compiled: what the configuration's own settings (`rules`, `overrides`)
 * are checked against.
 */
export function withCustomKinds(kinds, specs) {
    if (specs.length === 0)
        return kinds;
    const custom = specs.map((spec) => ruleKind({ meta: customRuleMeta(spec), defaultOptions: {}, examples: { valid: [], invalid: [] }, custom: spec }));
    const all = [...kinds.all, ...custom].sort((a, b) => compareText(a.id, b.id));
    const byId = new Map(custom.map((k) => [k.id, k]));
    return { all, get: (id) => kinds.get(id) ?? byId.get(id) };
}
function ruleKind(rule) {
    const { meta } = rule;
    const kind = {
        id: meta.id,
        stage: "rules",
        severity: meta.severity,
        category: meta.category,
        description: meta.description,
        rationale: meta.rationale,
        fix: meta.fix,
        severities: ALL_SEVERITIES,
        suppressible: true,
        options: meta.options ?? {},
        defaultOptions: rule.defaultOptions,
        // Read through, so that building the registry leaves the rule's examples unbuilt.
        get examples() {
            return rule.examples;
        },
        rule,
    };
    if (meta.setting)
        kind.setting = meta.setting;
    if (rule.custom)
        kind.custom = rule.custom;
    return kind;
}
function stageKind(id, k) {
    const kind = {
        id,
        stage: k.stage,
        severity: k.severity,
        category: k.category,
        description: k.description,
        fix: k.fix,
        severities: k.only?.severities ?? ALL_SEVERITIES,
        suppressible: !k.unsuppressible,
        options: {},
        defaultOptions: {},
    };
    if (k.rationale)
        kind.rationale = k.rationale;
    if (k.only)
        kind.severitiesBecause = k.only.because;
    if (k.examples)
        kind.examples = k.examples;
    return kind;
}
