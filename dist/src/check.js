import { statSync } from "node:fs";
import { checkOptions, checkPaths, checkString } from "./api-arguments.js";
import { tidyMessage } from "./text.js";
import { BUILT_IN_IDS } from "./builtin-findings.js";
import { relative, resolve, sep } from "node:path";
import { activeRulesFor, emptyConfig, findConfigFile, loadConfigFile } from "./config/config.js";
import { SEVERITY_RANK } from "./finding.js";
import { displayPath, EMPTY_STDIN_MESSAGE, expandPaths, isEmptyStdin, readInput, unmatchedPathsError } from "./load/files.js";
import { identifyObject } from "./load/identify.js";
import { parseManifests, readManifests } from "./load/parse.js";
import { describeSource, SourceFinder } from "./load/sources.js";
import { resolveKubernetesVersion, UsageError } from "./options.js";
import { checkInputs } from "./parallel.js";
import { formatPath } from "./path.js";
import { runCrossRules, runRules } from "./rules/engine.js";
import { loadRules } from "./rules/registry.js";
import { annotationSuppressions, applySuppressions, commentSuppressions } from "./rules/suppressions.js";
import { DaemonSetView } from "./rules/view.js";
import { loadNodes } from "./simulate/load.js";
import { placementFindings } from "./simulate/findings.js";
import { loadSchemaValidator } from "./schema/validate.js";
import { decodeIssueToProblem, issueToProblem, validateDaemonSet } from "./validate/index.js";
import { compareText } from "./compare.js";
import { appendAll } from "./values.js";
// Every option, so that a misspelt one is an error rather than silently ignored (the compiler keeps the list whole).
const CHECK_OPTIONS = {
    kubernetesVersion: true,
    cwd: true,
    stdin: true,
    ignore: true,
    config: true,
    configFile: true,
    inlineConfig: true,
    nodes: true,
    threads: true,
    errorOnUnmatchedPattern: true,
};
const CHECK_TEXT_OPTIONS = { kubernetesVersion: true, config: true, configFile: true, cwd: true, inlineConfig: true, nodes: true, templateSource: true };
/**
 * Checks manifests: load → schema → API validation → rules → report.
 * Problems in one file or document never stop the others from being checked.
 */
export async function check(paths, options = {}) {
    checkPaths("check", paths);
    // Nothing to check is no pass, as on the command line.
    if (paths.length === 0 && (options.errorOnUnmatchedPattern ?? true))
        throw new UsageError("no paths given: name the manifest files, folders or globs to check");
    checkOptions("check", options, Object.keys(CHECK_OPTIONS));
    const cwd = options.cwd ?? process.cwd();
    const rules = await loadRules();
    const run = resolveRun(options, cwd, rules);
    const ignore = [...(options.ignore ?? []), ...run.config.ignore.map((g) => relativeGlob(run.config.dir, cwd, g))];
    const { inputs, problems, unmatched } = expandPaths(paths, { cwd, ignore });
    let somethingToCheck = inputs.length > 0 || problems.length > 0;
    if (paths.includes("-")) {
        const name = options.stdin?.filename ?? "<stdin>";
        const text = options.stdin?.text ?? "";
        if (isEmptyStdin(text))
            unmatched.unshift({ path: "-", message: EMPTY_STDIN_MESSAGE });
        else
            somethingToCheck = true;
        inputs.unshift({ name, text, absolutePath: resolve(cwd, name) });
    }
    if (options.errorOnUnmatchedPattern ?? true) {
        const error = unmatchedPathsError(unmatched, somethingToCheck);
        if (error)
            throw error;
    }
    // After the paths: a mistyped path is reported without reading a large inventory first.
    const inventory = placementInventory(options, run, cwd);
    const sources = markTemplateSources(inputs, cwd);
    const results = problems.map((p) => ({ ...emptyFileResult(), findings: [pathFinding(p.name, p.message)] }));
    const checked = await checkInputs(inputs, run, options.threads, (input) => checkInput(input, run));
    for (const [index, finding] of sources)
        checked[index].findings.push(finding);
    appendAll(results, checked);
    return finish(results, inputs.length, rules, run, inventory);
}
/**
 * Marks the files of Helm charts and kustomizations (load/sources.ts), which
 * are not linted as manifests, and words the one finding each chart or
 * kustomization gets: at the input index of its first file. Text from
 * stdin is what was rendered, whatever name it is given.
 */
function markTemplateSources(inputs, cwd) {
    const finder = new SourceFinder();
    const findings = new Map();
    const announced = new Set();
    inputs.forEach((input, index) => {
        if (input.text !== undefined || input.absolutePath === undefined)
            return;
        const found = finder.sourceOf(input.absolutePath);
        if (!found)
            return;
        input.templateSource = found.checkSyntax ? "syntax" : "none";
        if (announced.has(found.source.file))
            return;
        announced.add(found.source.file);
        findings.set(index, sourceFinding(found.source, cwd));
    });
    return findings;
}
function sourceFinding(source, cwd) {
    const dir = source.dir === resolve(cwd) ? "." : displayPath(cwd, source.dir);
    const { message, fix } = describeSource(source, dir, "check");
    const file = displayPath(cwd, source.file);
    return { ruleId: source.kind, severity: "info", message, file, line: 1, column: 1, endLine: 1, endColumn: 1, path: "", fix };
}
/** The node inventory named by --nodes or the configuration's `nodes`, loaded once for every file. */
function placementInventory(options, run, cwd) {
    const files = [...(options.nodes ?? []).map((f) => resolve(cwd, f)), ...run.config.nodes.map((f) => resolve(run.config.dir, f))];
    if (files.length === 0)
        return undefined;
    run.placement = true;
    // An editor checks on every pause in typing: read an unchanged inventory once.
    const key = `${cwd}\u0000${files.map((f) => `${f}@${modified(f)}`).join("\u0000")}`;
    let inventory = inventories.get(key);
    if (!inventory) {
        inventory = loadNodes(files.map((f) => ({ name: relative(cwd, f) || f, path: f })));
        inventories.clear();
        inventories.set(key, inventory);
    }
    return inventory;
}
const inventories = new Map();
function modified(file) {
    try {
        return statSync(file).mtimeMs;
    }
    catch {
        return -1;
    }
}
/**
 * Checks text that did not come from disk (an editor buffer, a test);
 * `templateSource` when it is a file of a chart or kustomization (load/sources.ts).
 */
export async function checkText(text, filename, options = {}) {
    checkString("checkText", "text", text);
    checkString("checkText", "filename", filename);
    checkOptions("checkText", options, Object.keys(CHECK_TEXT_OPTIONS));
    const cwd = options.cwd ?? process.cwd();
    const rules = await loadRules();
    const run = resolveRun(options, cwd, rules);
    const inventory = placementInventory(options, run, cwd);
    const input = { name: filename, text, absolutePath: resolve(cwd, filename) };
    if (options.templateSource)
        input.templateSource = options.templateSource;
    return finish([await checkInput(input, run)], 1, rules, run, inventory);
}
function resolveRun(options, cwd, rules) {
    const config = options.config ?? resolveConfig(cwd, options.configFile, rules);
    return {
        config,
        version: resolveKubernetesVersion(options.kubernetesVersion ?? config.kubernetesVersion),
        inlineConfig: options.inlineConfig ?? true,
        placement: false,
    };
}
/** Checks one input file. Runs on the main thread or on a worker thread. */
export async function checkInput(input, run) {
    if (input.templateSource)
        return checkTemplateSourceFile(input, run);
    const read = readInput(input);
    if ("problem" in read)
        return { ...emptyFileResult(), findings: [pathFinding(input.name, read.problem)], checked: { file: input.name, objects: [] } };
    const allRules = await loadRules();
    const rules = activeRulesFor(run.config, allRules, input.absolutePath);
    const schema = await loadSchemaValidator(run.version);
    const checked = { file: input.name, objects: [] };
    const result = { ...emptyFileResult(), checked };
    // Each object is checked as soon as its document is read, and not kept.
    const loaded = readManifests(read.text, input.name, (object) => checkObject(object, result, { run, rules, allRules, schema }));
    // The reading's findings first, as they were found first.
    result.findings = appendAll(loaded.findings, result.findings);
    result.documents = loaded.documentCount;
    result.objects = loaded.objectCount + loaded.skippedDocuments;
    result.skipped += loaded.skippedDocuments;
    if (run.inlineConfig)
        appendAll(result.suppressions, commentSuppressions(read.text, input.name, loaded.documentLines));
    return result;
}
/** Checks one object of a file and adds what it contributes to the file's result. */
function checkObject(object, result, { run, rules, allRules, schema }) {
    const { role, problems } = identifyObject(object.value);
    const found = [...problems];
    switch (role.role) {
        case "daemonset": {
            result.daemonSets++;
            const schemaProblems = schema.validate(object, "DaemonSet");
            const api = withoutSchemaOverlap(apiValidationProblems(object, run.version), schemaProblems);
            const ruled = runRules(object, run.version, rules);
            appendAll(appendAll(appendAll(found, schemaProblems), withConfiguredSeverity(api, rules, allRules)), ruled.problems);
            appendAll(result.facts, ruled.facts);
            if (run.placement)
                result.placements.push({ value: object.value, at: new DaemonSetView(object, run.version).anchor([]) });
            break;
        }
        case "priorityclass": {
            appendAll(found, schema.validate(object, "PriorityClass"));
            const name = object.value.metadata?.name;
            if (typeof name === "string")
                result.priorityClasses.push(name);
            break;
        }
        case "unservable":
            result.daemonSets++;
            break;
        default:
            result.skipped++;
    }
    const ref = objectRef(object.value);
    if (ref && role.role !== "other" && role.role !== "node")
        result.checked.objects.push(ref);
    if (run.inlineConfig)
        appendAll(result.suppressions, annotationSuppressions(object, ref));
    for (const p of found)
        result.findings.push(placeProblem(object, p, ref));
}
/** A file of a chart or kustomization: the syntax of its plain YAML, nothing of a template. */
function checkTemplateSourceFile(input, run) {
    const checked = { file: input.name, objects: [] };
    if (input.templateSource === "none")
        return { ...emptyFileResult(), checked };
    const read = readInput(input);
    if ("problem" in read)
        return { ...emptyFileResult(), findings: [pathFinding(input.name, read.problem)], checked };
    const loaded = parseManifests(read.text, input.name);
    const result = { ...emptyFileResult(), findings: loaded.findings, checked };
    if (run.inlineConfig)
        appendAll(result.suppressions, commentSuppressions(read.text, input.name, loaded.documentLines));
    return result;
}
/**
 * Findings of other stages that carry the id of a rule module (the API's
 * `selector-mismatch`) follow that rule's configured severity, or are
 * dropped when it is off.
 */
function withConfiguredSeverity(problems, active, all) {
    return problems.flatMap((p) => {
        if (!all.some((r) => r.meta.id === p.ruleId))
            return [p];
        const configured = active.find((r) => r.rule.meta.id === p.ruleId);
        return configured ? [{ ...p, severity: configured.severity }] : [];
    });
}
/**
 * The API server stops at a value it cannot decode; a linter should not make
 * the user fix one mistake to see the next. So the undecodable values are
 * reported, then left out for the validation of everything else.
 */
function apiValidationProblems(object, version) {
    const first = validateDaemonSet(object.value, { kubernetesVersion: version });
    if (first.decodeErrors.length === 0)
        return first.issues.map(issueToProblem);
    const rest = structuredClone(object.value);
    for (const d of first.decodeErrors)
        deleteAt(rest, d.path);
    return [...first.decodeErrors.map(decodeIssueToProblem), ...validateDaemonSet(rest, { kubernetesVersion: version }).issues.map(issueToProblem)];
}
function deleteAt(root, path) {
    let node = root;
    for (const segment of path.slice(0, -1)) {
        if (typeof node !== "object" || node === null)
            return;
        node = node[segment];
    }
    if (typeof node === "object" && node !== null)
        delete node[path.at(-1)];
}
/**
 * One mistake, one finding. The API server never validates what it cannot
 * decode, so an API error at (or inside) a field the schema rejected is the
 * same mistake twice; and a field both stages require or restrict is
 * reported once, by the schema stage. Schema problems about a missing field
 * sit at its parent, so they are matched by their field error instead.
 */
function withoutSchemaOverlap(api, schema) {
    if (schema.length === 0)
        return api;
    const isPrefix = (a, b) => a.length <= b.length && a.every((s, i) => s === b[i]);
    const sameFields = new Set(schema.filter((s) => s.apiError).map((s) => s.apiError.field));
    const rejectedValues = schema.filter((s) => !s.apiError || s.apiError.type !== "Required");
    return api.filter((p) => {
        if (p.apiError && sameFields.has(p.apiError.field))
            return false;
        return !rejectedValues.some((s) => isPrefix(s.path, p.path));
    });
}
export function objectRef(value) {
    if (typeof value !== "object" || value === null)
        return undefined;
    const v = value;
    if (typeof v.kind !== "string")
        return undefined;
    const ref = { kind: v.kind };
    const meta = typeof v.metadata === "object" && v.metadata !== null ? v.metadata : {};
    if (typeof meta.namespace === "string")
        ref.namespace = meta.namespace;
    if (typeof meta.name === "string")
        ref.name = meta.name;
    return ref;
}
/** Places a stage's problem in its file through the object's source map. */
export function placeProblem(object, p, ref = objectRef(object.value)) {
    const range = object.locate(p.path, p.onKey);
    const finding = {
        ruleId: p.ruleId,
        severity: p.severity,
        message: p.message,
        file: object.file,
        ...range,
        path: formatPath(p.path),
    };
    if (ref)
        finding.object = ref;
    if (p.apiError)
        finding.apiError = p.apiError;
    if (p.fix)
        finding.fix = p.fix;
    return finding;
}
function emptyFileResult() {
    return { findings: [], documents: 0, objects: 0, daemonSets: 0, skipped: 0, facts: [], priorityClasses: [], suppressions: [], placements: [] };
}
function pathFinding(file, message) {
    return { ruleId: "unreadable-path", severity: "error", message, file, line: 1, column: 1, endLine: 1, endColumn: 1, path: "" };
}
function resolveConfig(cwd, configFile, rules) {
    const file = configFile ? resolve(cwd, configFile) : findConfigFile(cwd);
    if (!file)
        return emptyConfig(cwd);
    return loadConfigFile(file, rules, relative(cwd, file) || file);
}
/** A glob relative to the configuration's folder, made relative to the working directory. */
function relativeGlob(configDir, cwd, glob) {
    const prefix = relative(cwd, configDir).split(sep).join("/");
    return prefix === "" ? glob : `${prefix}/${glob}`;
}
/** Cross-document rules, suppressions, ordering and the summary: the work that needs every file. */
function finish(results, files, rules, run, inventory) {
    let findings = results.flatMap((r) => r.findings);
    if (inventory)
        appendAll(findings, placementFindings(results.flatMap((r) => r.placements), inventory));
    const facts = results.flatMap((r) => r.facts);
    if (facts.length > 0) {
        const priorityClasses = new Set(results.flatMap((r) => r.priorityClasses));
        const active = activeRulesFor(run.config, rules, undefined);
        const optionsFor = (id) => active.find((r) => r.rule.meta.id === id)?.options ?? {};
        for (const c of runCrossRules(rules, optionsFor, facts, priorityClasses)) {
            const f = { ruleId: c.ruleId, severity: c.severity, message: c.message, file: c.at.file, ...c.at.range, path: c.at.path, object: c.at.object };
            if (c.fix)
                f.fix = c.fix;
            findings.push(f);
        }
    }
    // What findings quote from the input is capped and escaped once, for every output.
    for (const f of findings) {
        f.message = tidyMessage(f.message);
        if (f.fix !== undefined)
            f.fix = tidyMessage(f.fix);
    }
    const suppressions = results.flatMap((r) => r.suppressions);
    if (suppressions.length > 0)
        findings = applySuppressions(findings, suppressions, new Set([...rules.map((r) => r.meta.id), ...BUILT_IN_IDS]));
    sortFindings(findings);
    const summary = {
        files,
        documents: sum(results, "documents"),
        objects: sum(results, "objects"),
        daemonSets: sum(results, "daemonSets"),
        skipped: sum(results, "skipped"),
        errors: findings.filter((f) => f.severity === "error").length,
        warnings: findings.filter((f) => f.severity === "warning").length,
        infos: findings.filter((f) => f.severity === "info").length,
    };
    return { findings, summary, files: results.flatMap((r) => (r.checked ? [r.checked] : [])) };
}
export { BUILT_IN_IDS } from "./builtin-findings.js";
function sum(results, key) {
    return results.reduce((n, r) => n + r[key], 0);
}
/** Deterministic order: files in input order, then position, then severity, then rule. */
function sortFindings(findings) {
    const fileOrder = new Map();
    for (const f of findings)
        if (!fileOrder.has(f.file))
            fileOrder.set(f.file, fileOrder.size);
    findings.sort((a, b) => fileOrder.get(a.file) - fileOrder.get(b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
        compareText(a.ruleId, b.ruleId) ||
        compareText(a.message, b.message));
}
