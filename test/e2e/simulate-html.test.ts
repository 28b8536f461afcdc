/**
 * `dslint simulate --format html` as a browser shows it: headless Chromium
 * loads the pages the command line writes (the example cluster, the example
 * change, hostile names, 5,000 generated nodes) and the test reads what is
 * rendered: the text of the cells, the colours computed, a cell opened by a
 * click, and that nothing was fetched or run. A screenshot of each page is
 * kept in test/artifacts/ (not committed) for a person to look at.
 */
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { HeadlessPage } from "../chromium.js";
import { repoRoot } from "../data.js";
import { runDslint } from "../dslint-process.js";
import { externalProgram, requireProgram } from "../external.js";
import { generateInventory } from "../../scripts/generate-inventory.js";

const chromium = externalProgram("chromium", "apt-get install chromium");
const artifacts = join(repoRoot, "test", "artifacts");

/** The colours of the page's style sheet, as getComputedStyle gives them. */
const RUNS = "rgb(45, 164, 78)";
const EXCLUDED = "rgb(140, 149, 159)";

const HOSTILE_NODES = `apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Node
  metadata:
    name: "n1<b>&'\\""
    labels: {team: "<img src=x onerror=\\"window.pwned=1\\">", kubernetes.io/os: linux}
  status: {allocatable: {cpu: "4", memory: 8Gi, pods: "110"}}
- apiVersion: v1
  kind: Node
  metadata:
    name: n2
    labels: {team: "a&b", kubernetes.io/os: linux}
  spec:
    taints: [{key: "x<script>", value: "v\\"'", effect: NoSchedule}]
  status: {allocatable: {cpu: "4", memory: 8Gi, pods: "110"}}
`;

const HOSTILE_DAEMONSETS = `apiVersion: apps/v1
kind: DaemonSet
metadata:
  name: "<script>window.pwned=2</script>"
  namespace: "a&b\\"c'"
spec:
  selector: {matchLabels: {app: x}}
  template:
    metadata: {labels: {app: x}}
    spec:
      containers: [{name: c, image: x}]
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent, namespace: ops}
spec:
  selector: {matchLabels: {app: y}}
  template:
    metadata: {labels: {app: y}}
    spec:
      containers: [{name: c, image: x}]
`;

/** Text as innerText gives it, with the blank lines between paragraphs taken out. */
const lines = (text: string): string => text.replace(/\n\s*\n/g, "\n");

interface Cell {
  pool: string;
  summary: string;
  open: boolean;
}

describe("dslint simulate --format html in headless Chromium", () => {
  const dir = mkdtempSync(join(tmpdir(), "dslint-html-"));
  let page: HeadlessPage | undefined;

  /** Writes the page the command line makes for `args`; the exit code is the command's own. */
  const html = (name: string, args: readonly string[], cwd = repoRoot): string => {
    const r = runDslint(["simulate", ...args, "--format", "html"], { cwd });
    expect(r.stdout.startsWith("<!DOCTYPE html>"), r.stderr).toBe(true);
    const file = join(dir, `${name}.html`);
    writeFileSync(file, r.stdout);
    return file;
  };

  const cells = (row: string): Promise<Cell[]> =>
    page!.evaluate(
      `[...document.querySelector(${JSON.stringify(row)}).closest("tr").querySelectorAll("td[data-pool]")].map((td) => ({pool: td.dataset.pool, summary: td.querySelector("summary").innerText.trim(), open: td.querySelector("details").open}))`,
    );

  /** Nothing the page asked for beyond itself, and no script in it. */
  const selfContained = async (): Promise<void> => {
    expect(await page!.evaluate("performance.getEntriesByType('resource').length")).toBe(0);
    expect(await page!.evaluate("document.scripts.length")).toBe(0);
  };

  /** Skips (or, in CI, fails) without Chromium; the first test to get here starts the one browser they share. */
  const browser = async (ctx: { skip(note?: string): never }): Promise<void> => {
    requireProgram(chromium, ctx);
    mkdirSync(artifacts, { recursive: true });
    page ??= await HeadlessPage.launch(chromium.command, { width: 1400, height: 900 });
  };

  afterAll(async () => {
    await page?.close();
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it("shows the example cluster: the summary, the matrix coloured by share, a rejected DaemonSet, and a cell that opens to its reasons and nodes", async (ctx) => {
    await browser(ctx);
    await page!.open(html("example", ["examples/manifests", "--nodes", "examples/cluster-nodes.yaml"]));
    await selfContained();
    expect(await page!.evaluate("document.title")).toBe("DaemonSet placement: 2 DaemonSets on 12 nodes");
    const summary = await page!.evaluate<string[][]>(`[...document.querySelectorAll("table.summary tbody tr")].map((tr) => [...tr.cells].map((td) => td.innerText.trim()))`);
    expect(summary).toEqual([
      ["logging", "log-shipper", "0", "0", "0", "0", "rejected by the API server"],
      ["monitoring", "node-exporter", "7", "7", "0", "5", "7 waves of up to 1 node"],
    ]);
    expect(await page!.evaluate(`[...document.querySelectorAll("table.matrix thead th")].map((th) => th.innerText.replace(/\\s+/g, " ").trim())`)).toEqual([
      "DaemonSet",
      "control-plane 3 nodes",
      "edge 1 node",
      "worker 8 nodes",
    ]);
    expect(await cells("#ds-2")).toEqual([
      { pool: "control-plane", summary: "3 of 3 run", open: false },
      { pool: "edge", summary: "0 of 1 run, 1 excluded", open: false },
      { pool: "worker", summary: "4 of 8 run, 4 excluded", open: false },
    ]);
    // The worker bar: half runs (green), half excluded (grey), as wide as the counts say.
    const segments = await page!.evaluate<{ kind: string; color: string; share: number }[]>(
      `(() => { const bar = document.querySelector("#ds-2").closest("tr").querySelector("td[data-pool=worker] .bar"); const width = bar.getBoundingClientRect().width; return [...bar.children].map((s) => ({kind: s.className, color: getComputedStyle(s).backgroundColor, share: Math.round(100 * s.getBoundingClientRect().width / width)})); })()`,
    );
    expect(segments).toEqual([
      { kind: "seg-runs", color: RUNS, share: 50 },
      { kind: "seg-excluded", color: EXCLUDED, share: 50 },
    ]);
    // The rejected DaemonSet is one cell across every pool, hatched, with the API server's first error.
    const rejected = await page!.evaluate<{ colspan: number; text: string; hatch: string }>(
      `(() => { const td = document.querySelector("#ds-1").closest("tr").querySelector("td.rejected"); return {colspan: td.colSpan, text: td.innerText, hatch: getComputedStyle(td.querySelector(".seg-rejected")).backgroundImage}; })()`,
    );
    expect(rejected.colspan).toBe(3);
    expect(rejected.text).toMatch(/^Rejected\. No node gets a pod: the API server rejects the DaemonSet: spec\.template\.spec\.containers\[0\]\.resources\.requests\[memory\]: .*\(line 34, column 23\)/);
    expect(rejected.hatch).toMatch(/^repeating-linear-gradient/);

    // Closed, the reasons are not shown; a click on the cell opens it, without any script.
    const workerReasons = `document.querySelector("#ds-2").closest("tr").querySelector("td[data-pool=worker] details > h3:last-of-type")`;
    expect(await page!.evaluate(`${workerReasons}.checkVisibility()`)).toBe(false);
    await page!.click(`tr:has(#ds-2) td[data-pool=worker] summary`);
    expect((await cells("#ds-2")).map((c) => c.open)).toEqual([false, false, true]);
    expect(await page!.evaluate(`${workerReasons}.checkVisibility()`)).toBe(true);
    // innerText sets paragraphs apart with blank lines: one line break is enough to read.
    const opened = lines(await page!.evaluate<string>(`document.querySelector("tr:has(#ds-2) td[data-pool=worker] details").innerText`));
    expect(opened).toContain("Runs: 4 nodes\nworker-1, worker-2, worker-3, worker-4");
    expect(opened).toContain("Excluded: 4 nodes (3 keep a running pod)");
    expect(opened).toContain("nvidia.com/gpu=present:NoSchedule not tolerated: 2 nodes gpu-1, gpu-2");
    expect(opened).toMatch(/nodeSelector kubernetes\.io\/os=linux not matched \[node has kubernetes\.io\/os=windows\]: 1 node win-1/);
    // The row header opens to the DESIRED and ROLLOUT lines.
    await page!.click("#ds-2 summary");
    expect(lines(await page!.evaluate(`document.querySelector("#ds-2 details").innerText`))).toContain(
      "DESIRED 7 (runs 7, pending 0); excluded 5 (4 would keep a running pod); 12 nodes\nROLLOUT RollingUpdate: maxUnavailable 10% → 1, maxSurge 0; 7 waves of up to 1 node",
    );
    await page!.screenshot(join(artifacts, "simulate-html-example.png"));
  }, 60_000);

  it("shows the example change: what each pool gains and loses, and the nodes on opening", async (ctx) => {
    await browser(ctx);
    await page!.open(html("change", ["examples/change", "--before", "examples/manifests/node-exporter.yaml", "--nodes", "examples/cluster-nodes.yaml"]));
    await selfContained();
    expect(await page!.evaluate("document.querySelector('h1').innerText")).toBe("DaemonSet placement change: 1 of 1 DaemonSet changes on 12 nodes");
    expect(await cells("#ds-1")).toEqual([
      { pool: "control-plane", summary: "-3 (running pods kept)", open: false },
      { pool: "edge", summary: "+1", open: false },
      { pool: "worker", summary: "+2", open: false },
    ]);
    const colours = await page!.evaluate<string[]>(`[...document.querySelectorAll("tr:has(#ds-1) td[data-pool] .bar > span")].map((s) => s.className + " " + getComputedStyle(s).backgroundColor)`);
    expect(colours).toEqual(["seg-loses rgb(188, 76, 0)", `seg-gains ${RUNS}`, `seg-gains ${RUNS}`]);
    await page!.click("tr:has(#ds-1) td[data-pool=control-plane] summary");
    expect(lines(await page!.evaluate(`document.querySelector("tr:has(#ds-1) td[data-pool=control-plane] details").innerText`))).toBe(
      "-3 (running pods kept)\nLose their pod: 3 nodes (running pods kept)\ncp-1, cp-2, cp-3\nWhy, after the change\nnode-role.kubernetes.io/control-plane:NoSchedule not tolerated: 3 nodes cp-1, cp-2, cp-3",
    );
    await page!.screenshot(join(artifacts, "simulate-html-change.png"));
  }, 60_000);

  it("keeps hostile names, labels and reasons as text: nothing runs, nothing loads", async (ctx) => {
    await browser(ctx);
    const hostile = join(dir, "hostile");
    mkdirSync(hostile);
    writeFileSync(join(hostile, "nodes.yaml"), HOSTILE_NODES);
    writeFileSync(join(hostile, "ds.yaml"), HOSTILE_DAEMONSETS);
    await page!.open(html("hostile", ["ds.yaml", "--nodes", "nodes.yaml", "--group-by", "team"], hostile));
    await selfContained();
    expect(await page!.evaluate("document.images.length + document.querySelectorAll('b, i').length")).toBe(0);
    expect(await page!.evaluate("typeof window.pwned")).toBe("undefined");
    expect(await page!.evaluate(`[...document.querySelectorAll("table.summary tbody tr")].map((tr) => tr.cells[0].innerText + " " + tr.cells[1].innerText)`)).toEqual([
      `a&b"c' <script>window.pwned=2</script>`,
      "ops agent",
    ]);
    expect(await page!.evaluate(`[...document.querySelectorAll("table.matrix thead th")].map((th) => th.firstChild.textContent)`)).toEqual([
      "DaemonSet",
      "<img src=x onerror=\"window.pwned=1\">",
      "a&b",
    ]);
    await page!.click(`tr:has(#ds-2) td[data-pool="a&b"] summary`);
    await page!.click(`tr:has(#ds-2) td:first-of-type summary`);
    const text = lines(await page!.evaluate<string>("document.body.innerText"));
    expect(text).toContain(`x<script>=v"':NoSchedule not tolerated: 1 node n2`);
    expect(text).toContain(`Runs: 1 node\nn1<b>&'"`);
  }, 60_000);

  it("shows 5,000 generated nodes in a page of bounded size, each cell naming at most 20 nodes", async (ctx) => {
    await browser(ctx);
    const nodes = join(dir, "nodes-5000.json");
    writeFileSync(nodes, JSON.stringify(generateInventory({ nodes: 5000, seed: 1 })));
    const file = html("large", ["examples/manifests/node-exporter.yaml", "--nodes", nodes]);
    expect(statSync(file).size).toBeLessThan(60_000);
    await page!.open(file);
    await selfContained();
    const pools = await page!.evaluate<string[]>(`[...document.querySelectorAll("table.matrix thead th[scope=col]")].slice(1).map((th) => th.firstChild.textContent)`);
    expect(pools).toEqual(["control-plane", "worker"]);
    const row = await cells("#ds-1");
    expect(row.map((c) => c.pool)).toEqual(pools);
    // Every cell's counts add up to its pool, and the bar's segments fill the share the counts say.
    const checks = await page!.evaluate<{ nodes: number; counted: number; runsShare: number; runs: number; barRuns: number }[]>(
      `[...document.querySelectorAll("tr:has(#ds-1) td[data-pool]")].map((td) => {
        const pool = td.dataset.pool;
        const header = [...document.querySelectorAll("table.matrix thead th")].find((th) => th.firstChild.textContent === pool);
        const nodes = Number(header.querySelector(".muted").innerText.replace(/[^0-9]/g, ""));
        const summary = td.querySelector("summary").innerText;
        const num = (re) => Number((summary.match(re) || [, "0"])[1].replace(/,/g, ""));
        const runs = num(/^([0-9,]+) of/), pending = num(/([0-9,]+) pending/), excluded = num(/([0-9,]+) excluded/);
        const bar = td.querySelector(".bar"), seg = bar.querySelector(".seg-runs");
        return {nodes, counted: runs + pending + excluded, runs, runsShare: Math.round(100 * runs / nodes), barRuns: seg ? Math.round(100 * seg.getBoundingClientRect().width / bar.getBoundingClientRect().width) : 0};
      })`,
    );
    for (const c of checks) {
      expect(c.counted).toBe(c.nodes);
      expect(Math.abs(c.barRuns - c.runsShare)).toBeLessThanOrEqual(1);
    }
    expect(checks.reduce((sum, c) => sum + c.nodes, 0)).toBe(5000);
    // The largest pool names its first 20 running nodes and counts the rest.
    const largest = row[checks.indexOf(checks.reduce((a, b) => (b.runs > a.runs ? b : a)))]!.pool;
    await page!.click(`tr:has(#ds-1) td[data-pool="${largest}"] summary`);
    const names = await page!.evaluate<string>(`document.querySelector('tr:has(#ds-1) td[data-pool="${largest}"] details p.names').innerText`);
    const listed = names.replace(/ and [0-9,]+ more$/, "").split(", ");
    expect(listed).toHaveLength(20);
    const more = Number(names.match(/ and ([0-9,]+) more$/)![1]!.replace(/,/g, ""));
    expect(listed.length + more).toBe(checks.reduce((a, b) => (b.runs > a.runs ? b : a)).runs);
    await page!.screenshot(join(artifacts, "simulate-html-5000.png"));
  }, 60_000);
});
