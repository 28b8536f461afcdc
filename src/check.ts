import { statSync } from "node:fs";
import { checkOptions, checkPaths, checkString } from "./api-arguments.js";
import { tidyMessage } from "./text.js";
import { BUILT_IN_IDS } from "./builtin-findings.js";
import { relative, resolve, sep } from "node:path";
import { activeRulesFor, emptyConfig, findConfigFile, loadConfigFile, type DslintConfig } from "./config/config.js";
import type { Finding, ObjectRef, Problem } from "./finding.js";
import { expandInputs, openInput, readInput, unmatchedPathsError, type InputSource } from "./load/files.js";
import { identifyObject } from "./load/identify.js";
import { parseManifests, readManifestStream } from "./load/parse.js";
import { markTemplateSources } from "./load/sources.js";
import type { ManifestObject } from "./load/types.js";
import { resolveKubernetesVersion, UsageError } from "./options.js";
import { checkInputs } from "./parallel.js";
import { formatPath, type Path } from "./path.js";
import { FindingStore, TextSpill } from "./report/finding-store.js";
import type { CheckedFile, CheckResult, CheckSummary, ReportInput } from "./report/types.js";
import { runCrossRules, runRules, type ActiveRule, type CollectedFact } from "./rules/engine.js";
import { loadRules } from "./rules/registry.js";
import { annotationSuppressions, commentSuppressions, SuppressionComments, suppressionFindings, type Suppression } from "./rules/suppressions.js";
import type { Rule } from "./rules/types.js";
import { DaemonSetView } from "./rules/view.js";
import { loadNodes } from "./simulate/load.js";
import { placementFindings, type LoadedInventory, type PlacementSubject } from "./simulate/findings.js";
import { loadSchemaValidator, type SchemaValidator } from "./schema/validate.js";
import { decodeIssueToProblem, issueToProblem, validateDaemonSet } from "./validate/index.js";
import { appendAll, detached, sharingStrings } from "./values.js";

export interface CheckOptions {
  /** Target Kubernetes minor version (`1.30`); the configuration's, or the newest known. */
  kubernetesVersion?: string;
  /** Folder that relative paths and reported file names are relative to. */
  cwd?: string;
  /** Text for the path `-` (stdin), and the name to report it under. */
  stdin?: { text: string; filename?: string };
  /** Globs of paths to leave out (relative to cwd), besides the configuration's `ignore`. */
  ignore?: readonly string[];
  /** The configuration to use; by default the nearest .dslint.yaml from cwd upwards (or `configFile`). */
  config?: DslintConfig;
  configFile?: string;
  /** false: ignore suppression comments and annotations (`--no-inline-config`). */
  inlineConfig?: boolean;
  /** Node inventories to simulate placement against (besides the configuration's `nodes`). */
  nodes?: readonly string[];
  /** Worker threads besides the main one; by default chosen from the cores and the input's size (parallel.ts). */
  threads?: number;
  /**
   * false: a path or glob that matches no file, one whose files are all
   * ignored, and empty stdin are left out quietly. By default (true) they
   * reject with a UsageError, one line each.
   */
  errorOnUnmatchedPattern?: boolean;
}

// Every option, so that a misspelt one is an error rather than silently ignored (the compiler keeps the list whole).
const CHECK_OPTIONS: Record<keyof CheckOptions, true> = {
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

type CheckTextOptions = Pick<CheckOptions, "kubernetesVersion" | "config" | "configFile" | "cwd" | "inlineConfig" | "nodes"> & Pick<InputSource, "templateSource">;

const CHECK_TEXT_OPTIONS: Record<keyof CheckTextOptions, true> = { kubernetesVersion: true, config: true, configFile: true, cwd: true, inlineConfig: true, nodes: true, templateSource: true };

/** What every file of one run is checked with; plain data, so it can be sent to worker threads. */
export interface RunContext {
  version: string;
  config: DslintConfig;
  inlineConfig: boolean;
  /** Collect each DaemonSet for the placement check (an inventory was given). */
  placement: boolean;
}

/** Everything one file contributes to the result. */
export interface FileResult {
  findings: Finding[];
  documents: number;
  objects: number;
  daemonSets: number;
  skipped: number;
  /** Facts for cross-document rules, as JSON text (factText): small, and sharing nothing with the documents. */
  facts: string[];
  /** On the main thread the facts go to the run's TextSpill instead: these indexes of it. */
  factRange?: [number, number];
  /** The PriorityClass names the cross-document rules may need. */
  priorityClasses: string[];
  suppressions: Suppression[];
  /** The DaemonSets, for the placement check. */
  placements: PlacementSubject[];
  /** The file and the objects checked in it, clean or not (absent for a path that matched nothing). */
  checked?: CheckedFile;
}

/**
 * Checks manifests: load → schema → API validation → rules → report.
 * Problems in one file or document never stop the others from being checked.
 */
export async function check(paths: readonly string[], options: CheckOptions = {}): Promise<CheckResult> {
  return materialize(await runCheck(paths, options, new FindingStore({ spillAfter: Infinity })));
}

/**
 * A check's result as the command line reports it: the findings may lie in
 * a temporary file (report/finding-store.ts), read back one at a time.
 * `close` removes it once the reports are written.
 */
export interface CheckReport extends ReportInput {
  files: CheckedFile[];
  close(): void;
}

/** `check` for the command line: findings held out of memory past a few thousand; `errorsOnly` keeps only errors (--quiet). */
export async function checkForReport(paths: readonly string[], options: CheckOptions, errorsOnly = false): Promise<CheckReport> {
  return runCheck(paths, options, new FindingStore(), errorsOnly);
}

async function runCheck(paths: readonly string[], options: CheckOptions, store: FindingStore, errorsOnly = false): Promise<CheckReport> {
  checkPaths("check", paths);
  // Nothing to check is no pass, as on the command line.
  if (paths.length === 0 && (options.errorOnUnmatchedPattern ?? true)) throw new UsageError("no paths given: name the manifest files, folders or globs to check");
  checkOptions("check", options, Object.keys(CHECK_OPTIONS));
  const cwd = options.cwd ?? process.cwd();
  const rules = await loadRules();
  const run = resolveRun(options, cwd, rules);
  const ignore = [...(options.ignore ?? []), ...run.config.ignore.map((g) => relativeGlob(run.config.dir, cwd, g))];
  const { inputs, problems, unmatched, somethingToCheck } = expandInputs(paths, { cwd, ignore, stdin: options.stdin });
  if (options.errorOnUnmatchedPattern ?? true) {
    const error = unmatchedPathsError(unmatched, somethingToCheck);
    if (error) throw error;
  }
  // After the paths: a mistyped path is reported without reading a large inventory first.
  const inventory = placementInventory(options, run, cwd);
  const sources = markTemplateSources(inputs, cwd);
  const slots = new FindingSlots(store, problems.length + inputs.length);
  const results: FileResult[] = problems.map((p, k) => {
    slots.emitter(k)(pathFinding(p.name, p.message), 0);
    return emptyFileResult();
  });
  try {
    const checked = await checkInputs(inputs, run, options.threads, (input, index) => checkInput(input, run, slots.emitter(problems.length + index), slots.facts));
    checked.forEach((result, index) => {
      const emit = slots.emitter(problems.length + index);
      // A worker thread's findings come back with its result.
      for (const f of result.findings) emit(f, 0);
      result.findings = [];
      const source = sources.get(index);
      if (source) emit(source, 2);
    });
    appendAll(results, checked);
    return finish(results, inputs.length, rules, run, slots, inventory, errorsOnly);
  } catch (err) {
    store.close();
    slots.facts.close();
    throw err;
  }
}

/** One DaemonSet's facts as text, until the cross-document rules read them. */
function factText(facts: readonly CollectedFact[]): string {
  return JSON.stringify(facts);
}

/**
 * The facts again, sharing their strings with the facts revived before (`strings`).
 * JSON.parse makes a key named `__proto__` an own entry, as the rules' label maps have it (rules/view.ts).
 */
function factsOf(text: string, strings: Map<string, string>): CollectedFact[] {
  return sharingStrings(JSON.parse(text) as CollectedFact[], strings);
}

/** The whole result in memory, as the API returns it. */
function materialize(report: CheckReport): CheckResult {
  const findings = Array.from(report.findings);
  report.close();
  return { findings, summary: report.summary, files: report.files };
}

/** What a finding's file reading (0), its objects (1) and a chart or kustomization note (2) add. */
type EmitFinding = (finding: Finding, phase: 0 | 1 | 2) => void;

/**
 * Findings added to the store in any order, ranked as the stages found
 * them: slot by slot (the paths that could not be read, then each input,
 * then placement, cross-document rules and suppressions), within a slot by
 * phase, then one by one. What the sort cannot tell apart keeps that order.
 */
class FindingSlots {
  private readonly emitters = new Map<number, EmitFinding>();
  /** The facts of cross-document rules checked on this thread: held out of memory past a few megabytes. */
  readonly facts = new TextSpill("facts", 4 * 1024 * 1024);

  constructor(
    readonly store: FindingStore,
    /** Slots of the paths and inputs; placement, cross-document and suppression findings come after. */
    readonly inputSlots: number,
  ) {}

  emitter(slot: number): EmitFinding {
    let emit = this.emitters.get(slot);
    if (!emit) {
      const seq = [0, 0, 0];
      // What findings quote from the input is capped and escaped once, for every output.
      emit = (f, phase) => this.store.add(tidied(f), (slot * 4 + phase) * 2 ** 28 + seq[phase]!++);
      this.emitters.set(slot, emit);
    }
    return emit;
  }
}

function tidied(f: Finding): Finding {
  f.message = tidyMessage(f.message);
  if (f.fix !== undefined) f.fix = tidyMessage(f.fix);
  return f;
}

/** The node inventory named by --nodes or the configuration's `nodes`, loaded once for every file. */
function placementInventory(options: CheckOptions, run: RunContext, cwd: string): LoadedInventory | undefined {
  const files = [...(options.nodes ?? []).map((f) => resolve(cwd, f)), ...run.config.nodes.map((f) => resolve(run.config.dir, f))];
  if (files.length === 0) return undefined;
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

const inventories = new Map<string, LoadedInventory>();

function modified(file: string): number {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return -1;
  }
}

/**
 * Checks text that did not come from disk (an editor buffer, a test);
 * `templateSource` when it is a file of a chart or kustomization (load/sources.ts).
 */
export async function checkText(
  text: string,
  filename: string,
  options: CheckTextOptions = {},
): Promise<CheckResult> {
  checkString("checkText", "text", text);
  checkString("checkText", "filename", filename);
  checkOptions("checkText", options, Object.keys(CHECK_TEXT_OPTIONS));
  const cwd = options.cwd ?? process.cwd();
  const rules = await loadRules();
  const run = resolveRun(options, cwd, rules);
  const inventory = placementInventory(options, run, cwd);
  const input: InputSource = { name: filename, text, absolutePath: resolve(cwd, filename) };
  if (options.templateSource) input.templateSource = options.templateSource;
  const slots = new FindingSlots(new FindingStore({ spillAfter: Infinity }), 1);
  const result = await checkInput(input, run, slots.emitter(0), slots.facts);
  return materialize(finish([result], 1, rules, run, slots, inventory));
}

function resolveRun(options: CheckOptions, cwd: string, rules: readonly Rule[]): RunContext {
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
export async function checkInput(input: InputSource, run: RunContext, emit?: EmitFinding, facts?: TextSpill): Promise<FileResult> {
  const collected: Finding[][] = [[], []];
  const add: EmitFinding = emit ?? ((f, phase) => collected[phase === 0 ? 0 : 1]!.push(f));
  const first = facts?.size ?? 0;
  const result = await checkFile(input, run, add, facts);
  if (facts) result.factRange = [first, facts.size];
  if (!emit) result.findings = appendAll(collected[0]!, collected[1]!);
  return result;
}

async function checkFile(input: InputSource, run: RunContext, emit: EmitFinding, facts: TextSpill | undefined): Promise<FileResult> {
  if (input.templateSource) return checkTemplateSourceFile(input, run, emit);
  const read = openInput(input);
  if ("problem" in read) {
    emit(pathFinding(input.name, read.problem), 0);
    return { ...emptyFileResult(), checked: { file: input.name, objects: [] } };
  }
  const allRules = await loadRules();
  const rules = activeRulesFor(run.config, allRules, input.absolutePath);
  const schema = await loadSchemaValidator(run.version);
  const checked: CheckedFile = { file: input.name, objects: [] };
  const result: FileResult = { ...emptyFileResult(), checked };
  // Each object is checked as soon as its document is read, and not kept; a large file is read a document at a time.
  const comments = run.inlineConfig ? new SuppressionComments() : undefined;
  const blocks = "blocks" in read ? read.blocks : [read.text];
  const loaded = readManifestStream(blocks, input.name, (object) => checkObject(object, result, { run, rules, allRules, schema, emit, facts }), {}, comments && ((text, line) => comments.scan(text, line)));
  for (const f of loaded.findings) emit(f, 0);
  result.documents = loaded.documentCount;
  result.objects = loaded.objectCount + loaded.skippedDocuments;
  result.skipped += loaded.skippedDocuments;
  if (comments) appendAll(result.suppressions, comments.suppressions(input.name, loaded.documentLines, loaded.lineCount));
  return result;
}

/** What every object of one file is checked with. */
interface ObjectChecks {
  run: RunContext;
  rules: readonly ActiveRule[];
  allRules: readonly Rule[];
  schema: SchemaValidator;
  emit: EmitFinding;
  /** Where the facts go on the main thread; on a worker, into the result. */
  facts: TextSpill | undefined;
}

/** Checks one object of a file and adds what it contributes to the file's result. */
function checkObject(object: ManifestObject, result: FileResult, { run, rules, allRules, schema, emit, facts }: ObjectChecks): void {
  const { role, problems } = identifyObject(object.value);
  const found: Problem[] = [...problems];
  switch (role.role) {
    case "daemonset": {
      result.daemonSets++;
      const schemaProblems = schema.validate(object, "DaemonSet");
      const api = withoutSchemaOverlap(apiValidationProblems(object, run.version), schemaProblems);
      const ruled = runRules(object, run.version, rules);
      appendAll(appendAll(appendAll(found, schemaProblems), withConfiguredSeverity(api, rules, allRules)), ruled.problems);
      // Kept to the end of the run: as text, a fraction of the objects' size, and no hold on the document's text.
      if (ruled.facts.length > 0) {
        if (facts) facts.append(factText(ruled.facts));
        else result.facts.push(factText(ruled.facts));
      }
      if (run.placement) result.placements.push({ value: object.value, at: new DaemonSetView(object, run.version).anchor([]) });
      break;
    }
    case "priorityclass": {
      appendAll(found, schema.validate(object, "PriorityClass"));
      const name = (object.value as { metadata?: { name?: unknown } }).metadata?.name;
      if (typeof name === "string") result.priorityClasses.push(detached(name));
      break;
    }
    case "unservable":
      result.daemonSets++;
      break;
    default:
      result.skipped++;
  }
  const ref = objectRef(object.value);
  if (ref && role.role !== "other" && role.role !== "node") result.checked!.objects.push(detached(ref));
  if (run.inlineConfig) appendAll(result.suppressions, detached(annotationSuppressions(object, ref)));
  for (const p of found) emit(placeProblem(object, p, ref), 1);
}

/** A file of a chart or kustomization: the syntax of its plain YAML, nothing of a template. */
function checkTemplateSourceFile(input: InputSource, run: RunContext, emit: EmitFinding): FileResult {
  const checked: CheckedFile = { file: input.name, objects: [] };
  if (input.templateSource === "none") return { ...emptyFileResult(), checked };
  const read = readInput(input);
  if ("problem" in read) {
    emit(pathFinding(input.name, read.problem), 0);
    return { ...emptyFileResult(), checked };
  }
  const loaded = parseManifests(read.text, input.name);
  for (const f of loaded.findings) emit(f, 0);
  const result: FileResult = { ...emptyFileResult(), checked };
  if (run.inlineConfig) appendAll(result.suppressions, commentSuppressions(read.text, input.name, loaded.documentLines));
  return result;
}

/**
 * Findings of other stages that carry the id of a rule module (the API's
 * `selector-mismatch`) follow that rule's configured severity, or are
 * dropped when it is off.
 */
function withConfiguredSeverity(problems: Problem[], active: readonly ActiveRule[], all: readonly Rule[]): Problem[] {
  return problems.flatMap((p) => {
    if (!all.some((r) => r.meta.id === p.ruleId)) return [p];
    const configured = active.find((r) => r.rule.meta.id === p.ruleId);
    return configured ? [{ ...p, severity: configured.severity }] : [];
  });
}

/**
 * The API server stops at a value it cannot decode; a linter should not make
 * the user fix one mistake to see the next. So the undecodable values are
 * reported, then left out for the validation of everything else.
 */
function apiValidationProblems(object: ManifestObject, version: string): Problem[] {
  const first = validateDaemonSet(object.value, { kubernetesVersion: version });
  if (first.decodeErrors.length === 0) return first.issues.map(issueToProblem);
  const rest = structuredClone(object.value);
  for (const d of first.decodeErrors) deleteAt(rest, d.path);
  return [...first.decodeErrors.map(decodeIssueToProblem), ...validateDaemonSet(rest, { kubernetesVersion: version }).issues.map(issueToProblem)];
}

function deleteAt(root: unknown, path: Path): void {
  let node = root;
  for (const segment of path.slice(0, -1)) {
    if (typeof node !== "object" || node === null) return;
    node = (node as Record<string | number, unknown>)[segment];
  }
  if (typeof node === "object" && node !== null) delete (node as Record<string | number, unknown>)[path.at(-1)!];
}

/**
 * One mistake, one finding. The API server never validates what it cannot
 * decode, so an API error at (or inside) a field the schema rejected is the
 * same mistake twice; and a field both stages require or restrict is
 * reported once, by the schema stage. Schema problems about a missing field
 * sit at its parent, so they are matched by their field error instead.
 */
function withoutSchemaOverlap(api: Problem[], schema: Problem[]): Problem[] {
  if (schema.length === 0) return api;
  const isPrefix = (a: Path, b: Path) => a.length <= b.length && a.every((s, i) => s === b[i]);
  const sameFields = new Set(schema.filter((s) => s.apiError).map((s) => s.apiError!.field));
  const rejectedValues = schema.filter((s) => !s.apiError || s.apiError.type !== "Required");
  return api.filter((p) => {
    if (p.apiError && sameFields.has(p.apiError.field)) return false;
    return !rejectedValues.some((s) => isPrefix(s.path, p.path));
  });
}

export function objectRef(value: unknown): ObjectRef | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const v = value as { kind?: unknown; metadata?: { name?: unknown; namespace?: unknown } };
  if (typeof v.kind !== "string") return undefined;
  const ref: ObjectRef = { kind: v.kind };
  const meta = typeof v.metadata === "object" && v.metadata !== null ? v.metadata : {};
  if (typeof meta.namespace === "string") ref.namespace = meta.namespace;
  if (typeof meta.name === "string") ref.name = meta.name;
  return ref;
}

/** Places a stage's problem in its file through the object's source map. */
export function placeProblem(object: ManifestObject, p: Problem, ref = objectRef(object.value)): Finding {
  const range = object.locate(p.path, p.onKey);
  const finding: Finding = {
    ruleId: p.ruleId,
    severity: p.severity,
    message: p.message,
    file: object.file,
    ...range,
    path: formatPath(p.path),
  };
  if (ref) finding.object = ref;
  if (p.apiError) finding.apiError = p.apiError;
  if (p.fix) finding.fix = p.fix;
  return finding;
}

function emptyFileResult(): FileResult {
  return { findings: [], documents: 0, objects: 0, daemonSets: 0, skipped: 0, facts: [], priorityClasses: [], suppressions: [], placements: [] };
}

function pathFinding(file: string, message: string): Finding {
  return { ruleId: "unreadable-path", severity: "error", message, file, line: 1, column: 1, endLine: 1, endColumn: 1, path: "" };
}

function resolveConfig(cwd: string, configFile: string | undefined, rules: readonly Rule[]): DslintConfig {
  const file = configFile ? resolve(cwd, configFile) : findConfigFile(cwd);
  if (!file) return emptyConfig(cwd);
  return loadConfigFile(file, rules, relative(cwd, file) || file);
}

/** A glob relative to the configuration's folder, made relative to the working directory. */
function relativeGlob(configDir: string, cwd: string, glob: string): string {
  const prefix = relative(cwd, configDir).split(sep).join("/");
  return prefix === "" ? glob : `${prefix}/${glob}`;
}

/** Cross-document rules, suppressions, ordering and the summary: the work that needs every file. */
function finish(results: FileResult[], files: number, rules: readonly Rule[], run: RunContext, slots: FindingSlots, inventory?: LoadedInventory, errorsOnly = false): CheckReport {
  const store = slots.store;
  if (inventory) {
    const emit = slots.emitter(slots.inputSlots);
    for (const f of placementFindings(results.flatMap((r) => r.placements), inventory)) emit(f, 0);
  }
  // In input order, wherever each file was checked.
  const facts: CollectedFact[] = [];
  const strings = new Map<string, string>();
  for (const r of results) {
    if (r.factRange) for (let i = r.factRange[0]; i < r.factRange[1]; i++) appendAll(facts, factsOf(slots.facts.text(i), strings));
    for (const text of r.facts) appendAll(facts, factsOf(text, strings));
  }
  strings.clear();
  slots.facts.close();
  if (facts.length > 0) {
    const emit = slots.emitter(slots.inputSlots + 1);
    const priorityClasses = new Set(results.flatMap((r) => r.priorityClasses));
    const active = activeRulesFor(run.config, rules, undefined);
    const optionsFor = (id: string) => active.find((r) => r.rule.meta.id === id)?.options ?? {};
    for (const c of runCrossRules(rules, optionsFor, facts, priorityClasses)) {
      const f: Finding = { ruleId: c.ruleId, severity: c.severity, message: c.message, file: c.at.file, ...c.at.range, path: c.at.path, object: c.at.object };
      if (c.fix) f.fix = c.fix;
      emit(f, 0);
    }
  }
  const suppressions = results.flatMap((r) => r.suppressions);
  if (suppressions.length > 0) {
    const known = new Set([...rules.map((r) => r.meta.id), ...BUILT_IN_IDS]);
    const count = store.size;
    const about = suppressionFindings(count, (i) => store.get(i), (i) => store.remove(i), suppressions, known, (i) => store.fileOf(i));
    const rank = (slots.inputSlots + 2) * 4 * 2 ** 28;
    about.forEach((f, k) => store.add(f, rank + k));
  }
  if (errorsOnly) for (let i = 0; i < store.size; i++) if (store.severityOf(i) !== "error") store.remove(i);
  const counts = { error: 0, warning: 0, info: 0 };
  for (let i = 0; i < store.size; i++) if (!store.isRemoved(i)) counts[store.severityOf(i)]++;
  const summary: CheckSummary = {
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

export { BUILT_IN_IDS } from "./builtin-findings.js";

function sum(results: FileResult[], key: "documents" | "objects" | "daemonSets" | "skipped"): number {
  return results.reduce((n, r) => n + r[key], 0);
}
