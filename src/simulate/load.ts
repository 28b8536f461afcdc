/**
 * Reading inventories from files for the command line and `check --nodes`:
 * JSON is read selectively from its bytes (inventory-json.ts), YAML through
 * the manifest loader; problems come back with their file:line:column.
 */
import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { describeFsError, displayPath, EMPTY_STDIN_MESSAGE, expandPaths, isEmptyStdin, readInput, type UnmatchedPath } from "../load/files.js";
import { identifyObject } from "../load/identify.js";
import { parseManifests } from "../load/parse.js";
import { describeSource, SourceFinder } from "../load/sources.js";
import type { ManifestObject } from "../load/types.js";
import { formatPath } from "../path.js";
import { nodesFromJson, podsFromJson } from "./inventory-json.js";
import { nodesFromObjects, podsFromObjects, type InventoryNode, type InventoryPod, type InventoryProblem } from "./inventory.js";

/** One problem with an inventory file, as one line: `nodes.yaml:12:7: message`. */
export interface InventoryError {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

export function formatInventoryError(e: InventoryError): string {
  return `${e.file}${e.line ? `:${e.line}:${e.column ?? 1}` : ""}: ${e.message}`;
}

export interface InventorySource {
  /** The name to report. */
  name: string;
  /** Read from disk, or given (stdin). */
  path?: string;
  text?: string;
}

const looksLikeJson = (text: string): boolean => /^\s*[[{]/.test(text);

function readBytes(source: InventorySource): Buffer | InventoryError {
  if (source.text !== undefined) return Buffer.from(source.text, "utf8");
  try {
    if (statSync(source.path!).isDirectory()) return { file: source.name, message: "is a folder; give the inventory file" };
    return readFileSync(source.path!);
  } catch (err) {
    return { file: source.name, message: describeFsError(err) };
  }
}

/** Positions for problems: YAML objects know theirs; for JSON read selectively, the file is parsed again only when something is wrong. */
function place(source: InventorySource, bytes: Buffer, objects: readonly ManifestObject[] | undefined, problems: readonly InventoryProblem[]): InventoryError[] {
  if (problems.length === 0) return [];
  let located = objects;
  if (!located && bytes.length < 64 * 1024 * 1024) located = parseManifests(bytes.toString("utf8"), source.name).objects;
  return problems.map((p) => {
    // YAML problems are relative to each object; JSON ones to the whole document, whose List items are objects of their own.
    const object = objects ? objects[p.index] : located?.find((o) => o.basePath.every((segment, i) => p.path[i] === segment));
    const range = object?.locate(objects ? p.path : p.path.slice(object.basePath.length));
    const error: InventoryError = { file: source.name, message: p.path.length ? `${formatPath(p.path)}: ${p.message}` : p.message };
    if (range) {
      error.line = range.line;
      error.column = range.column;
    }
    return error;
  });
}

function loadYaml(source: InventorySource, bytes: Buffer): { objects: ManifestObject[]; errors: InventoryError[] } {
  const loaded = parseManifests(bytes.toString("utf8"), source.name);
  return {
    objects: loaded.objects,
    errors: loaded.findings.map((f) => ({ file: source.name, line: f.line, column: f.column, message: f.message })),
  };
}

export function loadNodes(sources: readonly InventorySource[]): { nodes: InventoryNode[]; errors: InventoryError[] } {
  const nodes: InventoryNode[] = [];
  const errors: InventoryError[] = [];
  for (const source of sources) {
    const bytes = readBytes(source);
    if (!Buffer.isBuffer(bytes)) {
      errors.push(bytes);
      continue;
    }
    const text = bytes.subarray(0, 64).toString("utf8");
    if (looksLikeJson(text)) {
      const inventory = nodesFromJson(bytes);
      nodes.push(...inventory.nodes);
      errors.push(...place(source, bytes, undefined, inventory.problems));
    } else {
      const yaml = loadYaml(source, bytes);
      errors.push(...yaml.errors);
      const inventory = nodesFromObjects(yaml.objects.map((o) => o.value));
      nodes.push(...inventory.nodes);
      errors.push(...place(source, bytes, yaml.objects, inventory.problems));
    }
  }
  const seen = new Set<string>();
  for (const node of nodes) {
    if (seen.has(node.name)) errors.push({ file: sources.map((s) => s.name).join(", "), message: `node "${node.name}" appears twice in the inventory` });
    seen.add(node.name);
  }
  return { nodes, errors };
}

export function loadPods(source: InventorySource): { pods: InventoryPod[]; errors: InventoryError[] } {
  const bytes = readBytes(source);
  if (!Buffer.isBuffer(bytes)) return { pods: [], errors: [bytes] };
  if (looksLikeJson(bytes.subarray(0, 64).toString("utf8"))) {
    const inventory = podsFromJson(bytes);
    return { pods: inventory.pods, errors: place(source, bytes, undefined, inventory.problems) };
  }
  const yaml = loadYaml(source, bytes);
  const inventory = podsFromObjects(yaml.objects.map((o) => o.value));
  return { pods: inventory.pods, errors: [...yaml.errors, ...place(source, bytes, yaml.objects, inventory.problems)] };
}

export function inventorySource(name: string, cwd: string, stdinText?: string): InventorySource {
  if (name === "-") return { name: "<stdin>", text: stdinText ?? "" };
  return { name, path: resolve(cwd, name) };
}

export interface ManifestDaemonSet {
  file: string;
  value: Record<string, unknown>;
  key: string;
}

/**
 * The apps/v1 DaemonSets in manifest paths (files, folders, globs, - for
 * stdin), and the Node objects among them, which can serve as inventory.
 * `unmatched`: the paths that gave nothing to read (empty stdin included),
 * for the caller to reject.
 * Files of Helm charts and kustomizations are left out, with a note for
 * each chart or kustomization (load/sources.ts).
 */
export function loadDaemonSets(
  paths: readonly string[],
  options: { cwd: string; stdin?: { text: string; filename?: string } },
): { daemonSets: ManifestDaemonSet[]; nodeObjects: unknown[]; errors: InventoryError[]; unmatched: UnmatchedPath[]; notes: string[] } {
  const { inputs, problems, unmatched } = expandPaths(paths, { cwd: options.cwd });
  if (paths.includes("-")) {
    const text = options.stdin?.text ?? "";
    if (isEmptyStdin(text)) unmatched.unshift({ path: "-", message: EMPTY_STDIN_MESSAGE });
    inputs.unshift({ name: options.stdin?.filename ?? "<stdin>", text });
  }
  const errors: InventoryError[] = problems.map((p) => ({ file: p.name, message: p.message }));
  const daemonSets: ManifestDaemonSet[] = [];
  const nodeObjects: unknown[] = [];
  const notes = new Map<string, string>();
  const sources = new SourceFinder();
  for (const input of inputs) {
    const source = input.absolutePath !== undefined && input.text === undefined ? sources.sourceOf(input.absolutePath)?.source : undefined;
    if (source) {
      const dir = source.dir === resolve(options.cwd) ? "." : displayPath(options.cwd, source.dir);
      const { message, fix } = describeSource(source, dir, "simulate");
      notes.set(source.file, `${displayPath(options.cwd, source.file)}: ${message}; ${fix}`);
      continue;
    }
    const read = readInput(input);
    if ("problem" in read) {
      errors.push({ file: input.name, message: read.problem });
      continue;
    }
    const loaded = parseManifests(read.text, input.name);
    errors.push(...loaded.findings.filter((f) => f.severity === "error").map((f) => ({ file: f.file, line: f.line, column: f.column, message: f.message })));
    for (const object of loaded.objects) {
      const { role, problems: typeProblems } = identifyObject(object.value);
      if (role.role === "daemonset") {
        const value = object.value as Record<string, unknown>;
        daemonSets.push({ file: input.name, value, key: daemonSetKey(value) });
      } else if (role.role === "node") {
        nodeObjects.push(object.value);
      } else if (role.role === "unservable") {
        const at = object.locate(typeProblems[0]?.path ?? []);
        errors.push({ file: input.name, line: at.line, column: at.column, message: typeProblems[0]?.message ?? "not an apps/v1 DaemonSet" });
      }
    }
  }
  return { daemonSets, nodeObjects, errors, unmatched, notes: [...notes.values()] };
}

/** `namespace/name`: how DaemonSets of two manifest versions are matched. */
export function daemonSetKey(value: unknown): string {
  const meta = (value as { metadata?: { name?: unknown; namespace?: unknown } }).metadata ?? {};
  return `${typeof meta.namespace === "string" ? meta.namespace : ""}/${typeof meta.name === "string" ? meta.name : ""}`;
}
