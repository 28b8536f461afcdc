import type { Finding } from "../finding.js";
import { lineChunks } from "../chunks.js";
import { objectLabel, type FindingList, type ReportFormat } from "./types.js";

/**
 * JUnit XML, which every CI shows as a test report: a test suite per file,
 * a test case per Kubernetes object (`DaemonSet logging/log-shipper`) that
 * fails with one <failure> per finding and passes when the object is clean.
 * Problems that belong to no object (YAML syntax, an unreadable path) fail
 * a test case named after the file.
 */
export const junitFormatter: ReportFormat = {
  name: "junit",
  chunks(result) {
    const suites = new Map<string, Suite>();
    const suite = (file: string) => {
      let s = suites.get(file);
      if (!s) suites.set(file, (s = { file, objects: new Map() }));
      return s;
    };
    for (const checked of result.files ?? []) {
      const s = suite(checked.file);
      for (const o of checked.objects) testCase(s, objectLabel(o));
    }
    // Cases hold the indexes of their findings, read again when written.
    let index = 0;
    for (const f of result.findings) {
      const s = suite(f.file);
      if (f.object) testCase(s, objectLabel(f.object)).failures.push(index++);
      else (s.fileCase ??= { name: f.file, failures: [] }).failures.push(index++);
    }

    // The totals come first, in the root element.
    let tests = 0;
    let failures = 0;
    for (const s of suites.values()) {
      // A file with no object to show still shows that it was checked.
      if (!s.fileCase && s.objects.size === 0) s.fileCase = { name: s.file, failures: [] };
      tests += s.objects.size + (s.fileCase ? 1 : 0);
      for (const c of s.objects.values()) if (c.failures.length > 0) failures++;
      if (s.fileCase && s.fileCase.failures.length > 0) failures++;
    }
    return lineChunks(junitLines(suites, tests, failures, result.findings));
  },
};

function* junitLines(suites: Map<string, Suite>, tests: number, failures: number, findings: FindingList): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>';
  yield `<testsuites ${attrs({ name: "dslint", tests, failures, errors: 0, skipped: 0 })}>`;
  for (const s of suites.values()) {
    const cases = [...(s.fileCase ? [s.fileCase] : []), ...s.objects.values()];
    const failed = cases.filter((c) => c.failures.length > 0).length;
    yield `  <testsuite ${attrs({ name: s.file, tests: cases.length, failures: failed, errors: 0, skipped: 0 })}>`;
    for (const c of cases) {
      const head = attrs({ name: c.name, classname: s.file, file: s.file });
      if (c.failures.length === 0) {
        yield `    <testcase ${head}/>`;
        continue;
      }
      yield `    <testcase ${head}>`;
      for (const i of c.failures) {
        const f = findings.at(i)!;
        yield `      <failure ${attrs({ message: f.message, type: f.ruleId })}>${text(failureBody(f))}</failure>`;
      }
      yield "    </testcase>";
    }
    yield "  </testsuite>";
  }
  yield "</testsuites>";
}

interface Case {
  name: string;
  /** Indexes of its findings. */
  failures: number[];
}

interface Suite {
  file: string;
  fileCase?: Case;
  objects: Map<string, Case>;
}

function testCase(s: Suite, name: string): Case {
  let c = s.objects.get(name);
  if (!c) s.objects.set(name, (c = { name, failures: [] }));
  return c;
}

function failureBody(f: Finding): string {
  const lines = [`${f.file}:${f.line}:${f.column}: ${f.severity}: ${f.message} (${f.ruleId})`];
  if (f.path) lines.push(`field: ${f.path}`);
  if (f.fix) lines.push(`fix: ${f.fix}`);
  return lines.join("\n");
}

// XML 1.0 cannot carry these at all, not even as character references:
// control characters other than tab, line feed and carriage return, lone
// surrogates, U+FFFE and U+FFFF. They are written as visible \uXXXX instead.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

function visible(s: string): string {
  return s.replace(NOT_XML, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Character data: `\r` as a reference, or the parser's line-end normalisation turns it into `\n`. */
function text(s: string): string {
  return visible(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r/g, "&#13;");
}

/** Attribute values: line breaks and tabs as references, or attribute normalisation turns them into spaces. */
function attribute(s: string): string {
  return text(s).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\n/g, "&#10;").replace(/\t/g, "&#9;");
}

function attrs(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([k, v]) => `${k}="${attribute(String(v))}"`)
    .join(" ");
}
