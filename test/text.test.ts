/**
 * What findings quote from the input is capped and escaped: no message runs
 * to kilobytes, none spans lines, and nothing printed can act on the
 * terminal or on a CI log (a line break that starts a GitHub workflow
 * command, an escape sequence).
 */
import { describe, expect, it } from "vitest";
import { checkText, getFormatter } from "../src/index.js";
import { MAX_MESSAGE, printable, quote, tidyMessage } from "../src/text.js";
import { daemonSetYaml } from "./helpers.js";

describe("text quoted from the input", () => {
  it("quotes short values whole and long ones shortened, with their length", () => {
    expect(quote("abc")).toBe('"abc"');
    expect(quote(3)).toBe("3");
    const long = quote("x".repeat(10_000));
    expect(long.length).toBeLessThan(140);
    expect(long).toMatch(/^"x+…" \(10,000 characters\)$/);
    expect(quote({ a: "y".repeat(500) })).toMatch(/… \(\d{3} characters\)$/);
  });

  it("writes control characters as escapes and caps a message", () => {
    expect(printable("a\nb\r\u001b[31mc\u0007\u202e")).toBe("a\\nb\\r\\e[31mc\\u0007\\u202e");
    expect(printable("tab\tstays")).toBe("tab\tstays");
    const cut = tidyMessage("m".repeat(MAX_MESSAGE * 3));
    expect(cut.length).toBeLessThan(MAX_MESSAGE + 60);
    expect(cut).toMatch(/message cut at 2,000 characters\)$/);
  });

  it("keeps a workflow command and a terminal escape hidden in a manifest from acting on the log", async () => {
    const evil = "x\n::error file=x.yaml,line=1::injected\u001b[2J";
    const result = await checkText(daemonSetYaml(undefined, { name: JSON.stringify(evil), labels: "app: a" }), "evil.yaml");
    expect(result.findings.length).toBeGreaterThan(0);
    for (const f of result.findings) expect(f.message).not.toMatch(/[\n\r\u001b]/);
    for (const format of ["stylish", "github"] as const) {
      const text = getFormatter(format).format(result, { color: false, cwd: process.cwd() } as never);
      expect(text.split("\n").some((line) => line.startsWith("::error file=x.yaml")), format).toBe(false);
      expect(text, format).not.toContain("\u001b[2J");
    }
  });

  it("never quotes a huge value back whole", async () => {
    const result = await checkText(daemonSetYaml(`containers: [{name: c, image: registry.example.com/a:1.0, imagePullPolicy: "${"A".repeat(50_000)}"}]`), "huge.yaml");
    const about = result.findings.filter((f) => f.path.endsWith("imagePullPolicy"));
    expect(about.length).toBeGreaterThan(0);
    for (const f of result.findings) expect(f.message.length, f.ruleId).toBeLessThanOrEqual(MAX_MESSAGE + 60);
    expect(about[0]!.message).toContain("(50,000 characters)");
  });
});

describe("the simulation table", () => {
  it("prints node names from the inventory escaped", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { join } = await import("node:path");
    const { tmpdir } = await import("node:os");
    const { runDslint } = await import("./dslint-process.js");
    const dir = mkdtempSync(join(tmpdir(), "dslint-text-"));
    writeFileSync(join(dir, "ds.yaml"), daemonSetYaml());
    const node = { kind: "Node", metadata: { name: "n1\n::error file=x.yaml,line=1::injected\u001b[2J", labels: {} }, status: { allocatable: { cpu: "4", memory: "8Gi", pods: "110" } } };
    writeFileSync(join(dir, "nodes.json"), JSON.stringify({ kind: "List", items: [node] }));
    const r = runDslint(["simulate", "ds.yaml", "--nodes", "nodes.json"], { cwd: dir });
    expect(r.stdout).toContain("n1\\n::error");
    expect(r.stdout.split("\n").some((line) => line.startsWith("::"))).toBe(false);
    expect(r.stdout).not.toContain("\u001b[2J");
  });
});
