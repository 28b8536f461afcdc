/**
 * Reading inventories from files for the command line and `check --nodes`:
 * JSON is read selectively from its bytes (inventory-json.ts), YAML through
 * the manifest loader; problems come back with their file:line:column.
 */
import { largeRun } from "../modules.js";
import { underBase } from "../fix/edits.js";
import { statSync } from "node:fs";
import { relative, resolve } from "node:path";
import { expandInputs, expandPaths, MAX_FILE_BYTES, readInput } from "../load/files.js";
import { describeBytes, readRegularFile } from "../load/fs-errors.js";
import { identifyObject } from "../load/identify.js";
import { parseManifests, readManifests } from "../load/parse.js";
import { appendAll } from "../values.js";
import { markTemplateSources } from "../load/sources.js";
import { UsageError } from "../options.js";
import { formatPath } from "../path.js";
import { nodesFromJson, podsFromJson } from "./inventory-json.js";
import { collectAll, isListDocument, nodesFromObjects, podCollector } from "./inventory.js";
import { priorityClassFromObject } from "../k8s/priority.js";
import { firstApiError } from "../validate/index.js";
export function formatInventoryError(e) {
    return `${e.file}${e.line ? `:${e.line}:${e.column ?? 1}` : ""}: ${e.message}`;
}
const looksLikeJson = (text) => /^\s*[[{]/.test(text);
const isJson = (bytes) => looksLikeJson(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 64)).toString("utf8"));
/**
 * A YAML inventory is parsed whole, as a manifest is: some 35 times its size
 * in memory (a 34 MB `kubectl get nodes -o yaml` takes 1.2 GB), so it has a
 * manifest's limit.
 */
export const MAX_YAML_INVENTORY_BYTES = MAX_FILE_BYTES;
/** JSON is read selectively from its bytes (inventory-json.ts), so a far larger one is read. */
export const MAX_JSON_INVENTORY_BYTES = 2 * 1024 * 1024 * 1024;
/**
 * The most text read from stdin for an inventory: JSON, as one JavaScript
 * string, which holds at most 512 MiB.
 */
export const MAX_STDIN_INVENTORY_BYTES = 500 * 1024 * 1024;
function inventoryLimit(head) {
    return isJson(head) ? MAX_JSON_INVENTORY_BYTES : MAX_YAML_INVENTORY_BYTES;
}
function tooLarge(limit, jsonLimit = MAX_JSON_INVENTORY_BYTES) {
    return limit >= jsonLimit
        ? `the inventory is larger than ${describeBytes(limit)}; not read`
        : `a YAML inventory larger than ${describeBytes(limit)} is not read (parsing it takes some 35 times its size in memory); save it as JSON (kubectl get nodes -o json), which is read up to ${describeBytes(jsonLimit)}`;
}
/**
 * An inventory's bytes, or why there are none: a file that cannot be read
 * (missing, a folder, a FIFO or device, larger than its limit) is a mistake
 * in the command or configuration, not a problem of the input.
 */
function readBytes(source) {
    if (source.text !== undefined) {
        const bytes = Buffer.from(source.text, "utf8");
        const limit = inventoryLimit(bytes);
        return bytes.length > limit ? { fatal: `${source.name}: ${tooLarge(limit, MAX_STDIN_INVENTORY_BYTES)}` } : bytes;
    }
    const read = readRegularFile(source.path, inventoryLimit);
    if ("bytes" in read)
        return Buffer.from(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength);
    if (read.tooLarge)
        return { fatal: `${source.name}: ${tooLarge(read.limit)}` };
    return { fatal: `${source.name}: ${read.folder ? "is a folder; give the inventory file" : read.problem}` };
}
/** Positions for problems: YAML objects know theirs; for JSON read selectively, the file is parsed again only when something is wrong. */
function place(source, bytes, objects, problems) {
    if (problems.length === 0)
        return [];
    let located = objects;
    // The positions of a JSON inventory's problems come from parsing it again, only as far as a manifest would be.
    if (!located && bytes.length <= MAX_FILE_BYTES)
        located = parseManifests(bytes.toString("utf8"), source.name).objects;
    return problems.map((p) => {
        // YAML problems are relative to each object; JSON ones to the whole document, whose List items are objects of their own.
        const object = objects ? objects[p.index] : located?.find((o) => o.basePath.every((segment, i) => p.path[i] === segment));
        // The path is worded from the object, as the position is: a List's item is its own object. Without a position, the whole path.
        const path = objects || !object ? p.path : p.path.slice(object.basePath.length);
        const range = object?.locate(path);
        const error = { file: source.name, message: path.length ? `${formatPath(path)}: ${p.message}` : p.message };
        if (range) {
            error.line = range.line;
            error.column = range.column;
        }
        return error;
    });
}
function loadYaml(source, bytes) {
    // Every document decoded, whatever its kind: a ConfigMap among Nodes is reported, not skipped as a manifest's would be.
    const loaded = parseManifests(bytes.toString("utf8"), source.name, { wholeDocuments: true });
    // The items of a List are objects of their own, their problems placed and worded from the item.
    const objects = loaded.objects.flatMap((o) => {
        if (!isListDocument(o.value) || !Array.isArray(o.value.items))
            return [o];
        return o.value.items.map((item, i) => {
            const base = ["items", i];
            return { ...o, basePath: base, value: item, locate: (path, onKey) => o.locate([...base, ...path], onKey), scalar: (path) => o.scalar([...base, ...path]), edits: (edits) => o.edits(edits.map((e) => underBase(base, e))) };
        });
    });
    return {
        objects,
        errors: loaded.findings.filter((f) => f.severity === "error").map((f) => ({ file: source.name, line: f.line, column: f.column, message: f.message })),
    };
}
/**
 * Reads node inventories. Problems that leave the rest usable (a node
 * without a name, a taint that is not an object, a YAML error in one
 * document) come back as `errors`; an inventory that cannot be read, or in
 * which no node is usable, is a mistake in the command or configuration and
 * throws a UsageError, one line per problem, the last saying why.
 */
/** Nodes that make a large run (src/modules.ts largeRun). */
const LARGE_INVENTORY = 5000;
export function loadNodes(sources) {
    const nodes = [];
    const errors = [];
    const fatal = [];
    for (const source of sources) {
        const bytes = readBytes(source);
        if (!Buffer.isBuffer(bytes)) {
            fatal.push(bytes.fatal);
            continue;
        }
        const found = [];
        const problems = [];
        let objects = 0;
        if (isJson(bytes)) {
            const inventory = nodesFromJson(bytes);
            found.push(...inventory.nodes);
            problems.push(...place(source, bytes, undefined, inventory.problems));
            objects = inventory.nodes.length + inventory.problems.length;
        }
        else {
            const yaml = loadYaml(source, bytes);
            problems.push(...yaml.errors);
            const inventory = nodesFromObjects(yaml.objects.map((o) => o.value));
            found.push(...inventory.nodes);
            problems.push(...place(source, bytes, yaml.objects, inventory.problems));
            objects = yaml.objects.length;
        }
        if (found.length === 0) {
            const why = problems.length > 0 ? "" : objects === 0 ? ": it holds no object" : ": it holds no Node object";
            if (problems.length === 1)
                fatal.push(`${formatInventoryError(problems[0])}; so the inventory holds no usable node`);
            else
                fatal.push(...problems.map(formatInventoryError), `${source.name}: the inventory holds no usable node${why}`);
            continue;
        }
        nodes.push(...found);
        errors.push(...problems);
    }
    if (fatal.length > 0)
        throw new UsageError(fatal.join("\n"));
    if (nodes.length >= LARGE_INVENTORY)
        largeRun();
    const seen = new Set();
    for (const node of nodes) {
        if (seen.has(node.name))
            errors.push({ file: sources.map((s) => s.name).join(", "), message: `node "${node.name}" appears twice in the inventory` });
        seen.add(node.name);
    }
    return { nodes, errors };
}
/**
 * Reads the pods already on the nodes, with the PodDisruptionBudgets and
 * PriorityClasses among them, from one or more files: one input, so a
 * budget counts the pods of every file. A file that cannot be read throws a
 * UsageError, as for node inventories; problems inside it are `errors`.
 */
export function loadPods(sources) {
    const collector = podCollector();
    const errors = [];
    for (const source of Array.isArray(sources) ? sources : [sources]) {
        const bytes = readBytes(source);
        if (!Buffer.isBuffer(bytes))
            throw new UsageError(bytes.fatal);
        const before = collector.problems.length;
        if (isJson(bytes)) {
            podsFromJson(bytes, collector);
            errors.push(...place(source, bytes, undefined, collector.problems.slice(before)));
            continue;
        }
        const yaml = loadYaml(source, bytes);
        collectAll(yaml.objects.map((o) => o.value), collector);
        errors.push(...yaml.errors, ...place(source, bytes, yaml.objects, collector.problems.slice(before)));
    }
    return { ...collector.result(), errors };
}
export function inventorySource(name, cwd, stdinText) {
    if (name === "-")
        return { name: "<stdin>", text: stdinText ?? "" };
    return { name, path: resolve(cwd, name) };
}
/**
 * The node inventory named by --nodes or the configuration's `nodes` (files,
 * folders or globs; the configuration's relative to its folder), loaded once
 * for every file.
 */
export function placementInventory(options, run, cwd) {
    if ((options.nodes ?? []).length + run.config.nodes.length === 0)
        return undefined;
    const files = [
        ...inventorySources("--nodes", options.nodes ?? [], cwd).map((s) => s.path),
        ...inventorySources(`nodes of ${relative(cwd, run.config.file ?? run.config.dir) || "the configuration"}`, run.config.nodes, run.config.dir).map((s) => s.path),
    ];
    run.placement = true;
    // An editor checks on every pause in typing: read an unchanged inventory once.
    const key = `${cwd}\u0000${files.map((f) => `${f}@${modified(f)}`).join("\u0000")}`;
    let inventory = inventories.get(key);
    if (!inventory) {
        inventory = loadNodes(files.map((f) => ({ name: relative(cwd, f) || f, path: f })));
        inventories.clear();
        inventories.set(key, inventory);
    }
    return inventory;
}
const inventories = new Map();
function modified(file) {
    try {
        return statSync(file).mtimeMs;
    }
    catch {
        return -1;
    }
}
/**
 * The apps/v1 DaemonSets in manifest paths (files, folders, globs, - for
 * stdin), each with the API server's answer to it, and the Node and
 * PriorityClass objects among them: Nodes can serve as inventory.
 * `unmatched`: the paths that gave nothing to read (empty stdin included),
 * for the caller to reject.
 * Files of Helm charts and kustomizations are left out, with a note for
 * each chart or kustomization (load/sources.ts).
 */
export function loadDaemonSets(paths, options) {
    const { inputs, problems, unmatched } = expandInputs(paths, options);
    const errors = problems.map((p) => ({ file: p.name, message: p.message }));
    const daemonSets = [];
    const nodeObjects = [];
    const nodeFiles = [];
    const nodeFileObjects = [];
    const priorityClasses = [];
    const notes = [...markTemplateSources(inputs, options.cwd, "simulate").values()].map((f) => `${f.file}: ${f.message}; ${f.fix}`);
    for (const input of inputs) {
        if (input.templateSource)
            continue;
        const read = readInput(input);
        if ("problem" in read) {
            errors.push({ file: input.name, message: read.problem });
            continue;
        }
        const errorsBefore = errors.length;
        const daemonSetsBefore = daemonSets.length;
        const nodesBefore = nodeObjects.length;
        // Only the values are kept, not the objects' source maps.
        const loaded = readManifests(read.text, input.name, (object) => {
            const { role, problems: typeProblems } = identifyObject(object.value);
            if (role.role === "daemonset") {
                const value = object.value;
                daemonSets.push({ file: input.name, value, key: daemonSetKey(value), rejection: rejectionAt(object, options.kubernetesVersion) });
            }
            else if (role.role === "node") {
                nodeObjects.push(object.value);
            }
            else if (role.role === "priorityclass") {
                const priorityClass = priorityClassFromObject(object.value);
                if (priorityClass)
                    priorityClasses.push(priorityClass);
            }
            else if (role.role === "unservable") {
                const at = object.locate(typeProblems[0]?.path ?? []);
                errors.push({ file: input.name, line: at.line, column: at.column, message: typeProblems[0]?.message ?? "not an apps/v1 DaemonSet" });
            }
        });
        // The reading's errors first, as they were found first.
        const objectErrors = errors.splice(errorsBefore);
        for (const f of loaded.findings)
            if (f.severity === "error")
                errors.push({ file: f.file, line: f.line, column: f.column, message: f.message });
        appendAll(errors, objectErrors);
        if (nodeObjects.length > nodesBefore && daemonSets.length === daemonSetsBefore) {
            nodeFiles.push(input.name);
            appendAll(nodeFileObjects, nodeObjects.slice(nodesBefore));
        }
    }
    return { daemonSets, nodeObjects, nodeFiles, nodeFileObjects, priorityClasses, errors, unmatched, notes };
}
/** The API validation `dslint check` runs (src/validate), its first error placed in the manifest. */
function rejectionAt(object, kubernetesVersion) {
    const error = firstApiError(object.value, { kubernetesVersion });
    if (!error)
        return null;
    const at = object.locate(error.path);
    return { field: error.field, message: error.message, line: at.line, column: at.column, errors: error.errors };
}
/**
 * The files an inventory option names: files, folders (their YAML and JSON
 * files, recursively) and globs, as manifest paths are expanded; `-` is
 * stdin. A path that gives no file, and one that cannot be read, is a
 * mistake in the command: a UsageError, one line each, starting with `label`
 * (the option: `--nodes`).
 */
export function inventorySources(label, paths, cwd, stdinText) {
    const sources = [];
    const fatal = [];
    for (const path of paths) {
        if (path === "-") {
            sources.push(inventorySource(path, cwd, stdinText));
            continue;
        }
        let expanded;
        try {
            expanded = expandPaths([path], { cwd });
        }
        catch (error) {
            if (!(error instanceof UsageError))
                throw error;
            fatal.push(...error.message.split("\n").map((line) => `${label}: ${line}`));
            continue;
        }
        for (const u of expanded.unmatched)
            fatal.push(`${label}: ${u.message}`);
        for (const p of expanded.problems)
            fatal.push(`${label}: ${p.name}: ${p.message}`);
        for (const input of expanded.inputs)
            sources.push({ name: input.name, path: input.absolutePath });
    }
    if (fatal.length > 0)
        throw new UsageError(fatal.join("\n"));
    return sources;
}
/** `namespace/name`: how DaemonSets of two manifest versions are matched. */
export function daemonSetKey(value) {
    const meta = value.metadata ?? {};
    return `${typeof meta.namespace === "string" ? meta.namespace : ""}/${typeof meta.name === "string" ? meta.name : ""}`;
}
