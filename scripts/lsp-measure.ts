/**
 * The language server's responsiveness, measured over the real protocol: it
 * spawns `dslint lsp --stdio` (bin/dslint.js, so the bundle in dist/) and
 * drives it as an editor would. Nothing here asserts; it prints.
 *   1. diagnostics latency after a change of a typical manifest (median, max)
 *   2. open/close cycles: a request's latency and the server's RSS at cycle
 *      0, 100, 200 and 300 (each hundred sent as fast as the pipe takes them)
 *   3. a request storm (didChange, codeAction, hover): how long the request
 *      sent after it waits
 *   4. a 5 MB manifest (corpus DaemonSets joined with ---): time to first
 *      diagnostics, a small request's latency while it is checked, and
 *      `dslint check` on the same file for comparison
 * Run: npm run build && node dist/scripts/lsp-measure.js [--only changes|cycles|storm|large] [--changes N] [--cycles N] [--storm N]
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { packageRoot } from "../src/package.js";
import {
  CodeActionRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from "vscode-languageserver-protocol/node";

const root = packageRoot();
const bin = join(root, "bin", "dslint.js");
const manifest = readFileSync(join(root, "examples", "manifests", "log-shipper.yaml"), "utf8");

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const stats = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)]!, max: sorted.at(-1)! };
};
const ms = (n: number) => `${n.toFixed(1)} ms`;
const now = () => performance.now();

class Server {
  readonly connection: ProtocolConnection;
  private readonly waiters: Array<(p: PublishDiagnosticsParams) => void> = [];
  readonly child;

  constructor(workspace: string) {
    this.child = spawn(process.execPath, [bin, "lsp", "--stdio"], { cwd: workspace, stdio: ["pipe", "pipe", "inherit"] });
    this.connection = createProtocolConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.connection.onNotification(PublishDiagnosticsNotification.type, (p) => {
      for (const w of this.waiters.splice(0)) w(p);
    });
    this.connection.listen();
  }

  async start(workspace: string): Promise<void> {
    const uri = pathToFileURL(workspace).href;
    await this.connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: "w" }], capabilities: {} });
    await this.connection.sendNotification(InitializedNotification.type, {});
    // Past the warm-up: a request is answered once it is done.
    const uriWarm = pathToFileURL(join(workspace, "warm.yaml")).href;
    await this.diagnosticsAfter(() => this.open(uriWarm, manifest), uriWarm, 1);
    this.close(uriWarm);
    await new Promise((r) => setTimeout(r, 500));
  }

  /** Resolves with the diagnostics of `uri` at `version` published after `send` runs. */
  diagnosticsAfter(send: () => void, uri: string, version: number, timeoutMs = 600_000): Promise<PublishDiagnosticsParams> {
    return new Promise((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`no diagnostics for ${uri} v${version}`)), timeoutMs);
      const wait = (p: PublishDiagnosticsParams) => {
        if (p.uri === uri && p.version === version) {
          clearTimeout(timer);
          done(p);
        } else this.waiters.push(wait);
      };
      this.waiters.push(wait);
      send();
    });
  }

  open(uri: string, text: string, version = 1): void {
    void this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: "yaml", version, text } });
  }

  change(uri: string, version: number, text: string): void {
    void this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  close(uri: string): void {
    void this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** How long a cheap request (code actions for no diagnostics) waits for its answer. */
  async requestLatency(uri: string): Promise<number> {
    const start = now();
    await this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
    return now() - start;
  }

  rssMb(): number {
    const out = spawnSync("ps", ["-o", "rss=", "-p", String(this.child.pid)], { encoding: "utf8" }).stdout.trim();
    return Number(out) / 1024;
  }

  async stop(): Promise<void> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    await new Promise((r) => this.child.once("exit", r));
    this.connection.dispose();
  }
}

async function changeLatency(workspace: string, changes: number): Promise<void> {
  const server = new Server(workspace);
  await server.start(workspace);
  const uri = pathToFileURL(join(workspace, "typed.yaml")).href;
  await server.diagnosticsAfter(() => server.open(uri, manifest), uri, 1);
  const times: number[] = [];
  for (let v = 2; v < changes + 2; v++) {
    const text = manifest.replace("value: yes", v % 2 ? `value: "${v}"` : "value: yes");
    const start = now();
    await server.diagnosticsAfter(() => server.change(uri, v, text), uri, v);
    times.push(now() - start);
  }
  const { median, max } = stats(times);
  console.log(`diagnostics after a change (${changes} changes, each awaited): median ${ms(median)}, max ${ms(max)}`);
  await server.stop();
}

async function cycles(workspace: string, total: number, burst: boolean): Promise<void> {
  const server = new Server(workspace);
  await server.start(workspace);
  const steady = pathToFileURL(join(workspace, "steady.yaml")).href;
  await server.diagnosticsAfter(() => server.open(steady, manifest), steady, 1);
  const step = Math.max(1, Math.floor(total / 3));
  const figures: string[] = [];
  for (let cycle = 0; cycle <= total; cycle += step) {
    if (cycle > 0) {
      for (let i = cycle - step; i < cycle; i++) {
        const uri = pathToFileURL(join(workspace, `cycle-${i}.yaml`)).href;
        const text = manifest.replace("log-shipper", `log-shipper-${i}`);
        // Paced: each document's diagnostics arrive before it is closed, as when a user opens files one by one.
        if (burst) server.open(uri, text);
        else await server.diagnosticsAfter(() => server.open(uri, text), uri, 1);
        server.close(uri);
      }
    }
    const latency = await server.requestLatency(steady);
    await new Promise((r) => setTimeout(r, 300));
    const state = (await server.connection.sendRequest("dslint/serverState", { gc: true }).catch(() => undefined)) as { heapUsed: number; documents: number } | undefined;
    const held = state ? `, heap after a full collection ${(state.heapUsed / 1048576).toFixed(1)} MB, ${state.documents} documents held` : "";
    figures.push(`cycle ${cycle}: ${ms(latency)}, RSS ${server.rssMb().toFixed(1)} MB${held}`);
  }
  console.log(`open/close cycles ${burst ? "(each hundred sent at once; the request follows the last close)" : "(each open awaited)"}: request latency and memory at\n  ${figures.join("\n  ")}`);
  await server.stop();
}

async function storm(workspace: string, size: number): Promise<void> {
  const server = new Server(workspace);
  await server.start(workspace);
  const uri = pathToFileURL(join(workspace, "storm.yaml")).href;
  const published = await server.diagnosticsAfter(() => server.open(uri, manifest), uri, 1);
  const start = now();
  const pending: Array<Promise<unknown>> = [];
  for (let i = 0; i < size; i++) {
    const v = i + 2;
    server.change(uri, v, manifest.replace("value: yes", `value: "${v}"`));
    pending.push(server.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: published.diagnostics[0]!.range, context: { diagnostics: published.diagnostics } }).catch(() => undefined));
    pending.push(server.connection.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: 0, character: 0 } }).catch(() => undefined));
  }
  const latency = await server.requestLatency(uri);
  const sent = now() - start;
  await Promise.all(pending);
  console.log(`storm of ${size} changes, ${size} code action and ${size} hover requests: the request after it answered ${ms(latency)} after the storm began; all answered after ${ms(now() - start)} (sent ${ms(sent)})`);
  await server.stop();
}

function bigManifest(dir: string, bytes: number): string {
  const corpus = join(root, "test", "corpus", "daemonsets");
  const texts = readdirSync(corpus).filter((f) => f.endsWith(".yaml")).sort().map((f) => readFileSync(join(corpus, f), "utf8"));
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const t = texts[i % texts.length]!;
    parts.push(t);
    size += t.length + 4;
  }
  const file = join(dir, "big.yaml");
  writeFileSync(file, parts.join("\n---\n"));
  return file;
}

async function large(workspace: string): Promise<void> {
  const file = bigManifest(workspace, 5 * 1024 * 1024);
  const text = readFileSync(file, "utf8");
  let start = now();
  spawnSync(process.execPath, [bin, "check", "--format", "json", file], { cwd: workspace, stdio: "ignore" });
  const cli = now() - start;
  const server = new Server(workspace);
  await server.start(workspace);
  const small = pathToFileURL(join(workspace, "small.yaml")).href;
  await server.diagnosticsAfter(() => server.open(small, manifest), small, 1);
  const uri = pathToFileURL(file).href;
  start = now();
  const first = server.diagnosticsAfter(() => server.open(uri, text), uri, 1);
  await new Promise((r) => setTimeout(r, 100));
  const during = await server.requestLatency(small);
  const published = await first;
  const lsp = now() - start;
  console.log(`5 MB manifest (${(text.length / 1048576).toFixed(1)} MB): first diagnostics after ${ms(lsp)} (${published.diagnostics.length} diagnostics); dslint check: ${ms(cli)}; a request sent meanwhile answered in ${ms(during)}`);
  await server.stop();
}

const workspace = mkdtempSync(join(tmpdir(), "dslint-lsp-measure-"));
try {
  // --only changes|cycles|storm|large runs one part.
  const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : undefined;
  if (!only || only === "changes") await changeLatency(workspace, option("--changes", 200));
  if (!only || only === "cycles") {
    await cycles(workspace, option("--cycles", 300), false);
    await cycles(workspace, option("--cycles", 300), true);
  }
  if (!only || only === "storm") await storm(workspace, option("--storm", 300));
  if (!only || only === "large") await large(workspace);
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
