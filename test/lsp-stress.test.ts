import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { StreamMessageReader, type Message } from "vscode-languageserver-protocol/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * The language server under abuse, over the real stdio protocol: malformed
 * messages, open/close cycles, request storms. These tests check behaviour
 * (a request after the abuse is answered, nothing is held for closed
 * documents), never timings: scripts/lsp-measure.ts measures those.
 */

const root = resolve(import.meta.dirname, "..");
const bin = join(root, "bin", "dslint.js");
const LOG_SHIPPER = readFileSync(join(root, "examples", "manifests", "log-shipper.yaml"), "utf8");

interface Response {
  id: number | string | null;
  result?: unknown;
  error?: { code: number; message: string };
}

interface ServerState {
  documents: number;
  timers: number;
  queued: number;
  checkedEdits: number;
}

/** A client that writes bytes as they are given, so that it can send what no library would. */
class RawClient {
  readonly child: ChildProcess;
  /** Responses that answer no request of ours: the server's parse and invalid-request errors. */
  readonly orphans: Response[] = [];
  readonly published: Array<{ uri: string; version?: number; diagnostics: Array<{ code?: unknown }> }> = [];
  private readonly waiting = new Map<number | string, (r: Response) => void>();
  private readonly listeners: Array<() => void> = [];
  private nextId = 1;

  constructor(cwd: string) {
    this.child = spawn(process.execPath, [bin, "lsp", "--stdio"], { cwd, stdio: ["pipe", "pipe", "pipe"] });
    const reader = new StreamMessageReader(this.child.stdout!);
    reader.listen((message: Message) => {
      const m = message as Message & { id?: number | string | null; method?: string; params?: unknown };
      if (m.method === "textDocument/publishDiagnostics") this.published.push(m.params as RawClient["published"][number]);
      else if (m.method !== undefined && m.id !== undefined) this.write(frame({ jsonrpc: "2.0", id: m.id, result: null }));
      else if (m.method === undefined) {
        const answer = m.id === null || m.id === undefined ? undefined : this.waiting.get(m.id);
        if (answer) {
          this.waiting.delete(m.id!);
          answer(m as Response);
        } else this.orphans.push(m as Response);
      }
      for (const l of this.listeners.splice(0)) l();
    });
  }

  write(bytes: string | Buffer): void {
    this.child.stdin!.write(bytes);
  }

  notify(method: string, params?: unknown): void {
    this.write(frame({ jsonrpc: "2.0", method, params }));
  }

  request(method: string, params?: unknown): Promise<Response> {
    const id = this.nextId++;
    return new Promise<Response>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`no answer to ${method} (id ${id}) in 20 s`)), 20_000);
      this.waiting.set(id, (r) => {
        clearTimeout(timer);
        done(r);
      });
      this.write(frame({ jsonrpc: "2.0", id, method, params }));
    });
  }

  /** Resolves once `accept` holds, checked after each message from the server. */
  async until<T>(accept: () => T | undefined, what: string): Promise<T> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const hit = accept();
      if (hit !== undefined) return hit;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((resume) => {
        this.listeners.push(resume);
        setTimeout(resume, 100);
      });
    }
  }

  diagnostics(uri: string, version: number) {
    return this.until(() => this.published.find((p) => p.uri === uri && p.version === version), `diagnostics of ${uri} v${version}`);
  }

  async initialize(workspace: string): Promise<void> {
    const uri = pathToFileURL(workspace).href;
    const init = await this.request("initialize", { processId: process.pid, rootUri: uri, workspaceFolders: [{ uri, name: "w" }], capabilities: {} });
    expect(init.error).toBeUndefined();
    this.notify("initialized", {});
  }

  state(): Promise<ServerState> {
    return this.request("dslint/serverState").then((r) => r.result as ServerState);
  }

  /** The server still answers: a request of its own protocol gets its normal answer. */
  async answers(): Promise<boolean> {
    const r = await this.request("textDocument/codeAction", { textDocument: { uri: "file:///nowhere.yaml" }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
    return Array.isArray(r.result);
  }

  async stop(): Promise<number | null> {
    const exited = new Promise<number | null>((done) => this.child.once("exit", (code) => done(code)));
    if (this.child.exitCode !== null) return this.child.exitCode;
    await this.request("shutdown");
    this.notify("exit");
    return exited;
  }
}

function frame(message: unknown): Buffer {
  const body = Buffer.from(JSON.stringify(message), "utf8");
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, "ascii"), body]);
}

const PARSE_ERROR = -32700;
const INVALID_REQUEST = -32600;
const METHOD_NOT_FOUND = -32601;
const INVALID_PARAMS = -32602;
const CONTENT_MODIFIED = -32801;

describe("dslint lsp under abuse (a real server process over stdio)", () => {
  let workspace: string;
  let client: RawClient;

  beforeAll(async () => {
    workspace = mkdtempSync(join(tmpdir(), "dslint-lsp-stress-"));
    client = new RawClient(workspace);
    await client.initialize(workspace);
  });

  afterAll(async () => {
    if (client.child.exitCode === null) client.child.kill();
    rmSync(workspace, { recursive: true, force: true });
  });

  const body = (method: string) => JSON.stringify({ jsonrpc: "2.0", method, params: {} });

  it.each([
    ["a Content-Length that is not a number", `Content-Length: abc\r\n\r\n${body("x/a")}`],
    ["a negative Content-Length", `Content-Length: -5\r\n\r\n${body("x/b")}`],
    ["a huge Content-Length", `Content-Length: 99999999999999\r\n\r\n${body("x/c")}`],
    ["a header ended by bare newlines", `Content-Length: ${body("x/d").length}\n\n${body("x/d")}`],
    ["a header line without a colon", `Content-Length ${body("x/e").length}\r\n\r\n${body("x/e")}`],
    ["no Content-Length", `Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n${body("x/f")}`],
    ["a body without a header", body("x/g")],
    ["a Content-Length longer than the body", `Content-Length: 5000\r\n\r\n${body("x/h")}`],
    ["a Content-Length shorter than the body", `Content-Length: 10\r\n\r\n${body("x/i")}`],
    ["a body that is not JSON", "Content-Length: 9\r\n\r\n{not json"],
    ["binary garbage", Buffer.from([0, 255, 13, 10, 13, 10, 1, 2, 3])],
  ])("answers a parse error for %s, then answers the next request", async (_name, bytes) => {
    const before = client.orphans.length;
    client.write(bytes);
    expect(await client.answers()).toBe(true);
    const errors = client.orphans.slice(before);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.id === null && e.error?.code === PARSE_ERROR)).toBe(true);
  });

  it.each([
    ["a number", 42],
    ["an array (a batch, which LSP does not have)", [{ jsonrpc: "2.0", id: 99, method: "shutdown" }]],
    ["null", null],
    ["an object without jsonrpc", { id: 7, method: "initialize" }],
    ["a method that is not a string", { jsonrpc: "2.0", id: "m", method: 5 }],
  ])("answers an invalid request for a message that is %s, then answers the next request", async (_name, message) => {
    const before = client.orphans.length;
    client.write(frame(message));
    expect(await client.answers()).toBe(true);
    expect(client.orphans.slice(before).map((e) => e.error?.code)).toEqual([INVALID_REQUEST]);
  });

  it("answers an unknown request with MethodNotFound and ignores an unknown notification", async () => {
    client.notify("dslint/noSuchNotification", { a: 1 });
    client.notify("$/noSuchNotification");
    const r = await client.request("textDocument/hover", { textDocument: { uri: "file:///a.yaml" }, position: { line: 0, character: 0 } });
    expect(r.error?.code).toBe(METHOD_NOT_FOUND);
    expect(await client.answers()).toBe(true);
  });

  it("ignores notifications with parameters of the wrong type, and rejects such requests with InvalidParams", async () => {
    const uri = pathToFileURL(join(workspace, "typed.yaml")).href;
    client.notify("textDocument/didOpen", 5);
    client.notify("textDocument/didOpen", { textDocument: { uri, languageId: "yaml", version: 1, text: 42 } });
    client.notify("textDocument/didOpen", { textDocument: { uri: 7, languageId: "yaml", version: 1, text: "a" } });
    client.notify("textDocument/didChange", { textDocument: { uri, version: 2 }, contentChanges: "all" });
    client.notify("textDocument/didClose", null);
    client.notify("textDocument/didSave", []);
    client.notify("workspace/didChangeWatchedFiles", { changes: 3 });
    expect((await client.request("textDocument/codeAction", {})).error?.code).toBe(INVALID_PARAMS);
    expect((await client.request("textDocument/codeAction", [1, 2])).error?.code).toBe(INVALID_PARAMS);
    expect(await client.state()).toMatchObject({ documents: 0 });
    // A valid document opened now is checked as ever, and a malformed change to it leaves it as it was.
    client.notify("textDocument/didOpen", { textDocument: { uri, languageId: "yaml", version: 1, text: LOG_SHIPPER } });
    expect((await client.diagnostics(uri, 1)).diagnostics.map((d) => d.code)).toContain("selector-mismatch");
    client.notify("textDocument/didChange", { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: -1 } }, text: "x" }] });
    client.notify("textDocument/didChange", { textDocument: { uri, version: 3 }, contentChanges: [{ text: LOG_SHIPPER.replace("value: yes", 'value: "yes"') }] });
    expect((await client.diagnostics(uri, 3)).diagnostics.map((d) => d.code)).not.toContain("yaml-implicit-type");
    client.notify("textDocument/didClose", { textDocument: { uri } });
    expect(await client.state()).toMatchObject({ documents: 0 });
  });

  it("holds nothing for a document once it is closed, over hundreds of open/close cycles", async () => {
    for (let i = 0; i < 300; i++) {
      const uri = pathToFileURL(join(workspace, `cycle-${i}.yaml`)).href;
      client.notify("textDocument/didOpen", { textDocument: { uri, languageId: "yaml", version: 1, text: LOG_SHIPPER } });
      // Some are changed (a check pending) and some asked for code actions before they close.
      if (i % 3 === 0) client.notify("textDocument/didChange", { textDocument: { uri, version: 2 }, contentChanges: [{ text: `${LOG_SHIPPER}\n` }] });
      if (i % 5 === 0) void client.request("textDocument/codeAction", { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } });
      client.notify("textDocument/didClose", { textDocument: { uri } });
    }
    expect(await client.answers()).toBe(true);
    expect(await client.state()).toMatchObject({ documents: 0, timers: 0, queued: 0, checkedEdits: 0 });
    // Every document was told its diagnostics are gone, and the last word for each is that.
    const last = new Map(client.published.filter((p) => p.uri.includes("cycle-")).map((p) => [p.uri, p]));
    expect(last.size).toBe(300);
    expect([...last.values()].every((p) => p.diagnostics.length === 0)).toBe(true);
  });

  it("answers a request sent after a storm of changes and requests, drops the stale work and publishes the newest version", async () => {
    const uri = pathToFileURL(join(workspace, "storm.yaml")).href;
    client.notify("textDocument/didOpen", { textDocument: { uri, languageId: "yaml", version: 1, text: LOG_SHIPPER } });
    const first = await client.diagnostics(uri, 1);
    const diagnostics = first.diagnostics;
    const pending: Array<Promise<Response>> = [];
    const storm = 300;
    for (let v = 2; v < storm + 2; v++) {
      client.notify("textDocument/didChange", { textDocument: { uri, version: v }, contentChanges: [{ text: LOG_SHIPPER.replace("value: yes", `value: "${v}"`) }] });
      pending.push(client.request("textDocument/codeAction", { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics } }));
      pending.push(client.request("textDocument/hover", { textDocument: { uri }, position: { line: 0, character: 0 } }));
    }
    expect(await client.answers()).toBe(true);
    const answers = await Promise.all(pending);
    // Each code action got an answer: actions, or "content modified" for one the next change made stale.
    const actions = answers.filter((_, i) => i % 2 === 0);
    expect(actions.every((a) => Array.isArray(a.result) || a.error?.code === CONTENT_MODIFIED)).toBe(true);
    expect(actions.filter((a) => a.error?.code === CONTENT_MODIFIED).length).toBeGreaterThan(0);
    const newest = await client.diagnostics(uri, storm + 1);
    expect(newest.diagnostics.map((d) => d.code)).not.toContain("yaml-implicit-type");
    // Far fewer checks than changes: the ones a newer change overtook were never run.
    expect(client.published.filter((p) => p.uri === uri).length).toBeLessThan(storm / 2);
    client.notify("textDocument/didClose", { textDocument: { uri } });
    expect(await client.state()).toMatchObject({ documents: 0, timers: 0, queued: 0, checkedEdits: 0 });
  });

  it("answers a request while a large document waits to be checked, and checks only its newest version", async () => {
    const big = pathToFileURL(join(workspace, "big.yaml")).href;
    const text = Array(400).fill(LOG_SHIPPER).join("\n---\n");
    // One write, so that the changes arrive with the end of the open.
    const messages = [frame({ jsonrpc: "2.0", method: "textDocument/didOpen", params: { textDocument: { uri: big, languageId: "yaml", version: 1, text } } })];
    for (let v = 2; v <= 5; v++) {
      const change = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: "# x\n" };
      messages.push(frame({ jsonrpc: "2.0", method: "textDocument/didChange", params: { textDocument: { uri: big, version: v }, contentChanges: [change] } }));
    }
    client.write(Buffer.concat(messages));
    expect(await client.answers()).toBe(true);
    const published = await client.diagnostics(big, 5);
    expect(published.diagnostics.length).toBeGreaterThan(400);
    expect(client.published.filter((p) => p.uri === big && p.version !== 5)).toEqual([]);
    client.notify("textDocument/didClose", { textDocument: { uri: big } });
  });

  it("shuts down cleanly after all of it", async () => {
    expect(await client.stop()).toBe(0);
  });
});

describe("dslint lsp options", () => {
  it.each(["--tcp", "--socket=9000", "--port", "--nonsense"])("refuses %s with one line and exit code 2", (option) => {
    const r = spawnSync(process.execPath, [bin, "lsp", option], { encoding: "utf8", input: "" });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/^dslint: .*stdio/);
    expect(r.stderr).not.toMatch(/\bat /);
  });
});
