import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parse as parseJUnit, type TestCase, type TestSuites } from "junit2json";
import { beforeAll, describe, expect, it } from "vitest";
import { loadFindingKinds } from "../src/rules/registry.js";
import { runDslint } from "./dslint-process.js";

const root = resolve(import.meta.dirname, "..");
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { name: string; version: string };

// The SARIF Multitool and the SARIF 2.1.0 schema it validates against, from its npm package.
const multitoolDir = (() => {
  const platformPackage = `@microsoft/sarif-multitool-${process.platform === "win32" ? "win32" : process.platform === "darwin" ? "darwin" : "linux"}`;
  try {
    return dirname(createRequire(import.meta.url).resolve(`${platformPackage}/package.json`));
  } catch {
    // An optional dependency of @microsoft/sarif-multitool: npm leaves it out, without an error, when its install script fails.
    throw new Error(`${platformPackage} is missing from node_modules: run \`npm ci\` again and read its output`);
  }
})();
const multitool = join(multitoolDir, "Sarif.Multitool");
const sarifSchema = join(multitoolDir, "sarif-2.1.0.json");

const dslint = runDslint;

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "dslint-formats-"));
}

const LOG_SHIPPER = readFileSync(join(root, "examples", "manifests", "log-shipper.yaml"), "utf8");
const NODE_EXPORTER = readFileSync(join(root, "examples", "manifests", "node-exporter.yaml"), "utf8");

/** A DaemonSet whose name (and so its messages) holds everything reports must escape. */
const AWKWARD_NAME = "a<b&\"c'\u0001d\te\nf%g:h,i";
const AWKWARD = `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: "a<b&\\"c'\\x01d\\te\\nf%g:h,i"
  namespace: x
spec:
  selector:
    matchLabels: {app: a}
  template:
    metadata:
      labels: {app: a}
    spec:
      containers:
        - name: c
          image: nginx:1.27
`;

interface JsonFinding {
  ruleId: string;
  severity: string;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  path: string;
  object?: { kind: string; namespace?: string; name?: string };
  fix?: string;
}

function jsonFindings(args: string[], options: Parameters<typeof dslint>[1] = {}): JsonFinding[] {
  return JSON.parse(dslint(["check", "--format", "json", ...args], options).stdout).findings;
}

describe("--format sarif", () => {
  let dir: string;
  let logFile: string;
  let log: any;
  /** Findings without an object or a readable file, from stdin and outside any repository. */
  let oddLogFile: string;
  beforeAll(() => {
    dir = tempDir();
    logFile = join(dir, "dslint.sarif");
    // With the suggestions: results carry fixes (artifactChanges) for the Multitool and the schema to check.
    const r = dslint(["check", "--format", `sarif=${logFile}`, "--suggestions", "examples/manifests"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    log = JSON.parse(readFileSync(logFile, "utf8"));
    expect(log.runs[0].results.filter((x: { fixes?: unknown[] }) => x.fixes).length).toBeGreaterThan(5);
    writeFileSync(join(dir, "broken.yaml"), "a: [\n");
    symlinkSync("loop.yaml", join(dir, "loop.yaml"));
    oddLogFile = join(dir, "odd.sarif");
    const odd = dslint(["check", "--format", `sarif=${oddLogFile}`, "-", "broken.yaml", "loop.yaml", "--stdin-filename", "<odd> name.yaml"], { cwd: dir, input: AWKWARD });
    expect(odd.code).toBe(1);
  });

  it("passes the SARIF Multitool's validation, GitHub code scanning rules included", () => {
    // SARIF2006 fetches every URI over the network: off. Like the Multitool's
    // GitHub policy, paths must be relative to the repository root, and rules
    // need a friendly name and help URI.
    const config = join(dir, "validate.xml");
    writeFileSync(
      config,
      `<?xml version="1.0" encoding="utf-8"?>
<Properties>
  <Properties Key="SARIF2006.UrisShouldBeReachable.Options"><Property Key="RuleEnabled" Value="Disabled" /></Properties>
  <Properties Key="SARIF2007.ExpressPathsRelativeToRepoRoot.Options"><Property Key="RuleEnabled" Value="Error" /></Properties>
  <Properties Key="SARIF2012.ProvideRuleProperties.Options"><Property Key="RuleEnabled" Value="Warning" /></Properties>
</Properties>
`,
    );
    const report = join(dir, "validation.sarif");
    const r = spawnSync(multitool, ["validate", logFile, oddLogFile, "--rule-kind", "Sarif;Gh", "--config", config, "--output", report, "--log", "ForceOverwrite"], { encoding: "utf8" });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    const problems = JSON.parse(readFileSync(report, "utf8"))
      .runs[0].results.filter((x: { level?: string }) => (x.level ?? "warning") !== "note")
      .map((x: { ruleId: string; message: { text?: string } }) => `${x.ruleId}: ${x.message.text ?? ""}`);
    expect(problems).toEqual([]);
    expect(r.stdout).not.toMatch(/: (error|warning) (SARIF|JSON|GH)\d+/);
    expect(r.stdout).toMatch(/2 files scanned/);
  });

  it("matches the official SARIF 2.1.0 JSON schema", () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    // The formats the schema uses, checked as RFC 3339 and RFC 3986 say.
    ajv.addFormat("uri", (s: string) => URL.canParse(s) && !/[\s<>"{}|\\^`]/.test(s));
    ajv.addFormat("uri-reference", (s: string) => URL.canParse(s, "file:///") && !/[\s<>"{}|\\^`]/.test(s));
    ajv.addFormat("date-time", (s: string) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i.test(s));
    ajv.addFormat("uuid", /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    const validate = ajv.compile(JSON.parse(readFileSync(sarifSchema, "utf8")));
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const odd = JSON.parse(readFileSync(oddLogFile, "utf8"));
    expect(validate(odd), JSON.stringify(validate.errors, null, 2)).toBe(true);
    expect(odd.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(expect.arrayContaining(["api-validation", "yaml-syntax", "unreadable-path"]));
  });

  it("describes the tool and every rule, with help and a documentation link", async () => {
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(1);
    const driver = log.runs[0].tool.driver;
    expect(driver).toMatchObject({ name: "dslint", version: pkg.version, informationUri: expect.stringMatching(/^https:\/\//) });
    const kinds = (await loadFindingKinds()).all;
    const ids = driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toEqual(kinds.map((k) => k.id));
    for (const d of driver.rules) {
      expect(d.name, d.id).toMatch(/^[A-Z][A-Za-z0-9]+$/);
      expect(d.shortDescription.text, d.id).not.toMatch(/^dslint's .* check\.$/);
      expect(d.fullDescription.text.length, d.id).toBeGreaterThan(0);
      expect(d.help.markdown, d.id).toContain("**Fix:**");
      expect(d.helpUri, d.id).toBe(`${driver.informationUri}#rule-${d.id}`);
    }
    for (const kind of kinds) {
      const d = driver.rules.find((x: { id: string }) => x.id === kind.id);
      expect(d.fullDescription.text).toBe(kind.rationale ?? kind.description);
      expect(d.help.text).toContain(kind.fix);
      const expected = { error: { level: "error" }, warning: { level: "warning" }, info: { level: "note" }, off: { enabled: false } }[kind.severity];
      expect(d.defaultConfiguration, kind.id).toEqual(expected);
    }
  });

  it("reports each finding with its rule, level, repository-relative region and object", () => {
    const findings = jsonFindings(["examples/manifests"]);
    const run = log.runs[0];
    expect(run.results).toHaveLength(findings.length);
    expect(run.originalUriBaseIds["%SRCROOT%"].uri).toBe(`${pathToFileURL(root).href}/`);
    run.results.forEach((r: any, i: number) => {
      const f = findings[i]!;
      expect(run.tool.driver.rules[r.ruleIndex].id).toBe(f.ruleId);
      expect(r).toMatchObject({
        ruleId: f.ruleId,
        level: { error: "error", warning: "warning", info: "note" }[f.severity],
        message: { text: f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: f.file, uriBaseId: "%SRCROOT%" },
              region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn },
            },
          },
        ],
      });
    });
    const selector = run.results.find((r: { ruleId: string }) => r.ruleId === "selector-mismatch");
    const where = selector.locations[0].logicalLocations[0];
    expect(where).toMatchObject({ fullyQualifiedName: "DaemonSet logging/log-shipper spec.template.metadata.labels", kind: "property" });
    const field = run.logicalLocations[where.index];
    expect(field).toMatchObject({ name: "spec.template.metadata.labels", kind: "property" });
    expect(run.logicalLocations[field.parentIndex]).toMatchObject({
      name: "log-shipper",
      kind: "resource",
      properties: { kind: "DaemonSet", namespace: "logging", name: "log-shipper" },
    });
  });

  it("names files from the repository root wherever dslint runs, from the folder outside a repository", () => {
    const fromSubfolder = JSON.parse(dslint(["check", "--format", "sarif", "manifests/log-shipper.yaml"], { cwd: join(root, "examples") }).stdout);
    expect(fromSubfolder.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: "examples/manifests/log-shipper.yaml", uriBaseId: "%SRCROOT%" });
    const dir = tempDir();
    mkdirSync(join(dir, "deploy dir"));
    writeFileSync(join(dir, "deploy dir", "agent #1.yaml"), LOG_SHIPPER);
    const outside = JSON.parse(dslint(["check", "--format", "sarif", "deploy dir"], { cwd: dir }).stdout);
    expect(outside.runs[0].originalUriBaseIds["%SRCROOT%"].uri).toBe(`${pathToFileURL(dir).href}/`);
    expect(outside.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe("deploy%20dir/agent%20%231.yaml");
  });

  it("fingerprints results by rule, file, object, field and message, not by line", () => {
    const fingerprints = (text: string) =>
      JSON.parse(dslint(["check", "--format", "sarif", "-", "--stdin-filename", "deploy/log-shipper.yaml"], { input: text }).stdout).runs[0].results.map(
        (r: { partialFingerprints: Record<string, string>; locations: Array<{ physicalLocation: { region: { startLine: number } } }> }) => ({
          print: r.partialFingerprints["dslint/v1"],
          line: r.locations[0].physicalLocation.region.startLine,
        }),
      );
    const before = fingerprints(LOG_SHIPPER);
    const after = fingerprints(`# owned by the platform team\n# see the runbook\n\n${LOG_SHIPPER}`);
    expect(after.map((r: { line: number }) => r.line)).toEqual(before.map((r: { line: number }) => r.line + 3));
    expect(after.map((r: { print: string }) => r.print)).toEqual(before.map((r: { print: string }) => r.print));
    expect(new Set(before.map((r: { print: string }) => r.print)).size).toBe(before.length);
    const renamed = fingerprints(LOG_SHIPPER.replace("name: log-shipper", "name: log-forwarder"));
    expect(renamed.map((r: { print: string }) => r.print)).not.toContain(before[0].print);
  });
});

describe("--format junit", () => {
  async function junit(args: string[], options: Parameters<typeof dslint>[1] = {}) {
    const r = dslint(["check", "--format", "junit", ...args], options);
    return { code: r.code, xml: r.stdout, report: (await parseJUnit(r.stdout)) as TestSuites };
  }
  const failures = (c: TestCase) => c.failure ?? [];

  it("has a suite per file and a test case per object, passing when the object is clean", async () => {
    const { code, report } = await junit(["examples/manifests"]);
    expect(code).toBe(1);
    const findings = jsonFindings(["examples/manifests"]);
    expect(report.testsuite!.map((s) => s.name)).toEqual(["examples/manifests/legacy-cni.yaml", "examples/manifests/log-shipper.yaml", "examples/manifests/node-exporter.yaml"]);
    const [legacy, shipper, exporter] = report.testsuite!;
    expect(exporter!.testcase!.map((c) => [c.name, c.classname, failures(c).length])).toEqual([
      ["PriorityClass node-agent-critical", "examples/manifests/node-exporter.yaml", 0],
      ["DaemonSet monitoring/node-exporter", "examples/manifests/node-exporter.yaml", 0],
    ]);
    expect(exporter).toMatchObject({ tests: 2, failures: 0, errors: 0 });
    expect(legacy!.testcase!.map((c) => c.name)).toEqual(["DaemonSet kube-system/legacy-cni"]);
    const shipperCase = shipper!.testcase!.find((c) => c.name === "DaemonSet logging/log-shipper")!;
    const shipperFindings = findings.filter((f) => f.file === "examples/manifests/log-shipper.yaml");
    expect(failures(shipperCase).map((f) => [f.type, f.message])).toEqual(shipperFindings.map((f) => [f.ruleId, f.message]));
    const selector = failures(shipperCase).find((f) => f.type === "selector-mismatch")!;
    const s = shipperFindings.find((f) => f.ruleId === "selector-mismatch")!;
    expect(selector.inner).toContain(`examples/manifests/log-shipper.yaml:${s.line}:${s.column}: error: ${s.message}`);
    expect(selector.inner).toContain(`fix: ${s.fix}`);
    expect(shipper).toMatchObject({ tests: 1, failures: 1, errors: 0, skipped: 0 });
    expect(report).toMatchObject({ name: "dslint", tests: 4, failures: 2 });
  });

  it("gives file-level problems a test case named after the file", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "broken.yaml"), "a: [\n");
    writeFileSync(join(dir, "mixed.yaml"), `${NODE_EXPORTER}\n---\nkey: [unclosed\n`);
    symlinkSync("loop.yaml", join(dir, "loop.yaml"));
    const { report } = await junit(["broken.yaml", "mixed.yaml", "loop.yaml"], { cwd: dir });
    const cases = Object.fromEntries(report.testsuite!.map((s) => [s.name, s.testcase!.map((c) => [c.name, failures(c).map((f) => f.type)])]));
    expect(cases["broken.yaml"]).toEqual([["broken.yaml", ["yaml-syntax"]]]);
    expect(cases["mixed.yaml"]).toEqual([
      ["mixed.yaml", ["yaml-syntax"]],
      ["PriorityClass node-agent-critical", []],
      ["DaemonSet monitoring/node-exporter", []],
    ]);
    expect(cases["loop.yaml"]).toEqual([["loop.yaml", ["unreadable-path"]]]);
  });

  it("escapes markup, quotes and line breaks, and writes characters XML cannot hold visibly", async () => {
    const { xml, report } = await junit(["-", "--stdin-filename", "odd <&> \"name\".yaml"], { input: AWKWARD });
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    const suite = report.testsuite![0]!;
    expect(suite.name).toBe('odd <&> "name".yaml');
    const c = suite.testcase![0]!;
    const visible = AWKWARD_NAME.replace("\u0001", "\\u0001");
    expect(c.name).toBe(`DaemonSet x/${visible}`);
    // Messages quote the input escaped: one line, no control characters (src/text.ts).
    const quoted = AWKWARD_NAME.replace("\u0001", "\\u0001").replace("\n", "\\n");
    expect(c.classname).toBe('odd <&> "name".yaml');
    const invalidName = failures(c).find((f) => f.type === "api-validation")!;
    expect(invalidName.message).toContain(`"${quoted}"`);
    expect(invalidName.inner).toContain(`"${quoted}"`);
  });
});

describe("--format github", () => {
  /** The runner's reading of a workflow command (actions/runner ActionCommand, v2 syntax). */
  function parseCommand(line: string) {
    const m = /^::(\w+) (.*?)::(.*)$/s.exec(line);
    if (!m) throw new Error(`not a workflow command: ${line}`);
    const unescape = (s: string, property: boolean) => {
      const pairs: Array<[string, string]> = [
        ["%0D", "\r"],
        ["%0A", "\n"],
        ...(property ? ([["%3A", ":"], ["%2C", ","]] as Array<[string, string]>) : []),
        ["%25", "%"],
      ];
      return pairs.reduce((v, [from, to]) => v.split(from).join(to), s);
    };
    const props = Object.fromEntries(
      m[2]!.split(",").map((p) => {
        const eq = p.indexOf("=");
        return [p.slice(0, eq), unescape(p.slice(eq + 1), true)];
      }),
    );
    return { command: m[1], props, message: unescape(m[3]!, false) };
  }

  it("prints one annotation per finding at its position, titled with the rule", () => {
    const r = dslint(["check", "--format", "github", "examples/manifests/log-shipper.yaml"]);
    expect(r.code).toBe(1);
    const findings = jsonFindings(["examples/manifests/log-shipper.yaml"]);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(findings.length);
    lines.forEach((line, i) => {
      const f = findings[i]!;
      const { command, props, message } = parseCommand(line);
      expect(command).toBe({ error: "error", warning: "warning", info: "notice" }[f.severity]);
      expect(props).toEqual({
        file: f.file,
        line: String(f.line),
        endLine: String(f.endLine),
        ...(f.line === f.endLine ? { col: String(f.column), endColumn: String(f.endColumn) } : {}),
        title: f.ruleId,
      });
      expect(message).toBe(f.fix ? `${f.message}\nfix: ${f.fix}` : f.message);
    });
    expect(lines.map((l) => parseCommand(l).command)).toEqual(expect.arrayContaining(["error", "warning", "notice"]));
  });

  it("names files from the repository root, where the runner looks for them", () => {
    const r = dslint(["check", "--format", "github", "manifests/log-shipper.yaml"], { cwd: join(root, "examples") });
    expect(parseCommand(r.stdout.split("\n")[0]!).props.file).toBe("examples/manifests/log-shipper.yaml");
  });

  it("escapes %, line breaks, and : and , in properties", () => {
    const file = "odd, name: 100%.yaml";
    const r = dslint(["check", "--format", "github", "-", "--stdin-filename", file], { input: AWKWARD });
    const lines = r.stdout.trimEnd().split("\n");
    const findings = jsonFindings(["-", "--stdin-filename", file], { input: AWKWARD });
    expect(lines).toHaveLength(findings.length);
    const annotation = parseCommand(lines.find((l) => l.includes("title=api-validation"))!);
    expect(lines[0]).toContain("file=odd%2C name%3A 100%25.yaml,");
    expect(annotation.props.file).toBe(file);
    const f = findings.find((x) => x.ruleId === "api-validation")!;
    expect(f.message).toContain(AWKWARD_NAME.replace("\u0001", "\\u0001").replace("\n", "\\n"));
    expect(annotation.message).toBe(`${f.message}\nfix: ${f.fix}`);
  });
});

describe("several reports in one run", () => {
  it("prints one report and writes the others to files, creating folders", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "log-shipper.yaml"), LOG_SHIPPER);
    const r = dslint(["check", "--format", "stylish", "--format", `sarif=${join(dir, "out", "dslint.sarif")}`, "-f", "junit=reports/dslint.xml", "log-shipper.yaml"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^log-shipper\.yaml\n/);
    expect(r.stdout).toContain("selector-mismatch");
    const findings = jsonFindings(["log-shipper.yaml"], { cwd: dir });
    const sarif = JSON.parse(readFileSync(join(dir, "out", "dslint.sarif"), "utf8"));
    expect(sarif.runs[0].results.map((x: { ruleId: string }) => x.ruleId)).toEqual(findings.map((f) => f.ruleId));
    const xml = (await parseJUnit(readFileSync(join(dir, "reports", "dslint.xml"), "utf8"))) as TestSuites;
    expect(xml.testsuite![0]!.testcase![0]!.failure!.map((f) => f.type)).toEqual(findings.map((f) => f.ruleId));
  });

  it("never colours a file, and -o sends the standard-output report to a file", () => {
    const dir = tempDir();
    const r = dslint(["check", "--color", "-o", "lint.txt", "--format", "stylish", "--format", "json=lint.json", join(root, "examples/manifests/log-shipper.yaml")], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    const text = readFileSync(join(dir, "lint.txt"), "utf8");
    expect(text).toContain("selector-mismatch");
    expect(text).not.toMatch(/\u001b\[/);
    expect(JSON.parse(readFileSync(join(dir, "lint.json"), "utf8")).findings.length).toBeGreaterThan(0);
  });

  it("rejects what cannot work with exit code 2 and one line", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "a-file"), "");
    for (const [args, message] of [
      [["--format", "json", "--format", "sarif"], /only one report can go to standard output, got json and sarif/],
      [["--format", "sarif="], /--format sarif= needs a file name/],
      [["--format", "xml=out.xml"], /unknown format "xml"/],
      [["--format", "json=same", "--format", "sarif=same"], /two reports would be written to/],
      [["--format", "json=x.json", "-o", "y"], /--output-file: every --format already names its file/],
      [["--fail-level", "fatal"], /--fail-level takes error, warning, info, got "fatal"/],
      [["--format", "json=a-file/x.json"], /cannot write the json report to .*a-file\/x\.json/],
    ] as Array<[string[], RegExp]>) {
      const r = dslint(["check", ...args, join(root, "examples/manifests/node-exporter.yaml")], { cwd: dir });
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr.trim().split("\n"), args.join(" ")).toHaveLength(1);
      expect(r.stderr, args.join(" ")).toMatch(message);
    }
  });

  it("documents NAME=FILE in the help", () => {
    const help = dslint(["check", "--help"]).stdout;
    expect(help).toContain("NAME[=FILE]");
    expect(help).toContain("--format stylish --format sarif=dslint.sarif");
    expect(help).toContain("--fail-level");
  });
});

describe("--fail-level", () => {
  const WARNS_ONLY = NODE_EXPORTER.replace(/^\s*priorityClassName: .*\n/m, "");

  it("fails on errors by default, on warnings when asked; --quiet and --max-warnings keep their meaning", () => {
    const run = (...args: string[]) => dslint(["check", ...args, "-"], { input: WARNS_ONLY });
    expect(jsonFindings(["-"], { input: WARNS_ONLY }).map((f) => f.severity)).toEqual(["warning"]);
    expect(run().code).toBe(0);
    expect(run("--fail-level", "error").code).toBe(0);
    expect(run("--fail-level", "warning").code).toBe(1);
    expect(run("--fail-level", "info").code).toBe(1);
    // --quiet: warnings are neither reported nor counted.
    expect(run("--fail-level", "warning", "--quiet").code).toBe(0);
    expect(run("--max-warnings", "0").code).toBe(1);
    expect(run("--max-warnings", "1").code).toBe(0);
    expect(dslint(["check", "examples/manifests/log-shipper.yaml", "--fail-level", "warning"]).code).toBe(1);
  });
});
