import { statSync } from "node:fs";
import { checkOptions, checkPaths, checkString } from "./api-arguments.js";
import { tidyMessage } from "./text.js";
import { relative, resolve } from "node:path";
import { activeRulesFor, configureStageFindings, emptyConfig, findConfigFile, loadConfigFile, stageSeveritiesFor } from "./config/config.js";
import { displayPath, EMPTY_STDIN_MESSAGE, expandPaths, isEmptyStdin, openInput, readInput, unmatchedPathsError } from "./load/files.js";
import { identifyObject } from "./load/identify.js";
import { parseManifests, readManifestStream } from "./load/parse.js";
import { describeSource, SourceFinder } from "./load/sources.js";
import { resolveKubernetesVersion, UsageError } from "./options.js";
import { checkInputs } from "./parallel.js";
import { formatPath } from "./path.js";
import { FindingStore, TextSpill } from "./report/finding-store.js";
import { runCrossRules, runRules } from "./rules/engine.js";
import { findingKinds, loadRules } from "./rules/registry.js";
import { annotationSuppressions, commentSuppressions, SuppressionComments, suppressionFindings } from "./rules/suppressions.js";
import { DaemonSetView } from "./rules/view.js";
import { loadNodes } from "./simulate/load.js";
import { placementFindings } from "./simulate/findings.js";
import { loadSchemaValidator } from "./schema/validate.js";
import { decodeIssueToProblem, issueToProblem, validateDaemonSet } from "./validate/index.js";
import { appendAll, detached, sharingStrings } from "./values.js";
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
    return materialize(await runCheck(paths, options, new FindingStore({ spillAfter: Infinity })));
}
/** `check` for the command line: findings held out of memory past a few thousand; `errorsOnly` keeps only errors (--quiet). */
export async function checkForReport(paths, options, errorsOnly = false) {
    return runCheck(paths, options, new FindingStore(), errorsOnly);
}
async function runCheck(paths, options, store, errorsOnly = false) {
    checkPaths("check", paths);
    // Nothing to check is no pass, as on the command line.
    if (paths.length === 0 && (options.errorOnUnmatchedPattern ?? true))
        throw new UsageError("no paths given: name the manifest files, folders or globs to check");
    checkOptions("check", options, Object.keys(CHECK_OPTIONS));
    const cwd = options.cwd ?? process.cwd();
    const rules = await loadRules();
    const run = resolveRun(options, cwd, rules);
    const ignore = [
        { dir: cwd, globs: options.ignore ?? [] },
        { dir: run.config.dir, globs: run.config.ignore },
    ];
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
    const slots = new FindingSlots(store, problems.length + inputs.length, configureStageFindings(run.config, rules, (file) => resolve(cwd, file)));
    const results = problems.map((p, k) => {
        slots.emitter(k)(pathFinding(p.name, p.message), 0);
        return emptyFileResult();
    });
    try {
        const checked = await checkInputs(inputs, run, options.threads, (input, index) => checkInput(input, run, slots.emitter(problems.length + index), slots.facts));
        checked.forEach((result, index) => {
            const emit = slots.emitter(problems.length + index);
            // A worker thread's findings come back with its result.
            for (const f of result.findings)
                emit(f, 0);
            result.findings = [];
            const source = sources.get(index);
            if (source)
                emit(source, 2);
        });
        appendAll(results, checked);
        return finish(results, inputs.length, rules, run, slots, inventory, errorsOnly);
    }
    catch (err) {
        store.close();
        slots.facts.close();
        throw err;
    }
}
/** One DaemonSet's facts as text, until the cross-document rules read them. */
function factText(facts) {
    return JSON.stringify(facts);
}
/**
 * The facts again, sharing their strings with the facts revived before (`strings`).
 * JSON.parse makes a key named `__proto__` an own entry, as the rules' label maps have it (rules/view.ts).
 */
function factsOf(text, strings) {
    return sharingStrings(JSON.parse(text), strings);
}
/** The whole result in memory, as the API returns it. */
function materialize(report) {
    const findings = Array.from(report.findings);
    report.close();
    return { findings, summary: report.summary, files: report.files };
}
/**
 * Findings added to the store in any order, ranked as the stages found
 * them: slot by slot (the paths that could not be read, then each input,
 * then placement, cross-document rules and suppressions), within a slot by
 * phase, then one by one. What the sort cannot tell apart keeps that order.
 */
class FindingSlots {
    store;
    inputSlots;
    configure;
    emitters = new Map();
    /** The facts of cross-document rules checked on this thread: held out of memory past a few megabytes. */
    facts = new TextSpill("facts", 4 * 1024 * 1024);
    constructor(store, 
    /** Slots of the paths and inputs; placement, cross-document and suppression findings come after. */
    inputSlots, 
    /** The other stages' findings at the severity configured for their kind (config/config.ts); undefined drops one. */
    configure) {
        this.store = store;
        this.inputSlots = inputSlots;
        this.configure = configure;
    }
    emitter(slot) {
        let emit = this.emitters.get(slot);
        if (!emit) {
            const seq = [0, 0, 0];
            // What findings quote from the input is capped and escaped once, for every output.
            emit = (f, phase) => {
                const configured = this.configure(f);
                if (configured)
                    this.store.add(tidied(configured), (slot * 4 + phase) * 2 ** 28 + seq[phase]++);
            };
            this.emitters.set(slot, emit);
        }
        return emit;
    }
}
function tidied(f) {
    f.message = tidyMessage(f.message);
    if (f.fix !== undefined)
        f.fix = tidyMessage(f.fix);
    return f;
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
    const slots = new FindingSlots(new FindingStore({ spillAfter: Infinity }), 1, configureStageFindings(run.config, rules, (file) => resolve(cwd, file)));
    const result = await checkInput(input, run, slots.emitter(0), slots.facts);
    return materialize(finish([result], 1, rules, run, slots, inventory));
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
/**
 * Checks one input file. Runs on the main thread, where each finding goes to
 * `emit` as it is found, or on a worker thread, where they are collected in
 * the result's `findings` (the reading's first, then the objects').
 */
export async function checkInput(input, run, emit, facts) {
    const collected = [[], []];
    const add = emit ?? ((f, phase) => collected[phase === 0 ? 0 : 1].push(f));
    const first = facts?.size ?? 0;
    const result = await checkFile(input, run, add, facts);
    if (facts)
        result.factRange = [first, facts.size];
    if (!emit)
        result.findings = appendAll(collected[0], collected[1]);
    return result;
}
async function checkFile(input, run, emit, facts) {
    if (input.templateSource)
        return checkTemplateSourceFile(input, run, emit);
    const read = openInput(input);
    if ("problem" in read) {
        emit(pathFinding(input.name, read.problem), 0);
        return { ...emptyFileResult(), checked: { file: input.name, objects: [] } };
    }
    const allRules = await loadRules();
    const rules = activeRulesFor(run.config, allRules, input.absolutePath);
    const schema = await loadSchemaValidator(run.version);
    const checked = { file: input.name, objects: [] };
    const result = { ...emptyFileResult(), checked };
    // Each object is checked as soon as its document is read, and not kept; a large file is read a document at a time.
    const comments = run.inlineConfig ? new SuppressionComments() : undefined;
    const blocks = "blocks" in read ? read.blocks : [read.text];
    const severities = stageSeveritiesFor(run.config, allRules, input.absolutePath);
    const loaded = readManifestStream(blocks, input.name, (object) => checkObject(object, result, { run, rules, severities, schema, emit, facts }), {}, comments && ((text, line) => comments.scan(text, line)));
    for (const f of loaded.findings)
        emit(f, 0);
    result.documents = loaded.documentCount;
    result.objects = loaded.objectCount + loaded.skippedDocuments;
    result.skipped += loaded.skippedDocuments;
    if (comments)
        appendAll(result.suppressions, comments.suppressions(input.name, loaded.documentLines, loaded.lineCount));
    return result;
}
/** Checks one object of a file and adds what it contributes to the file's result. */
function checkObject(object, result, { run, rules, severities, schema, emit, facts }) {
    const { role, problems } = identifyObject(object.value);
    const found = [...problems];
    switch (role.role) {
        case "daemonset": {
            result.daemonSets++;
            const schemaProblems = schema.validate(object, "DaemonSet");
            // A schema finding turned off no longer stands for the API error at its field.
            const api = withoutSchemaOverlap(apiValidationProblems(object, run.version), schemaProblems.filter((p) => severities.get(p.ruleId) !== "off"));
            const ruled = runRules(object, run.version, rules);
            appendAll(appendAll(appendAll(found, schemaProblems), api), ruled.problems);
            // Kept to the end of the run: as text, a fraction of the objects' size, and no hold on the document's text.
            if (ruled.facts.length > 0) {
                if (facts)
                    facts.append(factText(ruled.facts));
                else
                    result.facts.push(factText(ruled.facts));
            }
            if (run.placement)
                result.placements.push({ value: object.value, at: new DaemonSetView(object, run.version).anchor([]) });
            break;
        }
        case "priorityclass": {
            appendAll(found, schema.validate(object, "PriorityClass"));
            const name = object.value.metadata?.name;
            if (typeof name === "string")
                result.priorityClasses.push(detached(name));
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
        result.checked.objects.push(detached(ref));
    if (run.inlineConfig)
        appendAll(result.suppressions, detached(annotationSuppressions(object, ref)));
    for (const p of found)
        emit(placeProblem(object, p, ref), 1);
}
/** A file of a chart or kustomization: the syntax of its plain YAML, nothing of a template. */
function checkTemplateSourceFile(input, run, emit) {
    const checked = { file: input.name, objects: [] };
    if (input.templateSource === "none")
        return { ...emptyFileResult(), checked };
    const read = readInput(input);
    if ("problem" in read) {
        emit(pathFinding(input.name, read.problem), 0);
        return { ...emptyFileResult(), checked };
    }
    const loaded = parseManifests(read.text, input.name);
    for (const f of loaded.findings)
        emit(f, 0);
    const result = { ...emptyFileResult(), checked };
    if (run.inlineConfig)
        appendAll(result.suppressions, commentSuppressions(read.text, input.name, loaded.documentLines));
    return result;
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
/** Cross-document rules, suppressions, ordering and the summary: the work that needs every file. */
function finish(results, files, rules, run, slots, inventory, errorsOnly = false) {
    const store = slots.store;
    if (inventory) {
        const emit = slots.emitter(slots.inputSlots);
        for (const f of placementFindings(results.flatMap((r) => r.placements), inventory))
            emit(f, 0);
    }
    // In input order, wherever each file was checked.
    const facts = [];
    const strings = new Map();
    for (const r of results) {
        if (r.factRange)
            for (let i = r.factRange[0]; i < r.factRange[1]; i++)
                appendAll(facts, factsOf(slots.facts.text(i), strings));
        for (const text of r.facts)
            appendAll(facts, factsOf(text, strings));
    }
    strings.clear();
    slots.facts.close();
    if (facts.length > 0) {
        const emit = slots.emitter(slots.inputSlots + 1);
        const priorityClasses = new Set(results.flatMap((r) => r.priorityClasses));
        const active = activeRulesFor(run.config, rules, undefined);
        const optionsFor = (id) => active.find((r) => r.rule.meta.id === id)?.options ?? {};
        for (const c of runCrossRules(rules, optionsFor, facts, priorityClasses)) {
            const f = { ruleId: c.ruleId, severity: c.severity, message: c.message, file: c.at.file, ...c.at.range, path: c.at.path, object: c.at.object };
            if (c.fix)
                f.fix = c.fix;
            emit(f, 0);
        }
    }
    const suppressions = results.flatMap((r) => r.suppressions);
    if (suppressions.length > 0) {
        const known = new Set(findingKinds(rules).all.map((k) => k.id));
        const count = store.size;
        const about = suppressionFindings(count, (i) => store.get(i), (i) => store.remove(i), suppressions, known, (i) => store.fileOf(i));
        const rank = (slots.inputSlots + 2) * 4 * 2 ** 28;
        about.flatMap((f) => slots.configure(f) ?? []).forEach((f, k) => store.add(f, rank + k));
    }
    if (errorsOnly)
        for (let i = 0; i < store.size; i++)
            if (store.severityOf(i) !== "error")
                store.remove(i);
    const counts = { error: 0, warning: 0, info: 0 };
    for (let i = 0; i < store.size; i++)
        if (!store.isRemoved(i))
            counts[store.severityOf(i)]++;
    const summary = {
        files,
        documents: sum(results, "documents"),
        objects: sum(results, "objects"),
        daemonSets: sum(results, "daemonSets"),
        skipped: sum(results, "skipped"),
        errors: counts.error,
        warnings: counts.warning,
        infos: counts.info,
    };
    return { findings: store.sorted(), summary, files: results.flatMap((r) => (r.checked ? [r.checked] : [])), close: () => store.close() };
}
function sum(results, key) {
    return results.reduce((n, r) => n + r[key], 0);
}
