/**
 * `dslint check --fix` and `--fix-dry-run` end to end, the fixes and
 * suggestions the stages and rules propose, and their JSON and SARIF form.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { applyCorrections, unifiedDiff } from "../src/fix/apply.js";
import { writeIfUnchanged } from "../src/fix/run.js";
import { checkText } from "../src/index.js";
import { runDslint } from "./dslint-process.js";

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "dslint-fix-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

const read = (dir: string, name: string) => readFileSync(join(dir, name), "utf8");

/** A DaemonSet of extensions/v1beta1 with the traps the fixes undo, and comments that must survive. */
const OLD = `# The log shipper, as written in 2018.
apiVersion: extensions/v1beta1
kind: DaemonSet
metadata:
  name: shipper # keep this comment
  namespace: logging
spec:
  templateGeneration: 3
  template:
    metadata:
      labels:
        app: shipper
    spec:
      containers:
        - name: shipper
          image: registry.example/shipper:1.2
          imagePullPolicy: IfNotPresent
          env:
            - name: VERBOSE
              value: yes
          resources:
            requests:
              memory: 200MB
`;

describe("check --fix", () => {
  it("migrates to apps/v1, quotes the YAML 1.1 trap, writes the quantity as meant, and keeps every comment", () => {
    const dir = folder({ "ds.yaml": OLD });
    const r = runDslint(["check", "--fix", "--format", "json", "ds.yaml"], { cwd: dir });
    const after = read(dir, "ds.yaml");
    expect(r.stderr).toMatch(/^dslint: applied \d+ fixes in 1 file \(\d passes\); \d+ findings remain\n$/);
    expect(after).toContain("apiVersion: apps/v1\n");
    expect(after).toContain("value: \"yes\"");
    expect(after).toContain("memory: 200M\n");
    expect(after).not.toContain("templateGeneration");
    expect(after).toMatch(/selector:\n\s+matchLabels:\n\s+app: shipper/);
    expect(after).toMatch(/updateStrategy:\n\s+type: OnDelete/);
    for (const line of OLD.split("\n").filter((l) => l.includes("#"))) expect(after).toContain(line);
    const findings = JSON.parse(r.stdout).findings as Array<{ ruleId: string }>;
    for (const fixed of ["removed-api-version", "yaml-implicit-type", "schema"]) expect(findings.map((f) => f.ruleId)).not.toContain(fixed);
    // A second run has nothing left to fix.
    const again = runDslint(["check", "--fix", "ds.yaml"], { cwd: dir });
    expect(again.stderr).toMatch(/^dslint: nothing to fix; \d+ findings remain\n$/);
    expect(read(dir, "ds.yaml")).toBe(after);
  });

  it("moves a field indented under the wrong parent, and drops the earlier of two duplicate keys", () => {
    const manifest = `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: agent
  namespace: kube-system
  namespace: monitoring
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      containers:
        - name: agent
          image: example/agent:1.0
          # Linux nodes only
          nodeSelector:
            kubernetes.io/os: linux # the agent is a Linux binary
`;
    const dir = folder({ "ds.yaml": manifest });
    const json = JSON.parse(runDslint(["check", "--format", "json", "ds.yaml"], { cwd: dir }).stdout);
    const duplicate = json.findings.find((f: { ruleId: string }) => f.ruleId === "duplicate-key");
    expect(duplicate.object).toEqual({ kind: "DaemonSet", namespace: "monitoring", name: "agent" });
    expect(duplicate.autofix.title).toBe("Remove the earlier namespace, which kubectl drops");
    const r = runDslint(["check", "--fix", "ds.yaml"], { cwd: dir });
    expect(r.stderr).toMatch(/^dslint: applied 2 fixes in 1 file/);
    // The earlier namespace goes; nodeSelector moves to the pod spec with its comment, the comment above it stays.
    expect(read(dir, "ds.yaml")).toBe(
      manifest
        .replace("  namespace: kube-system\n", "")
        .replace(
          "          nodeSelector:\n            kubernetes.io/os: linux # the agent is a Linux binary\n",
          "      nodeSelector:\n        kubernetes.io/os: linux # the agent is a Linux binary\n",
        ),
    );
  });

  it("keeps the file's mode and CRLF line ends", () => {
    const dir = folder({ "ds.yaml": OLD.replace(/\n/g, "\r\n") });
    chmodSync(join(dir, "ds.yaml"), 0o640);
    runDslint(["check", "--fix", "ds.yaml"], { cwd: dir });
    const after = read(dir, "ds.yaml");
    expect(after).toContain("apiVersion: apps/v1\r\n");
    expect(after.replace(/\r\n/g, "")).not.toContain("\n");
    expect(statSync(join(dir, "ds.yaml")).mode & 0o777).toBe(0o640);
  });

  it("--fix-rule limits the fixes to those rules", () => {
    const dir = folder({ "ds.yaml": OLD });
    runDslint(["check", "--fix", "--fix-rule", "removed-api-version", "ds.yaml"], { cwd: dir });
    const after = read(dir, "ds.yaml");
    expect(after).toContain("apiVersion: apps/v1");
    // Checked as apps/v1 in the second pass, the YAML 1.1 trap is reported, and left.
    expect(after).toContain("value: yes\n");
    expect(after).toContain("memory: 200MB\n");
  });

  it("applies suggestions only with --suggestions", () => {
    const manifest = `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent, namespace: kube-system}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      containers:
      - name: agent
        image: example/agent:1.0
`;
    const dir = folder({ "ds.yaml": manifest });
    runDslint(["check", "--fix", "ds.yaml"], { cwd: dir });
    expect(read(dir, "ds.yaml")).toBe(manifest);
    const r = runDslint(["check", "--fix", "--suggestions", "--fix-rule", "privilege-escalation,read-only-root-filesystem", "ds.yaml"], { cwd: dir });
    expect(r.stderr).toMatch(/applied 2 fixes in 1 file/);
    expect(read(dir, "ds.yaml")).toBe(manifest + "        securityContext:\n          allowPrivilegeEscalation: false\n          readOnlyRootFilesystem: true\n");
  });

  it("writes a file only if it still holds the text that was checked", () => {
    const dir = folder({ "ds.yaml": "a: 1\n" });
    const file = { file: "ds.yaml", absolutePath: join(dir, "ds.yaml"), before: "a: 0\n", after: "a: 2\n", applied: 1 };
    expect(writeIfUnchanged(file)).toBe("not written: it changed on disk while dslint was fixing it");
    expect(read(dir, "ds.yaml")).toBe("a: 1\n");
    expect(writeIfUnchanged({ ...file, before: "a: 1\n" })).toBe(true);
    expect(read(dir, "ds.yaml")).toBe("a: 2\n");
  });

  it("refuses stdin, and --fix with --fix-dry-run", () => {
    expect(runDslint(["check", "--fix", "-"], { input: OLD }).code).toBe(2);
    expect(runDslint(["check", "--fix", "--fix-dry-run", "x.yaml"]).code).toBe(2);
    expect(runDslint(["check", "--fix-rule", "schema", "x.yaml"]).stderr).toContain("--fix-rule goes with --fix or --fix-dry-run");
  });
});

describe("check --fix-dry-run", () => {
  it("prints a diff that git apply takes, and changes no file", () => {
    const dir = folder({ "ds.yaml": OLD });
    const r = runDslint(["check", "--fix-dry-run", "ds.yaml"], { cwd: dir });
    expect(read(dir, "ds.yaml")).toBe(OLD);
    expect(r.stdout).toMatch(/^--- a\/ds\.yaml\n\+\+\+ b\/ds\.yaml\n@@ /);
    expect(r.stderr).toMatch(/dslint: would apply \d+ fixes in 1 file/);
    writeFileSync(join(dir, "fix.patch"), r.stdout);
    execFileSync("git", ["init", "-q"], { cwd: dir });
    execFileSync("git", ["apply", "fix.patch"], { cwd: dir });
    const fixed = read(dir, "ds.yaml");
    const written = folder({ "ds.yaml": OLD });
    runDslint(["check", "--fix", "ds.yaml"], { cwd: written });
    expect(fixed).toBe(read(written, "ds.yaml"));
  });

  it("works on stdin", () => {
    const r = runDslint(["check", "--fix-dry-run", "-", "--stdin-filename", "deploy/ds.yaml"], { input: OLD });
    expect(r.stdout).toContain("--- a/deploy/ds.yaml\n");
    expect(r.stdout).toContain("+apiVersion: apps/v1\n");
  });
});

describe("fixes in the reports", () => {
  it("JSON findings carry autofix and suggestions as edits; SARIF results carry fixes", () => {
    // As apps/v1: the schema checks run.
    const dir = folder({ "ds.yaml": OLD.replace("extensions/v1beta1", "apps/v1").replace("spec:\n  templateGeneration: 3\n", "spec:\n  selector: {matchLabels: {app: shipper}}\n") });
    const json = JSON.parse(runDslint(["check", "--format", "json", "ds.yaml"], { cwd: dir }).stdout);
    const trap = json.findings.find((f: { ruleId: string }) => f.ruleId === "yaml-implicit-type");
    expect(trap.autofix).toEqual({ title: 'Quote yes as the string "yes"', edits: [{ line: 20, column: 22, endLine: 20, endColumn: 25, text: '"yes"' }] });
    // Suggestions only on request: resolving them for every finding costs a run time.
    expect(json.findings.find((f: { ruleId: string }) => f.ruleId === "privilege-escalation").suggestions).toBeUndefined();
    const withSuggestions = JSON.parse(runDslint(["check", "--format", "json", "--suggestions", "ds.yaml"], { cwd: dir }).stdout);
    const escalation = withSuggestions.findings.find((f: { ruleId: string }) => f.ruleId === "privilege-escalation");
    expect(escalation.suggestions[0].title).toBe("Set allowPrivilegeEscalation: false");
    const sarif = JSON.parse(runDslint(["check", "--format", "sarif", "ds.yaml"], { cwd: dir }).stdout);
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === "yaml-implicit-type");
    expect(result.fixes[0]).toEqual({
      description: { text: 'Quote yes as the string "yes"' },
      artifactChanges: [
        {
          artifactLocation: result.locations[0].physicalLocation.artifactLocation,
          replacements: [{ deletedRegion: { startLine: 20, startColumn: 22, endLine: 20, endColumn: 25 }, insertedContent: { text: '"yes"' } }],
        },
      ],
    });
  });
});

describe("the API", () => {
  it("checkText gives fixes always, and suggestions with suggestions: true", async () => {
    const text = OLD.replace("extensions/v1beta1", "apps/v1").replace("  templateGeneration: 3\n", "  selector: {matchLabels: {app: shipper}}\n");
    const plain = await checkText(text, "ds.yaml");
    expect(plain.findings.find((f) => f.ruleId === "yaml-implicit-type")?.autofix?.edits).toEqual([{ line: 20, column: 22, endLine: 20, endColumn: 25, text: '"yes"' }]);
    expect(plain.findings.some((f) => f.suggestions)).toBe(false);
    const asked = await checkText(text, "ds.yaml", { suggestions: true });
    const readOnly = asked.findings.find((f) => f.ruleId === "read-only-root-filesystem")!;
    const fixed = applyCorrections(text, readOnly.suggestions!);
    expect(fixed.text).toContain("          securityContext:\n            readOnlyRootFilesystem: true\n");
    expect((await checkText(fixed.text, "ds.yaml")).findings.map((f) => f.ruleId)).not.toContain("read-only-root-filesystem");
  });
});

describe("applyCorrections and unifiedDiff", () => {
  const edit = (line: number, column: number, endLine: number, endColumn: number, text: string) => ({ title: "t", edits: [{ line, column, endLine, endColumn, text }] });

  it("applies whole corrections, defers one that overlaps, and keeps CRLF", () => {
    const r = applyCorrections("a: 1\r\nb: 2\r\n", [edit(1, 4, 1, 5, '"1"'), edit(1, 4, 1, 5, "9"), edit(2, 1, 2, 1, "c: 3\n")]);
    expect(r.text).toBe('a: "1"\r\nc: 3\r\nb: 2\r\n');
    expect(r.applied).toHaveLength(2);
    expect(r.deferred).toHaveLength(1);
  });

  it("skips a correction outside the text", () => {
    expect(applyCorrections("a: 1\n", [edit(1, 9, 1, 9, "x")]).applied).toHaveLength(0);
    expect(applyCorrections("a: 1\n", [edit(5, 1, 5, 1, "x")]).applied).toHaveLength(0);
  });

  it("writes diff -u hunks with three lines of context, and marks a missing final line break", () => {
    const before = Array.from({ length: 20 }, (_, i) => `${i + 1}`).join("\n") + "\n";
    const after = before.replace("2\n", "two\n").replace("18\n", "eighteen\n");
    expect(unifiedDiff("f.txt", before, after)).toBe(
      "--- a/f.txt\n+++ b/f.txt\n@@ -1,5 +1,5 @@\n 1\n-2\n+two\n 3\n 4\n 5\n@@ -15,6 +15,6 @@\n 15\n 16\n 17\n-18\n+eighteen\n 19\n 20\n",
    );
    expect(unifiedDiff("f.txt", "a\nb", "a\nb\n")).toBe("--- a/f.txt\n+++ b/f.txt\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n");
    expect(unifiedDiff("f.txt", "same\n", "same\n")).toBe("");
  });
});
