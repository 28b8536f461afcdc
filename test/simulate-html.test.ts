/**
 * `dslint simulate --format html`: what the page says (read from its text,
 * here; as a browser renders it, in test/e2e/simulate-html.test.ts), that
 * input never becomes markup, that it is self-contained and written in
 * bounded pieces, and the command line on the example cluster, its example
 * change and a generated inventory of 5,000 nodes.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BATCH_CHARS, joinChunks } from "../src/chunks.js";
import { diffSimulations } from "../src/simulate/diff.js";
import { changeHtmlChunks, escapeHtml, htmlText, placementHtmlChunks } from "../src/simulate/format-html.js";
import { nodesFromObjects } from "../src/simulate/inventory.js";
import { daemonSetByPool, daemonSetChangeByPool, inventoryPools, PoolsOfNodes } from "../src/simulate/pools.js";
import { NODE_SAMPLE } from "../src/simulate/reason-groups.js";
import { simulateOnInventory, simulatePlacements } from "../src/simulate/simulate.js";
import { generateInventory } from "../scripts/generate-inventory.js";
import { runDslint } from "./dslint-process.js";
import { daemonSet } from "./helpers.js";
import { preemptionCluster } from "./pool-fixtures.js";

const nodesFile = "examples/cluster-nodes.yaml";

/** The elements the page is made of; anything else would have come from the input. */
const ELEMENTS = new Set(["html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "div", "table", "thead", "tbody", "tr", "th", "td", "a", "details", "summary", "span", "strong", "ul", "li", "br"]);
const VOID = new Set(["meta", "br"]);
const ATTRIBUTES = new Set(["lang", "charset", "http-equiv", "content", "name", "class", "style", "href", "id", "title", "colspan", "scope", "data-pool", "aria-hidden", "aria-label"]);

/** Every tag is one of ELEMENTS with ATTRIBUTES alone (no event handler), and every element is closed in order. */
function expectWellFormed(html: string): void {
  expect(html.startsWith("<!DOCTYPE html>\n")).toBe(true);
  const open: string[] = [];
  for (const [tag, closing, name, attributes] of html.slice("<!DOCTYPE html>".length).matchAll(/<(\/?)([a-zA-Z0-9]+)([^>]*)>/g)) {
    expect(ELEMENTS.has(name!), tag).toBe(true);
    // Values are quoted and hold no quote: what is left after them is the attributes' names.
    expect(attributes!.replace(/="[^"]*"/g, "").trim().split(/\s+/).filter((a) => a !== "" && !ATTRIBUTES.has(a)), tag).toEqual([]);
    if (VOID.has(name!)) continue;
    if (closing === "") open.push(name!);
    else expect(open.pop(), tag).toBe(name);
  }
  expect(open).toEqual([]);
  // No "<" but those of the tags: text from the input is all escaped.
  expect(html.replace(/<(\/?)([a-zA-Z0-9]+)[^>]*>/g, "").slice("<!DOCTYPE html>".length)).not.toContain("<");
}

/** The text of the cell of DaemonSet row `row` (1-based) and pool `pool`. */
function cell(html: string, row: number, pool: string): string {
  const tr = html.split("<tr>").find((part) => part.includes(`id="ds-${row}"`))!;
  const td = tr.split("<td").find((part) => part.includes(`data-pool="${pool}"`));
  return td === undefined ? "" : td.slice(td.indexOf(">") + 1, td.indexOf("</td>"));
}

const textOf = (html: string): string => html.replace(/<[^>]*>/g, " ").replace(/\s+/g, " ").trim();

describe("HTML text", () => {
  it("escapes markup and both quotes, and makes control characters visible", () => {
    expect(escapeHtml(`<script>alert("x" + 'y')</script> & &amp;`)).toBe("&lt;script&gt;alert(&quot;x&quot; + &#39;y&#39;)&lt;/script&gt; &amp; &amp;amp;");
    expect(htmlText("a\nb\u001b[31m")).toBe("a\\nb\\e[31m");
  });
});

describe("the placement page", () => {
  it("keeps hostile names, labels and reasons as text", () => {
    const nodes = nodesFromObjects([
      { kind: "Node", metadata: { name: `n1"><script>alert(1)</script>`, labels: { team: `<img src=x onerror="alert(2)">`, "kubernetes.io/os": "linux" } } },
      { kind: "Node", metadata: { name: "n2&'", labels: { team: `a"b'&c` } }, spec: { taints: [{ key: "x<b>", value: `v"'`, effect: "NoSchedule" }] } },
    ]).nodes;
    const pools = inventoryPools(nodes, { groupBy: "team" });
    const hostile = daemonSet({ containers: [{ name: "a", image: "x" }] }, { metadata: { name: "<script>alert(3)</script>", namespace: `a"b'&c` } });
    const agent = daemonSet({ containers: [{ name: "a", image: "x" }] }, { name: "agent" });
    const model = { nodes: nodes.length, pools, daemonSets: [hostile, agent].map((ds) => daemonSetByPool(`<i>"file".yaml`, simulatePlacements(ds, nodes), pools)) };
    const html = joinChunks(placementHtmlChunks(model));
    expectWellFormed(html);
    expect(html).not.toMatch(/<script|<img|<i>|<b>/);
    expect(html).toContain("&lt;script&gt;alert(3)&lt;/script&gt;");
    expect(html).toContain(`<td>a&quot;b&#39;&amp;c</td>`);
    expect(html).toContain(`<th scope="col" title="team">&lt;img src=x onerror=&quot;alert(2)&quot;&gt;<br>`);
    expect(html).toContain(`data-pool="a&quot;b&#39;&amp;c"`);
    expect(html).toContain(`&lt;i&gt;&quot;file&quot;.yaml`);
    expect(textOf(cell(html, 2, "a&quot;b&#39;&amp;c"))).toContain("x&lt;b&gt;=v&quot;&#39;:NoSchedule not tolerated: 1 node n2&amp;&#39;");
    expect(textOf(cell(html, 2, `&lt;img src=x onerror=&quot;alert(2)&quot;&gt;`))).toContain("Runs: 1 node n1&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;");
  });

  it("loads nothing and runs nothing: inline style, and a policy that forbids scripts and requests", () => {
    const nodes = nodesFromObjects([{ kind: "Node", metadata: { name: "n1" } }]).nodes;
    const pools = inventoryPools(nodes);
    const html = joinChunks(placementHtmlChunks({ nodes: 1, pools, daemonSets: [daemonSetByPool("a.yaml", simulatePlacements(daemonSet(), nodes), pools)] }));
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">`);
    expect(html).not.toMatch(/<script|<link|<img|src=|url\(|@import/);
    // The only links are to the page's own rows.
    expect([...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1])).toEqual(["#ds-1"]);
  });

  it("marks the runs that preempt, counts the pods they evict, and puts why preemption does not help under pending", () => {
    const cluster = preemptionCluster();
    const pools = inventoryPools(cluster.nodes);
    const columns = simulatePlacements(cluster.daemonSet, cluster.nodes, { pods: cluster.pods.pods, disruptionBudgets: cluster.pods.disruptionBudgets, priorityClasses: cluster.pods.priorityClasses });
    const html = joinChunks(placementHtmlChunks({ nodes: cluster.nodes.length, pools, daemonSets: [daemonSetByPool("agent.yaml", columns, pools)] }));
    expectWellFormed(html);
    expect(html).toContain('<td class="num">4 (3 run by preempting 3 pods)</td>');
    const batch = cell(html, 1, "batch");
    expect(batch).toContain('<span class="counts">4 of 4 run (3 preempting)</span>');
    expect(batch).toContain('<span class="seg-runs" style="width:25%"></span><span class="seg-preempting" style="width:75%"></span>');
    expect(textOf(batch)).toContain("3 run by preempting 3 pods preempts lower-priority pods; without them: insufficient cpu for 500m [1 pod evicted] : 3 nodes busy-1, busy-2, busy-3");
    const system = textOf(cell(html, 1, "system"));
    expect(system).toMatch(/^0 of 2 run, 1 pending, 1 excluded Pending: 1 node insufficient cpu for 500m \[200m free\] : 1 node important-1 preemption does not help: no lower-priority pod on the node: 1 node important-1 Excluded: 1 node \(1 keeps a running pod\) nvidia\.com\/gpu=present:NoSchedule not tolerated: 1 node gpu-1$/);
    expect(html).toContain("DESIRED  5 (runs 4, 3 of them by preempting 3 pods, pending 1); excluded 1 (1 would keep a running pod); 6 nodes");
  });

  it("names at most NODE_SAMPLE nodes per list however large the pool, and is written in bounded pieces", () => {
    const nodes = nodesFromObjects([generateInventory({ nodes: 20_000, seed: 4, provider: "eks" })]).nodes;
    const pools = inventoryPools(nodes);
    const agents = Array.from({ length: 30 }, (_, i) =>
      daemonSet({ nodeSelector: { "kubernetes.io/os": i % 2 === 0 ? "linux" : "windows" }, containers: [{ name: "a", image: "x" }] }, { name: `agent-${i}` }),
    );
    const model = { nodes: nodes.length, pools, daemonSets: agents.map((ds) => daemonSetByPool("agents.yaml", simulatePlacements(ds, nodes), pools)) };
    let size = 0;
    let largest = 0;
    let html = "";
    for (const chunk of placementHtmlChunks(model)) {
      size += chunk.length;
      largest = Math.max(largest, chunk.length);
      html += chunk;
    }
    expectWellFormed(html);
    // A row is one piece: a few kilobytes, whatever the pools' sizes.
    expect(largest).toBeLessThan(BATCH_CHARS * 2);
    expect(size / agents.length).toBeLessThan(40_000);
    for (const names of html.matchAll(/<p class="names">([^<]*)<\/p>|<span class="names">([^<]*)<\/span>/g)) {
      const list = (names[1] ?? names[2]!).replace(/ and [0-9,]+ more$/, "").split(", ");
      expect(list.length).toBeLessThanOrEqual(NODE_SAMPLE);
    }
    expect(html).toMatch(/ and [0-9]{1,3}(,[0-9]{3})+ more<\/p>/);
  });
});

describe("the change page", () => {
  it("shows what each pool gains, loses and evicts, with a column for a pool that only the nodes gone were in", () => {
    const before = nodesFromObjects([
      { kind: "Node", metadata: { name: "a1", labels: { "node-role.kubernetes.io/apps": "" } } },
      { kind: "Node", metadata: { name: "a2", labels: { "node-role.kubernetes.io/apps": "" } } },
      { kind: "Node", metadata: { name: "old-1", labels: { "node-role.kubernetes.io/legacy": "" } } },
    ]).nodes;
    const after = nodesFromObjects([
      { kind: "Node", metadata: { name: "a1", labels: { "node-role.kubernetes.io/apps": "" } }, spec: { taints: [{ key: "dedicated", value: "db", effect: "NoExecute" }] } },
      { kind: "Node", metadata: { name: "a2", labels: { "node-role.kubernetes.io/apps": "" } } },
      { kind: "Node", metadata: { name: "new-1", labels: { "node-role.kubernetes.io/new": "" } } },
    ]).nodes;
    const ds = daemonSet();
    const where = new PoolsOfNodes([
      { nodes: after, pools: inventoryPools(after) },
      { nodes: before, pools: inventoryPools(before) },
    ]);
    const change = daemonSetChangeByPool("ds.yaml", diffSimulations(simulateOnInventory(ds, before), simulateOnInventory(ds, after)), where);
    const html = joinChunks(changeHtmlChunks({ nodes: after.length, pools: inventoryPools(after), daemonSets: [change] }));
    expectWellFormed(html);
    expect(html).toContain("<title>DaemonSet placement change: 1 of 1 DaemonSet changes on 3 nodes</title>");
    const matrix = html.slice(html.indexOf('<table class="matrix">'));
    expect([...matrix.matchAll(/<th scope="col"[^>]*>([^<]*)/g)].map((m) => m[1])).toEqual(["DaemonSet", "apps", "new", "legacy"]);
    expect(textOf(cell(html, 1, "apps"))).toBe("-1 (1 evicted) Lose their pod: 1 node (1 evicted) a1 Why, after the change dedicated=db:NoExecute not tolerated: 1 node a1");
    expect(cell(html, 1, "apps")).toContain('<span class="seg-evicted" style="width:50%"></span>');
    expect(textOf(cell(html, 1, "new"))).toBe("+1 Gain a pod: 1 node new-1");
    // The pool that is gone has no node count: the bar is over the nodes that change.
    expect(cell(html, 1, "legacy")).toContain('<span class="seg-evicted" style="width:100%"></span>');
    expect(html).toContain('<td class="evicts" data-pool="apps">');
  });

  it("says when a version is rejected, and lists the DaemonSets that do not change", () => {
    const nodes = nodesFromObjects([{ kind: "Node", metadata: { name: "n1" } }]).nodes;
    const pools = inventoryPools(nodes);
    const where = new PoolsOfNodes([{ nodes, pools }]);
    const good = daemonSet();
    const bad = daemonSet({ containers: [{ name: "a" }] });
    const rejected = daemonSetChangeByPool("ds.yaml", diffSimulations(simulateOnInventory(good, nodes), simulateOnInventory(bad, nodes)), where);
    const same = daemonSetChangeByPool("same.yaml", diffSimulations(simulateOnInventory(daemonSet({}, { name: "same" }), nodes), simulateOnInventory(daemonSet({}, { name: "same" }), nodes)), where);
    const html = joinChunks(changeHtmlChunks({ nodes: 1, pools, daemonSets: [rejected, same] }));
    expectWellFormed(html);
    expect(textOf(html)).toContain("kube-system agent 1 → 0 0 1 0 rejected by the API server: (none) -1 (running pods kept)");
    expect(textOf(html)).toContain("Rejected after the change (the running pods stay: the API server refuses the change): the API server rejects the DaemonSet: spec.template.spec.containers[0].image: container &quot;a&quot; has no image");
    expect(html).toContain('<h2 id="unchanged">No change</h2>\n<p>kube-system/same</p>');
  });
});

describe("dslint simulate --format html", () => {
  const dir = mkdtempSync(join(tmpdir(), "dslint-html-cli-"));

  it("writes the example cluster's page, with the exit code of the other formats", () => {
    const args = ["simulate", "examples/manifests", "--nodes", nodesFile];
    const r = runDslint([...args, "--format", "html"]);
    const table = runDslint(args);
    expect(r.code).toBe(table.code);
    expect(r.stderr).toBe(table.stderr);
    expectWellFormed(r.stdout);
    expect(r.stdout).toContain("<h1>DaemonSet placement: 2 DaemonSets on 12 nodes</h1>");
    expect(textOf(cell(r.stdout, 2, "worker"))).toMatch(/^4 of 8 run, 4 excluded Runs: 4 nodes worker-1, worker-2, worker-3, worker-4 Excluded: 4 nodes \(3 keep a running pod\) nvidia\.com\/gpu=present:NoSchedule not tolerated: 2 nodes gpu-1, gpu-2 /);
    expect(r.stdout).toMatch(/<td class="rejected" colspan="3">.*<strong>Rejected<\/strong>\. No node gets a pod: the API server rejects the DaemonSet: spec\.template\.spec\.containers\[0\]\.resources\.requests\[memory\]: /);
  });

  it("writes the example change's page", () => {
    const r = runDslint(["simulate", "examples/change", "--before", "examples/manifests/node-exporter.yaml", "--nodes", nodesFile, "--format", "html"]);
    expect(r.code, r.stderr).toBe(0);
    expectWellFormed(r.stdout);
    expect(textOf(r.stdout)).toContain("monitoring node-exporter 7 3 3 0 control-plane -3 (running pods kept), edge +1, worker +2");
    expect(textOf(cell(r.stdout, 1, "control-plane"))).toBe(
      "-3 (running pods kept) Lose their pod: 3 nodes (running pods kept) cp-1, cp-2, cp-3 Why, after the change node-role.kubernetes.io/control-plane:NoSchedule not tolerated: 3 nodes cp-1, cp-2, cp-3",
    );
    expect(textOf(cell(r.stdout, 1, "worker"))).toBe("+2 Gain a pod: 2 nodes gpu-1, gpu-2");
  });

  it("writes 5,000 generated nodes as a page of a few tens of kilobytes", () => {
    const nodes = join(dir, "nodes.json");
    writeFileSync(nodes, JSON.stringify(generateInventory({ nodes: 5000, seed: 1 })));
    const r = runDslint(["simulate", "examples/manifests", "--nodes", nodes, "--format", "html"]);
    expectWellFormed(r.stdout);
    expect(r.stdout.length).toBeLessThan(60_000);
    expect(r.stdout).toContain("<h1>DaemonSet placement: 2 DaemonSets on 5,000 nodes</h1>");
    expect(textOf(cell(r.stdout, 2, "worker"))).toMatch(/^4,469 of 4,995 run, 526 excluded Runs: 4,469 nodes (ip-[^,]+, ){19}ip-[^ ]+ and 4,449 more Excluded: 526 nodes/);
  });
});
