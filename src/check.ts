import { checkOptions, checkPaths, checkString } from "./api-arguments.js";
import { resolve } from "node:path";
import { activeRulesFor, configureStageFindings, stageSeveritiesFor } from "./config/config.js";
import { CHECK_OPTIONS, CHECK_TEXT_OPTIONS, ignoreGlobs, resolveRun, rulesOfRun, type CheckOptions, type CheckTextOptions, type RunContext } from "./config/run.js";
import { emptyFileResult, type FileResult } from "./file-result.js";
import type { Finding, Problem, RuleSeverity } from "./finding.js";
import { expandInputs, openInput, readInput, unmatchedPathsError, type InputSource } from "./load/files.js";
import { identifyObject } from "./load/identify.js";
import { parseManifests, readManifestStream } from "./load/parse.js";
import { objectRef, pathFinding, placeProblem } from "./load/place.js";
import { referencedObjectOf } from "./load/referenced.js";
import { markTemplateSources } from "./load/sources.js";
import type { ManifestObject } from "./load/types.js";
import { UsageError } from "./options.js";
import type { Path } from "./path.js";
import { checkInputs } from "./parallel.js";
import { FindingSlots, type EmitFinding } from "./report/finding-slots.js";
import { FindingStore } from "./report/finding-store.js";
import type { TextSpill } from "./text-spill.js";
import { summaryOf } from "./report/summary.js";
import type { CheckedFile, CheckResult, ReportInput } from "./report/types.js";
import { runRules, type ActiveRule } from "./rules/engine.js";
import { CollectedFacts, crossDocumentFindings, factSpill, factTexts } from "./rules/facts.js";
import { InputObjects } from "./rules/input-objects.js";
import { findingKinds, loadRules, type FindingKinds } from "./rules/registry.js";
import { annotationSuppressions, commentSuppressions, SuppressionComments, suppressionFindings } from "./rules/suppressions.js";
import type { Rule } from "./rules/types.js";
import { DaemonSetView } from "./rules/view.js";
import { placementFindings, type LoadedInventory, type PlacementSubject } from "./simulate/findings.js";
import { placementInventory } from "./simulate/load.js";
import { loadSchemaValidator, type SchemaValidator } from "./schema/validate.js";
import { apiValidationProblems, withoutSchemaOverlap } from "./validate/api-problems.js";
import { appendAll, asObject, detached } from "./values.js";

/**
 * Checks manifests: load → schema → API validation → rules → (cross-document
 * rules, placement) → suppressions → report.
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
  /** Every kind of finding the run could report, its custom rules with them (SARIF's rule metadata). */
  kinds: FindingKinds;
  close(): void;
}

/**
 * `check` for the command line: findings held out of memory past a few
 * thousand; `errorsOnly` keeps only errors (--quiet). With `texts` (--fix),
 * a file whose absolute path is in it is read from there, and every other
 * file read whole is added to it, on the main thread.
 */
export async function checkForReport(paths: readonly string[], options: CheckOptions, errorsOnly = false, texts?: Map<string, string>): Promise<CheckReport> {
  return runCheck(paths, options, new FindingStore(), errorsOnly, texts);
}

async function runCheck(paths: readonly string[], options: CheckOptions, store: FindingStore, errorsOnly = false, texts?: Map<string, string>): Promise<CheckReport> {
  checkPaths("check", paths);
  // Nothing to check is no pass, as on the command line.
  if (paths.length === 0 && (options.errorOnUnmatchedPattern ?? true)) throw new UsageError("no paths given: name the manifest files, folders or globs to check");
  checkOptions("check", options, Object.keys(CHECK_OPTIONS));
  const cwd = options.cwd ?? process.cwd();
  const run = resolveRun(options, cwd, await loadRules());
  const rules = rulesOfRun(run);
  const { inputs, problems, unmatched, somethingToCheck } = expandInputs(paths, { cwd, ignore: ignoreGlobs(options, run, cwd), stdin: options.stdin });
  if (options.errorOnUnmatchedPattern ?? true) {
    const error = unmatchedPathsError(unmatched, somethingToCheck);
    if (error) throw error;
  }
  // After the paths: a mistyped path is reported without reading a large inventory first.
  const inventory = placementInventory(options, run, cwd);
  const sources = markTemplateSources(inputs, cwd);
  if (texts) {
    for (const input of inputs) if (input.absolutePath !== undefined && texts.has(input.absolutePath)) input.text = texts.get(input.absolutePath);
    run.texts = texts;
  }
  const slots = new FindingSlots(store, problems.length + inputs.length, configureStageFindings(run.config, rules, (file) => resolve(cwd, file)));
  const facts = factSpill();
  const results: FileResult[] = problems.map((p, k) => {
    slots.emitter(k)(pathFinding(p.name, p.message), 0);
    return emptyFileResult();
  });
  try {
    const checked = await checkInputs(inputs, run, texts ? 0 : options.threads, (input, index) => checkInput(input, run, slots.emitter(problems.length + index), facts));
    checked.forEach((result, index) => {
      const emit = slots.emitter(problems.length + index);
      // A worker thread's findings come back with its result.
      for (const f of result.findings) emit(f, 0);
      result.findings = [];
      const source = sources.get(index);
      if (source) emit(source, 2);
    });
    appendAll(results, checked);
    return finish(results, inputs.length, rules, run, slots, facts, inventory, errorsOnly);
  } catch (err) {
    store.close();
    facts.close();
    throw err;
  }
}

/** The whole result in memory, as the API returns it. */
function materialize(report: CheckReport): CheckResult {
  const findings = Array.from(report.findings);
  report.close();
  return { findings, summary: report.summary, files: report.files };
}

/**
 * Checks text that did not come from disk (an editor buffer, a test);
 * `templateSource` when it is a file of a chart or kustomization (load/sources.ts).
 */
export async function checkText(text: string, filename: string, options: CheckTextOptions = {}): Promise<CheckResult> {
  checkString("checkText", "text", text);
  checkString("checkText", "filename", filename);
  checkOptions("checkText", options, Object.keys(CHECK_TEXT_OPTIONS));
  const cwd = options.cwd ?? process.cwd();
  const run = resolveRun(options, cwd, await loadRules());
  const rules = rulesOfRun(run);
  const inventory = placementInventory(options, run, cwd);
  const input: InputSource = { name: filename, text, absolutePath: resolve(cwd, filename) };
  if (options.templateSource) input.templateSource = options.templateSource;
  const slots = new FindingSlots(new FindingStore({ spillAfter: Infinity }), 1, configureStageFindings(run.config, rules, (file) => resolve(cwd, file)));
  const facts = factSpill();
  const result = await checkInput(input, run, slots.emitter(0), facts);
  return materialize(finish([result], 1, rules, run, slots, facts, inventory));
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
  if (run.texts && "text" in read && input.absolutePath !== undefined) run.texts.set(input.absolutePath, read.text);
  const allRules = rulesOfRun(run);
  const rules = activeRulesFor(run.config, allRules, input.absolutePath);
  const schema = await loadSchemaValidator(run.version);
  const checked: CheckedFile = { file: input.name, objects: [] };
  const result: FileResult = { ...emptyFileResult(), checked };
  // Each object is checked as soon as its document is read, and not kept; a large file is read a document at a time.
  const comments = run.inlineConfig ? new SuppressionComments() : undefined;
  const blocks = "blocks" in read ? read.blocks : [read.text];
  const severities = stageSeveritiesFor(run.config, allRules, input.absolutePath);
  const loaded = readManifestStream(
    blocks,
    input.name,
    (object) => checkObject(object, result, { run, rules, severities, schema, emit, facts }),
    { referencedObject: (object) => result.referenced.push(object) },
    comments && ((text, line) => comments.scan(text, line)),
  );
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
  /** What the configuration changes of the other stages' kinds in this file. */
  severities: ReadonlyMap<string, RuleSeverity>;
  schema: SchemaValidator;
  emit: EmitFinding;
  /** Where the facts go on the main thread; on a worker, into the result. */
  facts: TextSpill | undefined;
}

/** Checks one object of a file and adds what it contributes to the file's result. */
function checkObject(object: ManifestObject, result: FileResult, { run, rules, severities, schema, emit, facts }: ObjectChecks): void {
  const { role, problems } = identifyObject(object.value);
  const found: Problem[] = [...problems];
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
        for (const text of factTexts(ruled.facts)) {
          if (facts) facts.append(text);
          else result.facts.push(text);
        }
      }
      if (run.placement) {
        const view = new DaemonSetView(object, run.version);
        const subject: PlacementSubject = { value: object.value, at: view.anchor([]), rolloutAt: view.anchor(rolloutFieldPath(object.value)) };
        const rollout = rolloutWaves(rules);
        if (rollout) subject.rollout = rollout;
        result.placements.push(subject);
      }
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
    default: {
      result.skipped++;
      // In a List or a JSON document: read whole, unlike the skipped documents of its kind (load/referenced.ts).
      const referenced = referencedObjectOf(object.value);
      if (referenced) result.referenced.push(referenced);
    }
  }
  const ref = objectRef(object.value);
  if (ref && role.role !== "other" && role.role !== "node") result.checked!.objects.push(detached(ref));
  if (run.inlineConfig) appendAll(result.suppressions, detached(annotationSuppressions(object, ref)));
  for (const p of found) emit(placeProblem(object, run.suggestions ? p : withoutSuggestions(p), ref), 1);
}

/** The problem without its suggestions: resolving them against the source costs time a run has not asked to spend. */
function withoutSuggestions(p: Problem): Problem {
  if (!p.suggestions) return p;
  const { suggestions: _, ...rest } = p;
  return rest;
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
 * rollout-max-unavailable counts the waves over the --nodes inventory where
 * it is on and its own `nodes` option does not give the count.
 */
function rolloutWaves(rules: readonly ActiveRule[]): PlacementSubject["rollout"] {
  const active = rules.find((r) => r.rule.meta.id === "rollout-max-unavailable");
  if (!active || typeof active.options.nodes === "number") return undefined;
  return { severity: active.severity, largeCluster: typeof active.options.largeCluster === "number" ? active.options.largeCluster : 50 };
}

/** The field rollout-max-unavailable reports at: maxUnavailable as written, else the update strategy. */
function rolloutFieldPath(daemonSet: unknown): Path {
  const strategy = asObject(asObject(asObject(daemonSet)?.spec)?.updateStrategy);
  return asObject(strategy?.rollingUpdate)?.maxUnavailable !== undefined ? ["spec", "updateStrategy", "rollingUpdate", "maxUnavailable"] : ["spec", "updateStrategy"];
}

/** Placement, cross-document rules, suppressions, ordering and the summary: the work that needs every file. */
function finish(results: FileResult[], files: number, rules: readonly Rule[], run: RunContext, slots: FindingSlots, factSpill: TextSpill, inventory?: LoadedInventory, errorsOnly = false): CheckReport {
  const store = slots.store;
  if (inventory) {
    const emit = slots.emitter(slots.inputSlots);
    for (const f of placementFindings(results.flatMap((r) => r.placements), inventory, run.version)) emit(f, 0);
  }
  const facts = new CollectedFacts(results, factSpill);
  try {
    const emit = slots.emitter(slots.inputSlots + 1);
    const priorityClasses = new Set(results.flatMap((r) => r.priorityClasses));
    const objects = new InputObjects();
    for (const r of results) if (r.checked) for (const object of r.referenced) objects.add(r.checked.file, object);
    for (const f of crossDocumentFindings(rules, run.config, facts, { priorityClasses, objects })) emit(f, 0);
  } finally {
    facts.close();
  }
  const kinds = findingKinds(rules);
  const suppressions = results.flatMap((r) => r.suppressions);
  if (suppressions.length > 0) {
    const known = new Set(kinds.all.map((k) => k.id));
    slots.addLast(suppressionFindings(store.size, (i) => store.get(i), (i) => store.remove(i), suppressions, known, (i) => store.fileOf(i)));
  }
  if (errorsOnly) for (let i = 0; i < store.size; i++) if (store.severityOf(i) !== "error") store.remove(i);
  const summary = summaryOf(results, files, store);
  return { findings: store.sorted(), summary, files: results.flatMap((r) => (r.checked ? [r.checked] : [])), kinds, close: () => store.close() };
}
