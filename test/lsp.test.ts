import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { TextDocument } from "vscode-languageserver-textdocument";
import {
  CodeActionRequest,
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DidSaveTextDocumentNotification,
  ExitNotification,
  FileChangeType,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShowMessageNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type TextEdit,
} from "vscode-languageserver-protocol/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "..");
const bin = join(root, "bin", "dslint.js");
const LOG_SHIPPER = join(root, "examples", "manifests", "log-shipper.yaml");

/** An LSP client for the real server process, collecting what it publishes. */
class Client {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly messages: string[] = [];
  private waiters: Array<() => void> = [];
  readonly exited: Promise<number | null>;

  constructor(
    readonly child: ChildProcess,
    readonly connection: ProtocolConnection,
  ) {
    this.exited = new Promise((done) => child.on("exit", (code) => done(code)));
    connection.onNotification(PublishDiagnosticsNotification.type, (p) => this.record(() => this.published.push(p)));
    connection.onNotification(ShowMessageNotification.type, (p) => this.record(() => this.messages.push(p.message)));
    connection.listen();
  }

  private record(add: () => void): void {
    add();
    for (const w of this.waiters.splice(0)) w();
  }

  /** The next diagnostics published for `uri` after `since` (an index into `published`) that satisfy `accept`. */
  async diagnostics(uri: string, since: number, accept: (p: PublishDiagnosticsParams) => boolean = () => true, timeoutMs = 10_000): Promise<PublishDiagnosticsParams> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const hit = this.published.slice(since).find((p) => p.uri === uri && accept(p));
      if (hit) return hit;
      if (Date.now() > deadline) throw new Error(`no diagnostics for ${uri}; published: ${JSON.stringify(this.published.slice(since))}`);
      await new Promise<void>((resume) => {
        this.waiters.push(resume);
        setTimeout(resume, 200);
      });
    }
  }

  open(uri: string, text: string, languageId = "yaml", version = 1): number {
    const since = this.published.length;
    void this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
    return since;
  }

  change(uri: string, version: number, text: string): number {
    const since = this.published.length;
    void this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
    return since;
  }

  close(uri: string): void {
    void this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }
}

async function startClient(workspace: string): Promise<{ client: Client; init: InitializeResult }> {
  const child = spawn(process.execPath, [bin, "lsp", "--stdio"], { cwd: workspace, stdio: ["pipe", "pipe", "pipe"] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const client = new Client(child, connection);
  const uri = pathToFileURL(workspace).href;
  const init = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: uri,
    workspaceFolders: [{ uri, name: "workspace" }],
    capabilities: { workspace: { workspaceEdit: { documentChanges: true } } },
  });
  await connection.sendNotification(InitializedNotification.type, {});
  return { client, init };
}

/** Ten levels of nine aliases each: 9^10 nodes once expanded. */
function aliasBomb(): string {
  const lines = ["apiVersion: apps/v1", "kind: DaemonSet", `a0: &a0 [${Array(9).fill('"x"').join(",")}]`];
  for (let i = 1; i < 10; i++) lines.push(`a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(",")}]`);
  return `${lines.join("\n")}\n`;
}

const at = (line: number, character: number, endLine: number, endCharacter: number) => ({ start: { line, character }, end: { line: endLine, character: endCharacter } });
const codes = (p: PublishDiagnosticsParams) => p.diagnostics.map((d) => d.code);

/** What a user gets when the editor applies an action's edit. */
function applyAction(text: string, action: CodeAction, uri: string): string {
  const edit = action.edit!;
  const edits: TextEdit[] = edit.documentChanges
    ? edit.documentChanges.flatMap((c) => ("edits" in c && c.textDocument.uri === uri ? (c.edits as TextEdit[]) : []))
    : (edit.changes?.[uri] ?? []);
  return TextDocument.applyEdits(TextDocument.create(uri, "yaml", 1, text), edits);
}

describe("dslint lsp (a real server process over stdio)", () => {
  let workspace: string;
  let client: Client;
  let init: InitializeResult;

  beforeAll(async () => {
    workspace = mkdtempSync(join(tmpdir(), "dslint-lsp-"));
    ({ client, init } = await startClient(workspace));
  });

  afterAll(() => {
    if (client.child.exitCode === null) client.child.kill();
    rmSync(workspace, { recursive: true, force: true });
  });

  it("initializes with incremental sync, save notifications and quick fixes", () => {
    expect(init.serverInfo?.name).toBe("dslint");
    expect(init.capabilities.textDocumentSync).toMatchObject({ openClose: true, change: 2, save: { includeText: false } });
    expect(init.capabilities.codeActionProvider).toMatchObject({ codeActionKinds: ["quickfix", "source.fixAll.dslint"] });
  });

  it("publishes diagnostics on open with exact 0-based ranges, severities, rule codes and doc links", async () => {
    const uri = pathToFileURL(LOG_SHIPPER).href;
    const since = client.open(uri, readFileSync(LOG_SHIPPER, "utf8"));
    const published = await client.diagnostics(uri, since);
    const find = (code: string) => published.diagnostics.find((d) => d.code === code)!;
    // 13:7-13:13 in the CLI's 1-based columns: `labels` of the template.
    expect(find("selector-mismatch")).toMatchObject({ range: at(12, 6, 12, 12), severity: 1, source: "dslint" });
    // Each kind's row in the README, whatever stage reports it.
    expect(find("selector-mismatch").codeDescription?.href).toMatch(/^file:.*README\.md#rule-selector-mismatch$/);
    expect(find("legacy-master-toleration").codeDescription?.href).toMatch(/^file:.*README\.md#rule-legacy-master-toleration$/);
    expect(find("yaml-implicit-type")).toMatchObject({ range: at(27, 21, 27, 24), severity: 1 });
    expect(find("yaml-implicit-type").message).toContain("`yes` is read as the boolean true");
    expect(find("legacy-master-toleration")).toMatchObject({ range: at(16, 10, 16, 45), severity: 2 });
    expect(find("missing-os-selector")).toMatchObject({ severity: 3 });
    // The same findings as the command line, converted one for one.
    const cli = JSON.parse(spawnSync(process.execPath, [bin, "check", "--format", "json", LOG_SHIPPER], { encoding: "utf8" }).stdout) as {
      findings: Array<{ ruleId: string; line: number; column: number; endLine: number; endColumn: number }>;
    };
    expect(published.diagnostics.map((d) => [d.code, d.range])).toEqual(cli.findings.map((f) => [f.ruleId, at(f.line - 1, f.column - 1, f.endLine - 1, f.endColumn - 1)]));
    client.close(uri);
  });

  it("counts columns in UTF-16 code units, as LSP positions do", async () => {
    const line = `        - {name: a, env: [{name: "😀", value: "é"}], image: nginx:latest}`;
    const text = `apiVersion: apps/v1\nkind: DaemonSet\nmetadata: {name: emoji, namespace: x}\nspec:\n  selector: {matchLabels: {app: a}}\n  template:\n    metadata: {labels: {app: a}}\n    spec:\n      containers:\n${line}\n`;
    const uri = pathToFileURL(join(workspace, "emoji.yaml")).href;
    const published = await client.diagnostics(uri, client.open(uri, text));
    const start = line.indexOf("nginx:latest");
    expect(published.diagnostics.find((d) => d.code === "image-tag")?.range).toEqual(at(9, start, 9, start + "nginx:latest".length));
    expect(published.diagnostics.find((d) => d.code === "api-validation")?.range).toEqual(at(9, line.indexOf('"😀"'), 9, line.indexOf('"😀"') + 4));
    client.close(uri);
    // A byte-order mark an editor keeps in the buffer is a character of line 1.
    const bomUri = pathToFileURL(join(workspace, "bom.yaml")).href;
    const bom = await client.diagnostics(bomUri, client.open(bomUri, "\uFEFFapiVersion: extensions/v1beta1\nkind: DaemonSet\nmetadata: {name: a}\n"));
    expect(bom.diagnostics.find((d) => d.code === "removed-api-version")?.range).toEqual(at(0, 13, 0, 31));
    client.close(bomUri);
  });

  it("re-checks after a pause in typing, once for a burst of changes", async () => {
    const uri = pathToFileURL(join(workspace, "edited.yaml")).href;
    const text = readFileSync(LOG_SHIPPER, "utf8");
    await client.diagnostics(uri, client.open(uri, text));
    const since = client.change(uri, 2, text.replace("value: yes", 'value: "y'));
    client.change(uri, 3, text.replace("value: yes", 'value: "yes"'));
    const next = await client.diagnostics(uri, since);
    expect(next.version).toBe(3);
    expect(codes(next)).not.toContain("yaml-implicit-type");
    expect(codes(next)).toContain("selector-mismatch");
    expect(client.published.slice(since).filter((p) => p.uri === uri && p.version === 2)).toEqual([]);
    client.close(uri);
  });

  it("re-checks on save", async () => {
    const uri = pathToFileURL(join(workspace, "saved.yaml")).href;
    await client.diagnostics(uri, client.open(uri, readFileSync(LOG_SHIPPER, "utf8")));
    const since = client.published.length;
    await client.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri } });
    expect(codes(await client.diagnostics(uri, since))).toContain("selector-mismatch");
    client.close(uri);
  });

  it("follows the workspace's .dslint.yaml: turned-off rules vanish, a broken file is reported once and the defaults apply", async () => {
    const dir = join(workspace, "configured");
    mkdirSync(dir);
    const manifest = join(dir, "agent.yaml");
    const uri = pathToFileURL(manifest).href;
    const configFile = join(dir, ".dslint.yaml");
    const configUri = pathToFileURL(configFile).href;
    const watched = (type: FileChangeType) => client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type }] });

    expect(codes(await client.diagnostics(uri, client.open(uri, readFileSync(LOG_SHIPPER, "utf8"))))).toContain("missing-priority-class");

    writeFileSync(configFile, "rules:\n  missing-priority-class: off\n  privileged-container: warning\n");
    let since = client.published.length;
    await watched(FileChangeType.Created);
    let next = await client.diagnostics(uri, since);
    expect(codes(next)).not.toContain("missing-priority-class");
    expect(next.diagnostics.find((d) => d.code === "privileged-container")?.severity).toBe(2);

    writeFileSync(configFile, "rules:\n  no-such-rule: off\n");
    since = client.published.length;
    await watched(FileChangeType.Changed);
    next = await client.diagnostics(uri, since);
    expect(codes(next)).toContain("missing-priority-class");
    expect(client.messages.filter((m) => m.includes("no-such-rule"))).toHaveLength(1);
    // Editing the manifest does not report the broken configuration again.
    since = client.change(uri, 2, readFileSync(LOG_SHIPPER, "utf8") + "\n");
    await client.diagnostics(uri, since);
    expect(client.messages.filter((m) => m.includes("no-such-rule"))).toHaveLength(1);

    // Saving the configuration in the editor re-reads it, without a file watcher.
    writeFileSync(configFile, "rules:\n  selector-mismatch: off\n");
    client.open(configUri, "rules:\n  selector-mismatch: off\n");
    since = client.published.length;
    await client.connection.sendNotification(DidSaveTextDocumentNotification.type, { textDocument: { uri: configUri } });
    next = await client.diagnostics(uri, since);
    expect(codes(next)).not.toContain("selector-mismatch");
    expect(codes(next)).toContain("missing-priority-class");
    client.close(uri);
    client.close(configUri);

    // Files the configuration ignores get nothing, as `dslint check` skips them.
    writeFileSync(configFile, "ignore:\n  - vendor/**\n");
    await watched(FileChangeType.Changed);
    const vendored = pathToFileURL(join(dir, "vendor", "agent.yaml")).href;
    expect((await client.diagnostics(vendored, client.open(vendored, readFileSync(LOG_SHIPPER, "utf8")))).diagnostics).toEqual([]);
    client.close(vendored);
  });

  it("offers a suppression comment above the line, indented like it, that silences the finding", async () => {
    const uri = pathToFileURL(join(workspace, "suppress.yaml")).href;
    const text = readFileSync(LOG_SHIPPER, "utf8");
    const published = await client.diagnostics(uri, client.open(uri, text));
    const privileged = published.diagnostics.find((d) => d.code === "privileged-container")!;
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: privileged.range,
      context: { diagnostics: [privileged] },
    })) as CodeAction[];
    const suppress = actions.find((a) => a.title === "Suppress privileged-container on this line")!;
    expect(suppress.kind).toBe("quickfix");
    expect(suppress.edit?.documentChanges).toEqual([
      {
        textDocument: { uri, version: 1 },
        edits: [{ range: at(37, 0, 37, 0), newText: "            # dslint-disable-next-line privileged-container -- <reason>\n" }],
      },
    ]);
    const edited = applyAction(text, suppress, uri);
    expect(edited.split("\n").slice(36, 39)).toEqual(["          securityContext:", "            # dslint-disable-next-line privileged-container -- <reason>", "            privileged: true"]);
    const after = await client.diagnostics(uri, client.change(uri, 2, edited));
    expect(codes(after)).not.toContain("privileged-container");
    expect(codes(after)).not.toContain("unused-suppression");
    client.close(uri);
  });

  it("applies the fixes it can compute: quoting a YAML 1.1 boolean, removing an unused suppression", async () => {
    const uri = pathToFileURL(join(workspace, "fix.yaml")).href;
    const text = readFileSync(LOG_SHIPPER, "utf8").replace("      volumes:", "      # dslint-disable-next-line host-network -- needs the node's network\n      volumes:");
    const published = await client.diagnostics(uri, client.open(uri, text));
    const ask = async (code: string) => {
      const d = published.diagnostics.find((x) => x.code === code)!;
      return (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d] } })) as CodeAction[];
    };
    const quote = (await ask("yaml-implicit-type"))[0]!;
    expect(quote).toMatchObject({ title: 'Quote yes as the string "yes"', isPreferred: true });
    expect(applyAction(text, quote, uri)).toContain('              value: "yes"\n');

    const unused = await ask("unused-suppression");
    expect(unused.map((a) => a.title)).toEqual(["Remove the unused suppression"]);
    expect(applyAction(text, unused[0]!, uri)).toBe(readFileSync(LOG_SHIPPER, "utf8"));

    // A mutable image tag has no single right fix: only the suppression is offered.
    const imageUri = pathToFileURL(join(workspace, "image.yaml")).href;
    const imageText = text.replace("fluentd-kubernetes-daemonset:v1.16-debian-elasticsearch8-1", "fluentd-kubernetes-daemonset:latest");
    const imageDiagnostics = await client.diagnostics(imageUri, client.open(imageUri, imageText));
    const image = imageDiagnostics.diagnostics.find((d) => d.code === "image-tag")!;
    const imageActions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: imageUri }, range: image.range, context: { diagnostics: [image] } })) as CodeAction[];
    expect(imageActions.map((a) => a.title)).toEqual(["Suppress image-tag on this line"]);
    client.close(uri);
    client.close(imageUri);
  });

  it("answers source.fixAll.dslint with every fix as one edit", async () => {
    const uri = pathToFileURL(join(workspace, "fix-all.yaml")).href;
    const text = readFileSync(LOG_SHIPPER, "utf8").replace("      volumes:", "      # dslint-disable-next-line host-network -- needs the node's network\n      volumes:");
    await client.diagnostics(uri, client.open(uri, text));
    const ask = async (only: string[]) =>
      (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: at(0, 0, 0, 0), context: { diagnostics: [], only } })) as CodeAction[];
    for (const only of [["source.fixAll.dslint"], ["source.fixAll"], ["source"]]) {
      const actions = await ask(only);
      expect(actions.map((a) => [a.title, a.kind])).toEqual([["Fix all dslint problems", "source.fixAll.dslint"]]);
      const fixed = applyAction(text, actions[0]!, uri);
      // The YAML 1.1 boolean is quoted and the unused suppression is gone.
      expect(fixed).toContain('              value: "yes"\n');
      expect(fixed).not.toContain("dslint-disable-next-line host-network");
    }
    expect(await ask(["quickfix"])).toEqual([]);
    client.close(uri);
  });

  it("checks JSON manifests too, without offering comments JSON cannot hold", async () => {
    const uri = pathToFileURL(join(workspace, "agent.json")).href;
    const text = JSON.stringify({ apiVersion: "apps/v1", kind: "DaemonSet", metadata: { name: "a", namespace: "x" }, spec: { selector: { matchLabels: { app: "a" } }, template: { metadata: { labels: { app: "b" } }, spec: { containers: [{ name: "a", image: "a:1.0", imagePulPolicy: "Always" }] } } } }, null, 2);
    const published = await client.diagnostics(uri, client.open(uri, text, "json"));
    const selector = published.diagnostics.find((d) => d.code === "selector-mismatch")!;
    expect(selector.range.start.line).toBe(text.split("\n").findIndex((l) => l.includes('"labels"')));
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: selector.range, context: { diagnostics: [selector] } })) as CodeAction[];
    expect(actions).toEqual([]);
    // A misspelt field keeps JSON's quotes when renamed.
    const misspelt = published.diagnostics.find((d) => d.code === "schema" && String(d.message).includes("imagePulPolicy"))!;
    const rename = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: misspelt.range, context: { diagnostics: [misspelt] } })) as CodeAction[];
    expect(rename.map((a) => a.title)).toEqual(["Rename imagePulPolicy to imagePullPolicy"]);
    expect(applyAction(text, rename[0]!, uri)).toContain('"imagePullPolicy": "Always"');
    client.close(uri);
  });

  it("stays silent on YAML that holds no Kubernetes object, and on its own configuration", async () => {
    const workflow = pathToFileURL(join(workspace, "ci.yaml")).href;
    expect((await client.diagnostics(workflow, client.open(workflow, "on: [push]\njobs:\n  test: {runs-on: ubuntu-latest\n"))).diagnostics).toEqual([]);
    // A nested `kind:` does not make a pipeline a Kubernetes object.
    const pipeline = pathToFileURL(join(workspace, "pipeline.yaml")).href;
    expect((await client.diagnostics(pipeline, client.open(pipeline, "jobs:\n  build:\n    kind: docker\n    steps: [a, b\n"))).diagnostics).toEqual([]);
    client.close(pipeline);
    const config = pathToFileURL(join(workspace, "sub", ".dslint.yaml")).href;
    expect((await client.diagnostics(config, client.open(config, "kind: oops\nrules: {\n"))).diagnostics).toEqual([]);
    client.close(workflow);
    client.close(config);
  });

  it("leaves a chart's templates alone and checks only the syntax of its Chart.yaml, as dslint check does", async () => {
    mkdirSync(join(workspace, "chart", "templates"), { recursive: true });
    writeFileSync(join(workspace, "chart", "Chart.yaml"), "apiVersion: v2\nname: chart\nversion: 0.1.0\n");
    const template = pathToFileURL(join(workspace, "chart", "templates", "ds.yaml")).href;
    const templated = "apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  labels:\n    {{- include \"labels\" . | nindent 4 }}\n";
    expect((await client.diagnostics(template, client.open(template, templated))).diagnostics).toEqual([]);
    client.close(template);
    const chart = pathToFileURL(join(workspace, "chart", "Chart.yaml")).href;
    expect(codes(await client.diagnostics(chart, client.open(chart, "apiVersion: v2\nname: [chart\n")))).toEqual(["yaml-syntax"]);
    expect(codes(await client.diagnostics(chart, client.change(chart, 2, "apiVersion: v2\nname: chart\n")))).toEqual([]);
    client.close(chart);
  });

  it("survives broken documents and keeps serving", async () => {
    const broken: Array<[string, string]> = [
      ["syntax", "apiVersion: apps/v1\nkind: DaemonSet\nspec: [\n"],
      ["binary", "apiVersion: v1\nkind: Pod\n\u0000\u0001\u0002"],
      ["alias-bomb", aliasBomb()],
      ["deep", `apiVersion: apps/v1\nkind: DaemonSet\nspec: ${"[".repeat(5000)}${"]".repeat(5000)}\n`],
      ["json", '{"apiVersion": "apps/v1", "kind": "DaemonSet", "spec": {"template": 7}'],
    ];
    for (const [name, text] of broken) {
      const uri = pathToFileURL(join(workspace, `${name}.yaml`)).href;
      const published = await client.diagnostics(uri, client.open(uri, text));
      expect(published.diagnostics.length, name).toBeGreaterThan(0);
      // Each is a finding about the input, not a failure of the server.
      expect(published.diagnostics.every((d) => typeof d.code === "string"), name).toBe(true);
      const d = published.diagnostics[0]!;
      await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: d.range, context: { diagnostics: [d as Diagnostic] } });
      client.close(uri);
    }
    const uri = pathToFileURL(join(workspace, "after.yaml")).href;
    expect(codes(await client.diagnostics(uri, client.open(uri, readFileSync(LOG_SHIPPER, "utf8"))))).toContain("selector-mismatch");
  });

  it("exits when the editor goes away without saying so (its stdin closes)", async () => {
    const other = await startClient(workspace);
    other.client.child.stdin!.end();
    expect(await other.client.exited).toBe(1);
  });

  it("shuts down and exits with 0 when asked", async () => {
    await client.connection.sendRequest(ShutdownRequest.type);
    await client.connection.sendNotification(ExitNotification.type);
    expect(await client.exited).toBe(0);
  });
});
