import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Diagnostic } from "vscode-languageserver/node";
import { checkText } from "../check.js";
import { emptyConfig } from "../config/config.js";
import type { Finding } from "../finding.js";
import { SourceFinder } from "../load/sources.js";
import { DEFAULT_VERSION } from "../k8s/versions.js";
import type { ConfigResolver, DocumentSettings } from "./configs.js";
import { hasByteOrderMark, isManifestDocument, toDiagnostic } from "./diagnostics.js";

/** One check of one version of a document. */
export interface LintResult {
  version: number;
  findings: Finding[];
  diagnostics: Diagnostic[];
}

/**
 * A flawed DaemonSet checked at start-up, so that the first real document
 * does not pay for importing the schema validators, reading the schema used
 * to explain errors, and compiling the checks: it reaches most of them.
 */
const WARM_UP = `apiVersion: apps/v1
kind: DaemonSet
metadata: {name: warm-up}
spec:
  selector: {matchLabels: {app: a}}
  updateStrategy: {rollingUpdate: {maxSurge: 1}}
  template:
    metadata: {labels: {app: b}}
    spec:
      priorityClassName: none
      tolerations: [{key: node-role.kubernetes.io/master, effect: NoSchedule}, {operator: Exists}]
      hostNetwork: true
      containers:
        - name: a
          image: "a:latest"
          imagePulPolicy: Always
          env: [{name: A, value: yes}, {name: TOKEN, value: b}]
          ports: [{containerPort: 80, hostPort: 80}]
          resources: {requests: {cpu: 200m, memory: 1MB}, limits: {cpu: 100m}}
          securityContext: {privileged: true, capabilities: {add: [SYS_ADMIN]}}
          livenessProbe: {httpGet: {port: 80}}
          volumeMounts: [{name: root, mountPath: /host}, {name: none, mountPath: /x}]
      volumes: [{name: root, hostPath: {path: /}}]
`;

/** Enough runs for V8 to optimise the checks' hot functions: the first checks of a real file then take about a third less time. */
const WARM_UP_RUNS = 40;

/** Checks editor documents with dslint's programmatic API, in the document's workspace and configuration. */
export class DocumentLinter {
  private folders: string[] = [];

  constructor(readonly configs: ConfigResolver) {}

  setWorkspaceFolders(uris: readonly string[]): void {
    this.folders = uris.filter((u) => u.startsWith("file:")).map((u) => fileURLToPath(u));
  }

  /** The file a document is (for its configuration); an unsaved buffer belongs to the first workspace folder. */
  pathOf(doc: Pick<TextDocument, "uri">): string {
    if (doc.uri.startsWith("file:")) return fileURLToPath(doc.uri);
    return join(this.folders[0] ?? process.cwd(), "untitled.yaml");
  }

  isManifest(doc: TextDocument): boolean {
    return isManifestDocument(this.pathOf(doc), doc.languageId, doc.getText());
  }

  /** Undefined for a document dslint leaves alone: not a manifest, or ignored by the configuration. */
  async lint(doc: TextDocument): Promise<LintResult | undefined> {
    if (!this.isManifest(doc)) return undefined;
    const path = this.pathOf(doc);
    const settings = this.configs.forDocument(path);
    if (this.configs.isIgnored(settings.config, path)) return undefined;
    const text = doc.getText();
    const findings = await this.findings(text, path, settings);
    const bom = hasByteOrderMark(text);
    return { version: doc.version, findings, diagnostics: findings.map((f) => toDiagnostic(f, bom)) };
  }

  /**
   * The findings for `text` as if it were the document at `path` (code
   * actions check their edits with this). A file of a Helm chart or
   * kustomization gets what `dslint check` gives it: a template nothing, the
   * plain YAML a syntax check (looked up afresh: the files change as one edits).
   */
  async findings(text: string, path: string, settings: DocumentSettings = this.configs.forDocument(path)): Promise<Finding[]> {
    const source = new SourceFinder().sourceOf(resolve(path));
    if (source && !source.checkSyntax) return [];
    const cwd = this.cwdOf(path);
    const result = await checkText(text, relative(cwd, path) || path, {
      cwd,
      config: settings.config,
      kubernetesVersion: settings.kubernetesVersion,
      templateSource: source ? "syntax" : undefined,
      // Quick fixes offer them.
      suggestions: true,
    });
    return result.findings;
  }

  /**
   * Checks a flawed manifest for the newest version and each workspace
   * folder's, to load what checks need; then a few dozen times more, so the
   * checks' code is compiled before the first keystroke rather than during
   * the first minutes of typing. Each run waits for the editor's messages to be handled first (`yieldToEditor`).
   */
  async warmUp(yieldToEditor: () => Promise<void> = () => new Promise((resolve) => setImmediate(resolve))): Promise<void> {
    const path = join(this.folders[0] ?? process.cwd(), "warm-up.yaml");
    const versions = new Set([DEFAULT_VERSION, ...this.folders.map((f) => this.configs.forDocument(join(f, "warm-up.yaml")).kubernetesVersion)]);
    const runs = [...versions, ...Array<string>(WARM_UP_RUNS).fill(DEFAULT_VERSION)];
    for (const kubernetesVersion of runs) {
      await yieldToEditor();
      await this.findings(WARM_UP, path, { config: emptyConfig(process.cwd()), kubernetesVersion });
    }
  }

  /** Reported file names are relative to the workspace folder that holds the document, else to its own folder. */
  private cwdOf(path: string): string {
    const abs = resolve(path);
    let best: string | undefined;
    for (const folder of this.folders) {
      if ((abs === folder || abs.startsWith(folder.endsWith(sep) ? folder : folder + sep)) && (!best || folder.length > best.length)) best = folder;
    }
    return best ?? dirname(abs);
  }
}
