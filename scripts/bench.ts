/**
 * `npm run bench`: prints dslint's speed and memory figures. Nothing here
 * asserts; it measures and prints, and a run that crashes is printed as its
 * figure. Every measurement is a fresh `node bin/dslint.js` process, as a CLI
 * run is; commands that are compared run alternately, so that both see the
 * same machine load.
 *
 *   1. cold start: `dslint check` on one DaemonSet file vs bare `node -e 0`
 *   2. throughput: DaemonSet documents per second and peak RSS, the report
 *      written as JSON to a file, on 5,000 apps/v1 DaemonSet documents cut
 *      from the corpus (test/corpus/daemonsets) laid out (a) as one file and
 *      (b) as 500 files of 10; and, labelled apart, all documents per second
 *      on copies of the corpus files as they are (RBAC, ConfigMaps and other
 *      kinds dslint skips unparsed counted as documents)
 *   3. memory growth: peak RSS on 5,000 DaemonSet documents vs 15,000 (50,000,
 *      150 MB, with --big), each as one file
 *   4. kubeconform on the same inputs, alternating with dslint, when a
 *      kubeconform binary is on PATH (checked offline against the schemas in
 *      schemas/)
 *   5. simulation: 5,000 nodes x 20 DaemonSets and 65,000 nodes x 1 in process
 *      (scripts/bench-simulate.ts), and `dslint simulate` on 100 DaemonSets x
 *      65,000 nodes writing the grouped table, the table of every node and
 *      the whole JSON to files
 *
 *   6. custom rules: the five of examples/custom-rules in one configuration,
 *      against none: cold start with the compiled rules cached, the first run
 *      that compiles them (the parser loaded), and throughput on the 5,000
 *      DaemonSets in one file: as written (their findings reported) and
 *      evaluation only (every assert written `(assert) || true`)
 *
 *   node dist/scripts/bench.js [--big] [--only cold-start|throughput|growth|simulation|custom-rules]
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import v8 from "node:v8";
import { failure, formatMB, formatMs, hasGnuTime, measure, type Measurement, median, onPath, readTail, rssMethod } from "./bench-measure.js";
import { benchSimulate, benchSimulateCli } from "./bench-simulate.js";
import { parseDocument, type YAMLMap, type YAMLSeq } from "yaml";
import { packageRoot } from "../src/package.js";

const root = packageRoot();
const bin = join(root, "bin", "dslint.js");
const node = process.execPath;

const big = process.argv.includes("--big");
const onlyAt = process.argv.indexOf("--only");
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;
const PARTS = ["cold-start", "throughput", "growth", "simulation", "custom-rules"];
if (only !== undefined && !PARTS.includes(only)) {
  process.stderr.write(`usage: bench [--big] [--only ${PARTS.join("|")}]\n`);
  process.exit(2);
}
const BASE_DOCUMENTS = 5_000;
const GROWTH_DOCUMENTS = big ? 50_000 : 15_000;
const FILES = 500;
const THROUGHPUT_ROUNDS = 3;
const COLD_START_ROUNDS = 15;
/** The custom rules' throughput ratios are a few percent: more rounds than the other parts' for a steady median. */
const CUSTOM_RULES_ROUNDS = 5;

interface Row {
  figure: string;
  value: string;
  detail: string;
}
const rows: Row[] = [];
const log = (line = ""): void => void process.stdout.write(`${line}\n`);
const count = (n: number): string => n.toLocaleString("en-US");
const spread = (values: readonly number[], format: (n: number) => string): string =>
  `${format(Math.min(...values))}–${format(Math.max(...values))}`;
const ratio = (n: number): string => `${n.toFixed(2)}x`;
const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split("\n")[0]!;

/** Runs one part of the bench; a failure is printed as that part's figure and the bench goes on. */
function part(name: string, run: () => void): void {
  if (only !== undefined && only !== name) return;
  try {
    run();
  } catch (error) {
    log(`${name}: failed: ${errorMessage(error)}`);
    rows.push({ figure: name, value: "failed", detail: errorMessage(error) });
  }
  log();
}

// ---------------------------------------------------------------- inputs

/** The apps/v1 DaemonSet documents of the corpus, in file-name order, each ending with a newline. */
function corpusDaemonSets(): string[] {
  const source = join(root, "test", "corpus", "daemonsets");
  if (!existsSync(source)) throw new Error(`the benchmark input is missing: ${source} (part of the repository)`);
  const documents: string[] = [];
  for (const name of readdirSync(source).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    for (const chunk of readFileSync(join(source, name), "utf8").split(/^---[ \t]*\r?$/m)) {
      if (!/^kind:[ \t]*["']?DaemonSet["']?[ \t]*\r?$/m.test(chunk)) continue;
      if (!/^apiVersion:[ \t]*["']?apps\/v1["']?[ \t]*\r?$/m.test(chunk)) continue;
      documents.push(`${chunk.replace(/^\r?\n/, "").replace(/\s*$/, "")}\n`);
    }
  }
  if (documents.length === 0) throw new Error(`no apps/v1 DaemonSet document in ${source}`);
  return documents;
}

/** `n` documents, the corpus's DaemonSets repeated in order. */
function documentsText(corpus: readonly string[], from: number, n: number): string {
  const parts: string[] = [];
  for (let i = from; i < from + n; i++) parts.push(corpus[i % corpus.length]!);
  return parts.join("---\n");
}

interface Input {
  label: string;
  /** What dslint is given: a file or a folder. */
  path: string;
  /** Documents by construction (the mixed input: by dslint's count). */
  documents: number;
  bytes: number;
}

/** Copies every corpus file as it is into a tree until it holds at least `target` documents (the old, mixed input). */
function mixedInput(scratch: string, target: number): Input {
  const source = join(root, "test", "corpus", "daemonsets");
  const texts = readdirSync(source)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => readFileSync(join(source, f), "utf8"));
  const docsIn = (t: string) => t.split(/^---\s*$/m).filter((d) => /^\s*kind:/m.test(d)).length;
  const dir = join(scratch, "mixed");
  mkdirSync(dir);
  let documents = 0;
  let bytes = 0;
  for (let round = 0; documents < target; round++) {
    const sub = join(dir, `r${round}`);
    mkdirSync(sub);
    texts.forEach((t, i) => {
      writeFileSync(join(sub, `f${i}.yaml`), t);
      documents += docsIn(t);
      bytes += Buffer.byteLength(t);
    });
  }
  return { label: "mixed corpus copy", path: dir, documents, bytes };
}

// ---------------------------------------------------------------- runs

interface Summary {
  files: number;
  documents: number;
  objects: number;
  daemonSets: number;
  skipped: number;
  errors: number;
  warnings: number;
  infos: number;
}

/** The summary at the end of a JSON report, read without parsing the whole report. */
function reportSummary(report: string): Summary | undefined {
  if (!existsSync(report) || statSync(report).size === 0) return undefined;
  const match = /"summary":\s*(\{[^}]*\})\s*\}\s*$/.exec(readTail(report, 4096));
  return match ? (JSON.parse(match[1]!) as Summary) : undefined;
}

interface CheckRun extends Measurement {
  summary?: Summary;
  /** Set when the run crashed or was refused. */
  problem?: string;
}

/** `dslint check <path> --format json -o <report>`; with `stdin`, the file is fed on standard input (`check -`). */
function check(scratch: string, path: string, options: { stdin?: boolean } = {}): CheckRun {
  const report = join(scratch, "report.json");
  rmSync(report, { force: true });
  const args = [bin, "check", options.stdin ? "-" : path, "--format", "json", "-o", report];
  const m = measure(node, args, { scratch, cwd: root, stdinFile: options.stdin ? path : undefined });
  const summary = reportSummary(report);
  rmSync(report, { force: true });
  return { ...m, summary, problem: failure(m) ?? (summary ? undefined : `no report (exit ${m.status}): ${m.stderr.split("\n")[0]}`) };
}

// ---------------------------------------------------------------- parts

function coldStart(scratch: string): void {
  const file = join(root, "examples", "manifests", "node-exporter.yaml");
  const bare = ["-e", "0"];
  const dslint = [bin, "check", "--no-color", file];
  for (let i = 0; i < 2; i++) [bare, dslint].forEach((args) => measure(node, args, { scratch, cwd: root })); // warm caches
  const times = { bare: [] as number[], dslint: [] as number[], ratio: [] as number[], rss: [] as number[] };
  for (let r = 0; r < COLD_START_ROUNDS; r++) {
    const b = measure(node, bare, { scratch, cwd: root });
    const d = measure(node, dslint, { scratch, cwd: root });
    const problem = failure(d);
    if (problem) throw new Error(`dslint check ${file}: ${problem}`);
    times.bare.push(b.ms);
    times.dslint.push(d.ms);
    times.ratio.push(d.ms / b.ms);
    if (d.maxRssBytes !== undefined) times.rss.push(d.maxRssBytes);
  }
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  log(`cold start (${COLD_START_ROUNDS} rounds, alternating; median, min–max)`);
  log(`  node -e 0                     ${ms(median(times.bare))} (${spread(times.bare, ms)})`);
  log(`  dslint check <one DaemonSet>  ${ms(median(times.dslint))} (${spread(times.dslint, ms)}), peak RSS ${formatMB(times.rss.length ? Math.max(...times.rss) : undefined)}`);
  log(`  dslint / node, paired         ${ratio(median(times.ratio))} (${spread(times.ratio, ratio)})`);
  rows.push({
    figure: "cold start: dslint check / node -e 0",
    value: ratio(median(times.ratio)),
    detail: `${spread(times.ratio, ratio)}; ${ms(median(times.dslint))} vs ${ms(median(times.bare))}, ${COLD_START_ROUNDS} rounds`,
  });
}

interface Kubeconform {
  path: string;
  args: (input: string) => string[];
}

/**
 * kubeconform, when on PATH, told to read its schemas from the repository's
 * own (schemas/v1.NN/daemonset.schema.json, the newest version), so it runs
 * offline; its default schema location is on the network. Undefined, with a
 * line printed, when it is absent or cannot check a DaemonSet that way.
 */
function findKubeconform(scratch: string, sample: string): Kubeconform | string {
  const path = onPath("kubeconform");
  if (!path) return "not on PATH (the project neither downloads nor builds it)";
  const versions = JSON.parse(readFileSync(join(root, "schemas", "versions.json"), "utf8")) as string[];
  const location = join(root, "schemas", `v${versions[0]}`, "{{ .ResourceKind }}.schema.json");
  const args = (input: string) => ["-summary", "-schema-location", location, input];
  const m = measure(path, args(sample), { scratch, stdoutFile: join(scratch, "kubeconform.txt") });
  const out = `${m.stderr}\n${readFileSync(join(scratch, "kubeconform.txt"), "utf8")}`;
  const summary = /Summary:.*?Valid: (\d+), Invalid: (\d+), Errors: (\d+)/.exec(out);
  if (!summary || (Number(summary[1]) === 0 && Number(summary[2]) === 0) || Number(summary[3]) > 0) {
    const line = out.split("\n").find((l) => l.trim()) ?? `exit ${m.status}`;
    return `${path} cannot check a DaemonSet offline against ${location} (${line.trim().slice(0, 160)})`;
  }
  return { path, args };
}

interface Layout {
  input: Input;
  /** DaemonSet documents by construction; undefined for the mixed input. */
  daemonSets?: number;
  runs: CheckRun[];
  kubeconform: Measurement[];
}

function throughput(scratch: string, corpus: readonly string[]): void {
  const dsDocs = BASE_DOCUMENTS;
  const one = join(scratch, "one-file", `daemonsets-${dsDocs}.yaml`);
  mkdirSync(dirname(one));
  writeFileSync(one, documentsText(corpus, 0, dsDocs));
  const many = join(scratch, `files-${FILES}`);
  mkdirSync(many);
  const perFile = dsDocs / FILES;
  for (let f = 0; f < FILES; f++) writeFileSync(join(many, `f${String(f).padStart(3, "0")}.yaml`), documentsText(corpus, f * perFile, perFile));
  const layouts: Layout[] = [
    { input: { label: `(a) 1 file × ${count(dsDocs)} DaemonSets`, path: one, documents: dsDocs, bytes: statSync(one).size }, daemonSets: dsDocs, runs: [], kubeconform: [] },
    {
      input: { label: `(b) ${FILES} files × ${perFile} DaemonSets`, path: many, documents: dsDocs, bytes: readdirSync(many).reduce((n, f) => n + statSync(join(many, f)).size, 0) },
      daemonSets: dsDocs,
      runs: [],
      kubeconform: [],
    },
    { input: mixedInput(scratch, dsDocs), runs: [], kubeconform: [] },
  ];
  const found = findKubeconform(scratch, join(root, "examples", "manifests", "node-exporter.yaml"));
  const kubeconform = typeof found === "string" ? undefined : found;

  for (let r = 0; r < THROUGHPUT_ROUNDS; r++) {
    for (const layout of layouts) {
      const run = check(scratch, layout.input.path);
      if (run.problem) throw new Error(`dslint check ${layout.input.label}: ${run.problem}`);
      if (layout.daemonSets !== undefined && run.summary!.daemonSets !== layout.daemonSets) {
        throw new Error(`${layout.input.label}: dslint checked ${run.summary!.daemonSets} DaemonSets, not ${layout.daemonSets}`);
      }
      layout.runs.push(run);
      if (kubeconform && layout.daemonSets !== undefined) {
        layout.kubeconform.push(measure(kubeconform.path, kubeconform.args(layout.input.path), { scratch }));
      }
    }
  }

  log(`throughput (${THROUGHPUT_ROUNDS} rounds, alternating; \`dslint check <input> --format json -o <file>\`; median wall time, min–max)`);
  for (const layout of layouts) {
    const times = layout.runs.map((r) => r.ms);
    const rss = Math.max(...layout.runs.map((r) => r.maxRssBytes ?? 0));
    const summary = layout.runs.at(-1)!.summary!;
    const mb = `${(layout.input.bytes / 1e6).toFixed(1)} MB`;
    const t = median(times);
    if (layout.daemonSets !== undefined) {
      const perSecond = (ms: number) => count(Math.round(layout.daemonSets! / (ms / 1000)));
      log(`  ${layout.input.label} (${mb}): ${formatMs(t)} (${spread(times, formatMs)}), ${perSecond(t)} DaemonSet documents/s, peak RSS ${formatMB(rss || undefined)}`);
      const rates = times.map((ms) => layout.daemonSets! / (ms / 1000));
      rows.push({ figure: `${layout.input.label}: DaemonSet documents/s`, value: perSecond(t), detail: `${spread(rates, (n) => count(Math.round(n)))}/s; ${formatMs(t)} median` });
      rows.push({ figure: `${layout.input.label}: peak RSS`, value: formatMB(rss || undefined), detail: `${mb} of YAML, max of ${layout.runs.length} runs` });
    } else {
      const all = (ms: number) => count(Math.round(summary.documents / (ms / 1000)));
      const ds = (ms: number) => count(Math.round(summary.daemonSets / (ms / 1000)));
      log(
        `  ${layout.input.label} (${mb}; ${count(summary.files)} files, ${count(summary.documents)} documents of which ${count(summary.daemonSets)} DaemonSets): ` +
          `${formatMs(t)} (${spread(times, formatMs)}), ${all(t)} documents/s ALL KINDS (RBAC, ConfigMaps etc. skipped unparsed, so not comparable), ${ds(t)} DaemonSet documents/s, peak RSS ${formatMB(rss || undefined)}`,
      );
      rows.push({ figure: `mixed corpus copy: ALL documents/s (not comparable)`, value: all(t), detail: `${count(summary.documents)} documents, ${count(summary.daemonSets)} DaemonSets: ${ds(t)} DaemonSets/s` });
    }
  }
  if (typeof found === "string") {
    log(`kubeconform: ${found}; comparison skipped`);
    rows.push({ figure: "speed, dslint ÷ kubeconform", value: "skipped", detail: onPath("kubeconform") ? "cannot check offline against schemas/" : "not on PATH" });
  }
  if (kubeconform) {
    // A speed ratio: dslint's DaemonSet documents per second over kubeconform's, pair by pair (the issue's target is 2x or more).
    log(`kubeconform (${kubeconform.path}, -summary, offline against schemas/; alternating with dslint; speed = dslint's DaemonSet documents/s ÷ kubeconform's, paired, min–max)`);
    for (const layout of layouts.filter((l) => l.kubeconform.length)) {
      const speeds = layout.runs.map((r, i) => layout.kubeconform[i]!.ms / r.ms);
      const times = layout.kubeconform.map((m) => m.ms);
      const rss = Math.max(...layout.kubeconform.map((m) => m.maxRssBytes ?? 0));
      const problem = layout.kubeconform.map((m) => failure(m)).find(Boolean);
      const perSecond = count(Math.round((layout.daemonSets! * 1000) / median(times)));
      log(
        `  ${layout.input.label}: kubeconform ${formatMs(median(times))} (${spread(times, formatMs)}), ${perSecond} DaemonSet documents/s, peak RSS ${formatMB(rss || undefined)}${problem ? ` [${problem}]` : ""}; ` +
          `speed dslint ÷ kubeconform ${ratio(median(speeds))} (${spread(speeds, ratio)})`,
      );
      rows.push({
        figure: `${layout.input.label}: speed, dslint ÷ kubeconform`,
        value: ratio(median(speeds)),
        detail: `${spread(speeds, ratio)}; kubeconform ${formatMs(median(times))} (${perSecond}/s), ${formatMB(rss || undefined)}`,
      });
    }
  }
}

function memoryGrowth(scratch: string, corpus: readonly string[]): void {
  log(`memory growth (one run each; one file, \`dslint check <file> --format json -o <file>\`)`);
  const results: { documents: number; run: CheckRun; bytes: number }[] = [];
  for (const documents of [BASE_DOCUMENTS, GROWTH_DOCUMENTS]) {
    const file = join(scratch, `growth-${documents}.yaml`);
    writeFileSync(file, documentsText(corpus, 0, documents));
    const bytes = statSync(file).size;
    const run = check(scratch, file);
    rmSync(file, { force: true });
    results.push({ documents, run, bytes });
    const outcome = run.problem ?? `${formatMs(run.ms)}, ${count(Math.round(documents / (run.ms / 1000)))} DaemonSet documents/s`;
    log(`  ${count(documents).padStart(6)} DaemonSets (${(bytes / 1e6).toFixed(0)} MB): peak RSS ${formatMB(run.maxRssBytes)}; ${outcome}`);
    rows.push({ figure: `${count(documents)} DaemonSets in one file: peak RSS`, value: formatMB(run.maxRssBytes), detail: outcome });
  }
  const [base, grown] = results as [(typeof results)[0], (typeof results)[0]];
  if (base.run.maxRssBytes && grown.run.maxRssBytes) {
    const rssRatio = grown.run.maxRssBytes / base.run.maxRssBytes;
    const perThousand = (grown.run.maxRssBytes - base.run.maxRssBytes) / ((grown.documents - base.documents) / 1000);
    const timeRatio = grown.run.ms / base.run.ms;
    log(
      `  peak RSS ${ratio(rssRatio)} for ${ratio(grown.documents / base.documents)} the documents (${formatMB(perThousand)} more per 1,000 DaemonSets); ` +
        `time ${ratio(timeRatio)}; V8 heap limit ${formatMB(v8.getHeapStatistics().heap_size_limit)}`,
    );
    rows.push({ figure: `peak RSS ${count(grown.documents)} / ${count(base.documents)} DaemonSets`, value: ratio(rssRatio), detail: `time ${ratio(timeRatio)}; +${formatMB(perThousand)} per 1,000 DaemonSets` });
  }
}

function simulation(scratch: string): void {
  log("simulation in process (scripts/bench-simulate.ts: inventory JSON to the last result, each case in a fresh process)");
  for (const r of benchSimulate({ log: (line) => log(`  ${line}`) })) {
    rows.push({
      figure: `simulate ${r.name} [${r.reader}]`,
      value: formatMs(r.totalMs),
      detail: `${r.reader === "bytes" ? `target ${formatMs(r.targetMs)}${r.withinTarget ? "" : ", MISSED"}` : "for comparison"}; heap used ${r.heapUsedMB.toFixed(0)} MB`,
    });
  }
  log("dslint simulate, whole output to a file (one run each)");
  for (const r of benchSimulateCli({ scratch, bin })) {
    const what = `${r.name}, ${r.format}`;
    const ok = r.outcome === "ok";
    const written = r.outputBytes < 1e6 ? `${(r.outputBytes / 1e3).toFixed(0)} kB` : `${(r.outputBytes / 1e6).toFixed(0)} MB`;
    const detail = `${ok ? `${written} written` : `after ${formatMs(r.ms)}`}, peak RSS ${formatMB(r.maxRssBytes)}`;
    log(`  ${what}: ${ok ? formatMs(r.ms) : r.outcome}; ${detail}`);
    rows.push({ figure: `dslint simulate ${what}`, value: ok ? formatMs(r.ms) : "crashed", detail: ok ? detail : `${r.outcome.replace(/^crashed: /, "")} ${detail}` });
  }
}

/**
 * The five custom rules of examples/custom-rules in one configuration, against
 * an empty one: what a configuration with custom rules costs a run.
 */
function customRules(scratch: string, corpus: readonly string[]): void {
  const dir = join(scratch, "custom-rules");
  mkdirSync(dir);
  const examples = join(root, "examples", "custom-rules");
  const rules = readdirSync(examples)
    .sort()
    .map((folder) => readFileSync(join(examples, folder, ".dslint.yaml"), "utf8").replace(/^[^]*?\ncustomRules:\n/, ""));
  const withRules = join(dir, "custom.yaml");
  const without = join(dir, "none.yaml");
  writeFileSync(withRules, `customRules:\n${rules.join("")}`);
  writeFileSync(without, "{}\n");
  const cache = { DSLINT_CACHE_DIR: join(dir, "cache") };
  const noCache = { DSLINT_CACHE_DIR: "" };
  const file = join(root, "examples", "manifests", "node-exporter.yaml");
  const report = join(dir, "report.json");
  /** `dslint check --config <config> <path>`; with `extra`, the extra arguments and the JSON report's finding count. */
  const run = (config: string, path: string, env: Record<string, string>, extra?: string[]) => {
    const args = [bin, "check", "--no-color", "--config", config, path, ...(extra ? ["--format", "json", "-o", report, ...extra] : [])];
    const m = measure(node, args, { scratch, cwd: root, env });
    const problem = failure(m);
    if (problem) throw new Error(`dslint check --config ${config} ${path}: ${problem}`);
    const summary = extra ? reportSummary(report) : undefined;
    return { ms: m.ms, findings: summary ? summary.errors + summary.warnings + summary.infos : 0 };
  };
  run(withRules, file, cache); // fills the cache
  for (let i = 0; i < 2; i++) [without, withRules].forEach((c) => run(c, file, cache)); // warm the file system
  const ms = (n: number) => `${n.toFixed(0)} ms`;
  const cold = { without: [] as number[], cached: [] as number[], ratio: [] as number[] };
  for (let r = 0; r < COLD_START_ROUNDS; r++) {
    const a = run(without, file, cache).ms;
    const b = run(withRules, file, cache).ms;
    cold.without.push(a);
    cold.cached.push(b);
    cold.ratio.push(b / a);
  }
  const compiling = { without: [] as number[], compiled: [] as number[], ratio: [] as number[] };
  for (let r = 0; r < 3; r++) {
    const a = run(without, file, noCache).ms;
    const b = run(withRules, file, noCache).ms;
    compiling.without.push(a);
    compiling.compiled.push(b);
    compiling.ratio.push(b / a);
  }
  log(`custom rules: the ${rules.length} of examples/custom-rules in one configuration, against an empty one (alternating; median, min–max)`);
  log(`  cold start, rules from the cache   ${ms(median(cold.cached))} vs ${ms(median(cold.without))}: ${ratio(median(cold.ratio))} (${spread(cold.ratio, ratio)}), ${COLD_START_ROUNDS} rounds`);
  log(`  first run, rules compiled          ${ms(median(compiling.compiled))} vs ${ms(median(compiling.without))}: ${ratio(median(compiling.ratio))} (${spread(compiling.ratio, ratio)}), 3 rounds (loads the parser)`);
  rows.push({ figure: "custom rules: cold start, cached / none", value: ratio(median(cold.ratio)), detail: `${spread(cold.ratio, ratio)}; ${ms(median(cold.cached))} vs ${ms(median(cold.without))}` });
  rows.push({ figure: "custom rules: first run (compiling) / none", value: ratio(median(compiling.ratio)), detail: `${spread(compiling.ratio, ratio)}; ${ms(median(compiling.compiled))} vs ${ms(median(compiling.without))}` });

  // The corpus is nobody's company: every DaemonSet fails some of the five, which adds
  // findings to place, store and write, as many findings of built-in rules would cost.
  // The same rules with every assert written `(assert) || true` evaluate all they read
  // and report nothing: the cost of the evaluation itself.
  const evaluationOnly = join(dir, "custom-evaluation.yaml");
  const config = parseDocument(readFileSync(withRules, "utf8"));
  for (const rule of (config.get("customRules") as YAMLSeq).items as YAMLMap[]) rule.set("assert", `(${String(rule.get("assert"))}) || true`);
  writeFileSync(evaluationOnly, config.toString());
  const input = join(dir, `daemonsets-${BASE_DOCUMENTS}.yaml`);
  writeFileSync(input, documentsText(corpus, 0, BASE_DOCUMENTS));
  const perSecond = (t: number) => count(Math.round(BASE_DOCUMENTS / (t / 1000)));
  const variants = [
    { label: "as written, findings reported", figure: "custom rules: throughput, with / without", config: withRules, extra: [] as string[] },
    { label: "evaluation only (asserts || true)", figure: "custom rules: evaluation, with / without", config: evaluationOnly, extra: [] as string[] },
  ];
  for (const variant of variants) {
    const through = { without: [] as number[], with: [] as number[], ratio: [] as number[], findings: 0 };
    for (let r = 0; r < CUSTOM_RULES_ROUNDS; r++) {
      const a = run(without, input, cache, variant.extra);
      const b = run(variant.config, input, cache, variant.extra);
      through.without.push(a.ms);
      through.with.push(b.ms);
      through.ratio.push(b.ms / a.ms);
      through.findings = b.findings - a.findings;
    }
    log(
      `  throughput, 1 file × ${count(BASE_DOCUMENTS)} DaemonSets, ${variant.label}: ${formatMs(median(through.with))} (${perSecond(median(through.with))}/s) vs ${formatMs(median(through.without))} (${perSecond(median(through.without))}/s): ` +
        `${ratio(median(through.ratio))} (${spread(through.ratio, ratio)}), ${CUSTOM_RULES_ROUNDS} rounds; ${count(through.findings)} more findings in the report`,
    );
    rows.push({ figure: variant.figure, value: ratio(median(through.ratio)), detail: `${spread(through.ratio, ratio)}; ${perSecond(median(through.with))} vs ${perSecond(median(through.without))} DaemonSet documents/s; ${count(through.findings)} more findings` });
  }
}

function printTable(): void {
  const widths = [Math.max(...rows.map((r) => r.figure.length)), Math.max(...rows.map((r) => r.value.length))];
  log("summary");
  for (const r of rows) log(`  ${r.figure.padEnd(widths[0]!)}  ${r.value.padStart(widths[1]!)}  ${r.detail}`);
}

// ---------------------------------------------------------------- main

const started = process.hrtime.bigint();
const load = () => loadavg().map((n) => n.toFixed(2)).join(" ");
log(`dslint bench: node ${process.version}, ${availableParallelism()} cores, load average ${load()} at start${big ? ", --big" : ""}`);
log(`${rssMethod()}${hasGnuTime() ? "" : " (/usr/bin/time -v is not available)"}`);
log();
const scratch = mkdtempSync(join(tmpdir(), "dslint-bench-"));
try {
  const corpus = corpusDaemonSets();
  log(`inputs: ${corpus.length} apps/v1 DaemonSet documents cut from test/corpus/daemonsets, repeated in order; written under ${scratch}`);
  log();
  part("cold-start", () => coldStart(scratch));
  part("throughput", () => throughput(scratch, corpus));
  part("growth", () => memoryGrowth(scratch, corpus));
  part("simulation", () => simulation(scratch));
  part("custom-rules", () => customRules(scratch, corpus));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
printTable();
log();
log(`bench took ${formatMs(Number(process.hrtime.bigint() - started) / 1e6)}; load average ${load()} at the end (figures from a busy machine are noisy: compare the paired ratios)`);
