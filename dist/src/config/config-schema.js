import { ALL_SEVERITIES } from "../rules/registry.js";
import { words } from "../rules/docs.js";
import { CUSTOM_RULE_ID, CUSTOM_RULE_ID_MAX, FOR_EACH_SCOPES } from "../rules/custom/spec.js";
// The JSON Schema of `.dslint.yaml` (schemas/dslint-config.schema.json),
// generated from the registry of finding kinds by `npm run docs`, so that
// editors complete every rule id, its severities and its options. What it
// accepts is what config.ts accepts (a test holds the two together), except
// YAML 1.1's unquoted `off` (false), which editors read as YAML 1.2 do not see.
/** As config.ts reads it: an unquoted 1.30 is read as written. */
const KUBERNETES_VERSION = {
    description: 'Kubernetes minor version whose schema and rules apply, e.g. "1.30". An unquoted 1.30 is read as written (1.30, not 1.3).',
    oneOf: [
        { type: "string", pattern: "^v?[0-9]+\\.[0-9]+(\\.[0-9]+)?([-+][0-9A-Za-z.+-]*)?$" },
        { type: "number", not: { multipleOf: 1 } },
    ],
};
/** Globs that never match are refused (config.ts, globProblem). */
const GLOB = {
    description: 'A glob relative to the configuration file\'s folder: not absolute, no "." folders (they never match).',
    type: "string",
    minLength: 1,
    pattern: "^(?![/]|[A-Za-z]:[\\\\/])(?!(.*/)?\\.(/|$))",
};
export function configSchema(kinds) {
    const properties = {
        kubernetesVersion: KUBERNETES_VERSION,
        rules: { $ref: "#/definitions/rules" },
        ignore: {
            description: "Globs (relative to the configuration file) of files and folders not to check.",
            type: "array",
            items: { $ref: "#/definitions/glob" },
        },
        overrides: {
            description: "Rule settings for some files; later entries win.",
            type: "array",
            items: {
                type: "object",
                additionalProperties: false,
                required: ["files", "rules"],
                properties: {
                    files: { type: "array", minItems: 1, items: { $ref: "#/definitions/glob" } },
                    rules: { $ref: "#/definitions/rules" },
                },
            },
        },
        nodes: {
            description: "Node inventory files (kubectl get nodes -o yaml/json) to simulate placement against during check.",
            oneOf: [{ type: "string" }, { type: "array", items: { type: "string" } }],
        },
        customRules: customRulesSchema(kinds),
    };
    for (const kind of kinds.all) {
        if (!kind.setting)
            continue;
        properties[kind.setting.key] = { description: kind.setting.description, ...optionsSchema(kind) };
    }
    return {
        $schema: "http://json-schema.org/draft-07/schema#",
        $id: "dslint-config.schema.json",
        title: "dslint configuration (.dslint.yaml)",
        type: "object",
        additionalProperties: false,
        properties,
        definitions: {
            glob: GLOB,
            setting: settingSchema(ALL_SEVERITIES, { type: "object", additionalProperties: false }),
            rules: {
                description: "Rule id to severity, or [severity, options]. A custom rule is known here by its prefix (acme/...).",
                type: "object",
                additionalProperties: false,
                properties: Object.fromEntries(kinds.all.map((k) => [k.id, ruleSettingSchema(k)])),
                patternProperties: { [PREFIXED_ID]: { description: "A custom rule (customRules).", allOf: [{ $ref: "#/definitions/setting" }] } },
            },
        },
    };
}
/**
 * A custom rule's id with its prefix. The configuration's `rules` can name
 * any custom rule, but a JSON Schema cannot read the ids `customRules`
 * defines: the schema knows those with a prefix, as the README advises.
 */
const PREFIXED_ID = "^[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*$";
const TEXT = { type: "string", pattern: "\\S" };
function customRulesSchema(kinds) {
    const expression = (what) => ({ description: `A TypeScript expression ${what} (README: Custom rules).`, ...TEXT });
    const manifest = { description: "A manifest (YAML text).", type: "string" };
    const example = (findings) => ({
        oneOf: [
            manifest,
            {
                type: "object",
                additionalProperties: false,
                required: ["manifest"],
                properties: {
                    name: { type: "string" },
                    manifest,
                    ...(findings
                        ? {
                            findings: {
                                description: "What each finding must say, as far as given.",
                                type: "array",
                                items: { type: "object", additionalProperties: false, properties: { line: { type: "integer" }, column: { type: "integer" }, message: { type: "string" } } },
                            },
                        }
                        : {}),
                },
            },
        ],
    });
    return {
        description: "The configuration's own rules: TypeScript expressions over each DaemonSet, checked against the DaemonSet schema of the target Kubernetes version (README: Custom rules).",
        type: "array",
        items: {
            type: "object",
            additionalProperties: false,
            required: ["id", "description", "assert", "message"],
            properties: {
                id: {
                    description: 'kebab-case, with one optional prefix ("acme/registry"); not a built-in id.',
                    type: "string",
                    maxLength: CUSTOM_RULE_ID_MAX,
                    pattern: CUSTOM_RULE_ID.source,
                    not: { enum: kinds.all.map((k) => k.id) },
                },
                severity: { description: "Default: warning.", enum: ALL_SEVERITIES.flatMap((s) => (s === "warning" ? ["warning", "warn"] : [s])) },
                description: { description: "One line: what the rule reports.", ...TEXT },
                rationale: { description: "Why it matters.", ...TEXT },
                fix: { description: "How to fix a finding.", ...TEXT },
                forEach: { description: "Run once per item of this kind instead of once per DaemonSet; the item is in scope by this name.", enum: [...FOR_EACH_SCOPES] },
                when: expression("that limits where the rule applies"),
                assert: expression("that must be true"),
                message: { description: "The finding's message: a template literal's contents, ${...} over the same names.", ...TEXT },
                at: { description: "The field to report at, such as container.securityContext; by default the deepest field the failing assert read.", ...TEXT },
                examples: {
                    description: "Manifests the rule must pass (valid) and fail (invalid): dslint rules --test.",
                    type: "object",
                    additionalProperties: false,
                    properties: { valid: { type: "array", items: example(false) }, invalid: { type: "array", items: example(true) } },
                },
            },
        },
    };
}
/** The schema as committed: `npm run docs` writes it, and a test compares. */
export function configSchemaText(kinds) {
    return `${JSON.stringify(configSchema(kinds), null, 2)}\n`;
}
/** A kind's setting: a severity, or [severity, {options}]. Most kinds take any severity and no options: they share one definition. */
function ruleSettingSchema(kind) {
    const limited = kind.severities.length < ALL_SEVERITIES.length ? ` Can be set to ${words(kind.severities)} only: ${kind.severitiesBecause}.` : "";
    const description = `${kind.description} Default: ${kind.severity}.${limited}`;
    if (!limited && Object.keys(kind.options).length === 0)
        return { description, allOf: [{ $ref: "#/definitions/setting" }] };
    return { description, ...settingSchema(kind.severities, optionsSchema(kind)) };
}
function settingSchema(severities, options) {
    // `warn` is read as warning.
    const severity = { enum: severities.flatMap((s) => (s === "warning" ? ["warning", "warn"] : [s])) };
    return { oneOf: [severity, { type: "array", minItems: 1, maxItems: 2, items: [severity, options], additionalItems: false }] };
}
function optionsSchema(kind) {
    return {
        type: "object",
        additionalProperties: false,
        properties: Object.fromEntries(Object.entries(kind.options).map(([name, spec]) => [name, optionSchema(spec, kind.defaultOptions[name])])),
    };
}
function optionSchema(spec, def) {
    const about = { description: spec.description, ...(def === undefined ? {} : { default: def }) };
    switch (spec.type) {
        case "boolean":
        case "number":
            return { ...about, type: spec.type };
        case "string[]":
            return { ...about, type: "array", items: { type: "string" } };
        case "enum":
            return { ...about, enum: spec.values ?? [] };
        case "enum[]":
            return { ...about, type: "array", items: { enum: spec.values ?? [] } };
        case "taint[]":
            return {
                ...about,
                type: "array",
                items: {
                    type: "object",
                    additionalProperties: false,
                    required: ["key", "effect"],
                    properties: {
                        key: { type: "string", minLength: 1 },
                        value: { type: "string" },
                        effect: { enum: ["NoSchedule", "PreferNoSchedule", "NoExecute"] },
                    },
                },
            };
        case "string":
            // An unquoted number is read as written: `1.30` is the text "1.30".
            if (spec.pattern === undefined)
                return { ...about, type: ["string", "number"] };
            return { ...about, oneOf: [{ type: "string", pattern: spec.pattern }, ...(spec.numberSchema ? [spec.numberSchema] : [])] };
    }
}
