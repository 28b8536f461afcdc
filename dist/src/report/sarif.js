import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { builtin } from "../modules.js";
import { jsonChunks, JsonArrayStream } from "../chunks.js";
import { objectLabel, pathFromRoot } from "./types.js";
/**
 * SARIF 2.1.0 (OASIS), the format of GitHub code scanning and most CI
 * security dashboards: one run, the tool with every rule it can report, and
 * one result per finding.
 */
export const sarifFormatter = {
    name: "sarif",
    *chunks(result, options) {
        const rules = [...(options.rules ?? [])];
        const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
        for (const f of result.findings) {
            // A finding from a rule the caller did not describe still needs a valid ruleIndex.
            if (!ruleIndex.has(f.ruleId)) {
                ruleIndex.set(f.ruleId, rules.length);
                rules.push({ id: f.ruleId, severity: f.severity, description: f.ruleId });
            }
        }
        const logical = new LogicalLocations();
        const fingerprints = new Map();
        // Results are made as they are written; the logical locations they name come first, so they are collected before.
        for (const f of result.findings)
            logical.at(f.object, f.path);
        const results = new JsonArrayStream(function* () {
            for (const f of result.findings)
                yield sarifResult(f, ruleIndex.get(f.ruleId), options, logical, fingerprints);
        });
        const root = options.root ?? options.cwd;
        const tool = options.tool;
        const log = {
            $schema: "https://json.schemastore.org/sarif-2.1.0.json",
            version: "2.1.0",
            runs: [
                {
                    tool: {
                        driver: {
                            name: tool?.name ?? "dslint",
                            ...(tool?.version ? { version: tool.version, semanticVersion: tool.version } : {}),
                            ...(tool?.informationUri ? { informationUri: tool.informationUri } : {}),
                            rules: rules.map(reportingDescriptor),
                        },
                    },
                    // Result paths are relative to the repository root, so the same log
                    // means the same files on any checkout; this records where it was.
                    originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(root) } },
                    // Columns count UTF-16 code units: positions come from JavaScript string offsets.
                    columnKind: "utf16CodeUnits",
                    ...(logical.list.length > 0 ? { logicalLocations: logical.list } : {}),
                    results,
                },
            ],
        };
        yield* jsonChunks(log);
        yield "\n";
    },
};
const SRCROOT = "%SRCROOT%";
/** The key under partialFingerprints; its version changes if the recipe below ever does. */
const FINGERPRINT_KEY = "dslint/v1";
const LEVEL = { error: "error", warning: "warning", info: "note" };
function sarifResult(f, ruleIndex, options, logical, seen) {
    const rel = pathFromRoot(f.file, options);
    const artifactLocation = rel !== undefined ? { uri: encodePath(rel), uriBaseId: SRCROOT } : { uri: pathToFileURL(resolve(options.cwd, f.file)).href };
    const where = logical.at(f.object, f.path);
    return {
        ruleId: f.ruleId,
        ruleIndex,
        level: LEVEL[f.severity],
        message: { text: f.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation,
                    region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
                },
                ...(where ? { logicalLocations: [where] } : {}),
            },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint(f, rel ?? f.file, seen) },
        ...fixes(f, artifactLocation),
        ...properties(f),
    };
}
/**
 * The finding's autofix and suggestions as SARIF fixes: replacements of exact
 * regions (end column exclusive, UTF-16 units, SARIF's defaults); the autofix
 * first.
 */
function fixes(f, artifactLocation) {
    const corrections = [...(f.autofix ? [f.autofix] : []), ...(f.suggestions ?? [])];
    if (corrections.length === 0)
        return {};
    return {
        fixes: corrections.map((c) => ({
            description: { text: c.title },
            artifactChanges: [
                {
                    artifactLocation,
                    replacements: c.edits.map((e) => ({
                        deletedRegion: { startLine: e.line, startColumn: e.column, endLine: e.endLine, endColumn: e.endColumn },
                        ...(e.text === "" ? {} : { insertedContent: { text: e.text } }),
                    })),
                },
            ],
        })),
    };
}
/**
 * What identifies a finding across commits: the rule, the file, the object,
 * the field and the message, never the line, so that an edit above it does
 * not turn it into a new alert. Identical findings are told apart by their
 * order of occurrence, as GitHub does for its own line hashes.
 */
// node:crypto takes milliseconds to load: only SARIF reports pay for it.
let crypto;
function fingerprint(f, file, seen) {
    const hash = (crypto ??= builtin("node:crypto"))
        .createHash("sha256")
        .update(JSON.stringify([f.ruleId, file, f.object ? objectLabel(f.object) : "", f.path, f.message]))
        .digest("hex");
    const n = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, n);
    return `${hash}:${n}`;
}
function properties(f) {
    const bag = {};
    if (f.path)
        bag.path = f.path;
    if (f.fix)
        bag.fix = f.fix;
    if (f.apiError)
        bag.apiError = f.apiError;
    return Object.keys(bag).length > 0 ? { properties: bag } : {};
}
/**
 * The Kubernetes objects and fields results point at, kept once each in
 * run.logicalLocations: an object is a "resource", a field a "property"
 * whose parent is its object.
 */
class LogicalLocations {
    list = [];
    index = new Map();
    at(object, path) {
        if (!object)
            return undefined;
        const label = objectLabel(object);
        const objectIndex = this.add(label, () => ({ name: object.name ?? object.kind, fullyQualifiedName: label, kind: "resource", properties: { ...object } }));
        if (!path)
            return { index: objectIndex, fullyQualifiedName: label, kind: "resource" };
        const fqn = `${label} ${path}`;
        const fieldIndex = this.add(fqn, () => ({ name: path, fullyQualifiedName: fqn, kind: "property", parentIndex: objectIndex }));
        return { index: fieldIndex, fullyQualifiedName: fqn, kind: "property" };
    }
    add(key, make) {
        let i = this.index.get(key);
        if (i === undefined) {
            i = this.list.push(make()) - 1;
            this.index.set(key, i);
        }
        return i;
    }
}
function reportingDescriptor(r) {
    const fullDescription = r.rationale ?? r.description;
    const about = [r.category ? `category: ${r.category}` : "", `default severity: ${r.severity}`].filter(Boolean).join(", ");
    const text = [r.description, r.rationale, r.fix ? `Fix: ${r.fix}` : "", about].filter(Boolean).join("\n\n");
    const markdown = [
        `**${r.description}**`,
        r.rationale,
        r.fix ? `**Fix:** ${r.fix}` : "",
        `${about[0].toUpperCase()}${about.slice(1)}.${r.helpUri ? ` [Documentation](${r.helpUri})` : ""}`,
    ]
        .filter(Boolean)
        .join("\n\n");
    return {
        id: r.id,
        name: friendlyName(r.id),
        shortDescription: { text: r.description },
        fullDescription: { text: fullDescription },
        help: { text, markdown },
        ...(r.helpUri ? { helpUri: r.helpUri } : {}),
        // An opt-in rule is disabled until configured; it then reports at the configured level.
        defaultConfiguration: r.severity === "off" ? { enabled: false } : { level: LEVEL[r.severity] },
        ...(r.category ? { properties: { tags: [r.category] } } : {}),
    };
}
/**
 * SARIF's "friendly name", a Pascal-case identifier: `selector-mismatch` →
 * `SelectorMismatch`. SARIF wants it to differ from the id, so a one-word id
 * (`schema`) becomes `SchemaCheck`.
 */
function friendlyName(id) {
    const words = id.split(/[^A-Za-z0-9]+/).filter(Boolean);
    if (words.length < 2)
        words.push("check");
    return words.map((w) => w[0].toUpperCase() + w.slice(1)).join("");
}
/** A relative path as a URI reference: each segment percent-encoded (spaces, `#`, `%`, `<stdin>`). */
function encodePath(path) {
    return path.split("/").map(encodeURIComponent).join("/");
}
/** SARIF requires a base URI to end with a slash. */
function directoryUri(dir) {
    const href = pathToFileURL(dir).href;
    return href.endsWith("/") ? href : `${href}/`;
}
