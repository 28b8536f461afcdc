/**
 * Node and pod inventories: parsed `kubectl get nodes -o json|yaml` and
 * `kubectl get pods -A -o json` output, normalised once into the few facts
 * the simulation reads (labels, taints, allocatable in scheduler units; pod
 * requests and host ports), so many DaemonSets can be simulated against them.
 * Problems are returned as data; nothing here throws on bad input.
 */
import type { Path } from "../path.js";
import type { NodeView } from "../k8s/nodeaffinity.js";
import type { NodeLabels } from "../k8s/node-pools.js";
import { parseQuantity } from "../k8s/quantity.js";
import { podHostPorts, podRequests, schedulerAmount, type HostPort, type ResourceAmounts } from "../k8s/podresources.js";
import { taintFromObject, type Taint } from "../k8s/tolerations.js";
import { isOtherApiDaemonSet } from "../load/identify.js";
import { isRecord, scalarText } from "../values.js";

export interface InventoryProblem {
  /** Index of the object in the list given to `nodesFromObjects` / `podsFromObjects`. */
  index: number;
  /** Where in that object (`["items", 3, "status", "allocatable", "cpu"]`). */
  path: Path;
  message: string;
}

export interface InventoryNode extends NodeView {
  name: string;
  labels: NodeLabels;
  taints: readonly Taint[];
  /** `spec.unschedulable` (cordoned). Daemon pods tolerate it, so it never blocks them. */
  unschedulable: boolean;
  /**
   * `status.allocatable` in scheduler units; from `status.capacity` when
   * allocatable is missing (`SetDefaults_NodeStatus`). Undefined when the node
   * reports neither: resource and pod-count checks are then skipped. Nodes
   * with the same allocatable may share one map.
   */
  allocatable?: ReadonlyMap<string, number>;
  /** Where the node came from. */
  source: { index: number; path: Path };
}

export interface InventoryPod {
  namespace: string;
  name: string;
  /** `spec.nodeName`: the node the pod is bound to. */
  nodeName: string;
  /** `PodRequests` in scheduler units. */
  requests: ResourceAmounts;
  hostPorts: HostPort[];
  /** The name of the DaemonSet that controls the pod (controller ownerReference), if any. */
  daemonSet?: string;
}

export interface NodeInventory {
  nodes: InventoryNode[];
  problems: InventoryProblem[];
}

export interface PodInventory {
  pods: InventoryPod[];
  problems: InventoryProblem[];
}

/**
 * A node `nodesFromObjects` already normalised. Parsed YAML or JSON never
 * holds a function or a Map, so these cannot be taken for Node objects.
 */
export function isInventoryNode(value: unknown): value is InventoryNode {
  return isRecord(value) && typeof value.name === "string" && Array.isArray(value.taints) && typeof (value.labels as { get?: unknown } | undefined)?.get === "function";
}

/** A pod `podsFromObjects` already normalised. */
export function isInventoryPod(value: unknown): value is InventoryPod {
  return isRecord(value) && typeof value.nodeName === "string" && value.requests instanceof Map && Array.isArray(value.hostPorts);
}

const TAINT_EFFECTS = new Set(["NoSchedule", "PreferNoSchedule", "NoExecute"]);
const LIST_KINDS = new Set(["List", "NodeList", "PodList"]);

/** Whether a parsed document is a list whose `items` are the objects (`List`, `NodeList`, `PodList`). */
export function isListDocument(value: unknown): value is Record<string, unknown> {
  // `kind` is text from the input: anything but a string (a map with a `toString` key) is no list kind.
  return isRecord(value) && typeof value.kind === "string" && LIST_KINDS.has(value.kind);
}

/**
 * Calls `visit` for every object inside the inputs: plain objects, the items
 * of `List` / `NodeList` / `PodList`, and the elements of bare JSON arrays
 * (some tools save node lists that way).
 */
function forEachItem(
  objects: readonly unknown[],
  problems: InventoryProblem[],
  visit: (object: unknown, index: number, path: Path) => void,
): void {
  objects.forEach((object, index) => {
    if (Array.isArray(object)) {
      object.forEach((item, i) => visit(item, index, [i]));
    } else if (isListDocument(object)) {
      if (!Array.isArray(object.items)) {
        if (object.items !== undefined && object.items !== null) problems.push({ index, path: ["items"], message: "items must be a list" });
        return;
      }
      object.items.forEach((item, i) => visit(item, index, ["items", i]));
    } else {
      visit(object, index, []);
    }
  });
}

/** Checks kind and name; objects saved without apiVersion/kind (some support bundles) are accepted. */
function identify(
  object: unknown,
  kind: "Node" | "Pod",
  index: number,
  path: Path,
  problems: InventoryProblem[],
): { value: Record<string, unknown>; metadata: Record<string, unknown>; name: string } | undefined {
  if (!isRecord(object)) {
    problems.push({ index, path, message: `not a ${kind}: expected an object` });
    return undefined;
  }
  if (object.kind !== undefined && object.kind !== kind) {
    problems.push({ index, path: [...path, "kind"], message: `not a ${kind}: kind is ${shortText(object.kind)}` });
    return undefined;
  }
  const metadata = isRecord(object.metadata) ? object.metadata : {};
  const name = metadata.name;
  if (typeof name !== "string" || name === "") {
    const hint = typeof metadata.generateName === "string" ? ` (generateName ${shortText(metadata.generateName)} is only resolved by the API server)` : "";
    problems.push({ index, path: [...path, "metadata", "name"], message: `${kind} has no metadata.name${hint}; skipped` });
    return undefined;
  }
  return { value: object, metadata, name };
}

/**
 * Node quantities repeat across a fleet (one instance type, one allocatable),
 * so parsing is memoised per inventory: by quantity text, and by list object
 * for lists shared by the JSON reader, which then share one result.
 */
class AmountParser {
  private readonly quantities = new Map<string, number | null>();
  private readonly lists = new WeakMap<object, { amounts: ReadonlyMap<string, number>; invalid: [string, unknown][] }>();

  amounts(list: Record<string, unknown>, onInvalid: (resource: string, raw: unknown) => void): ReadonlyMap<string, number> {
    let parsed = this.lists.get(list);
    if (!parsed) {
      const amounts: ResourceAmounts = new Map();
      const invalid: [string, unknown][] = [];
      for (const resource of Object.keys(list)) {
        const raw = list[resource];
        const quantity = this.parse(raw);
        if (quantity === undefined) invalid.push([resource, raw]);
        else amounts.set(resource, schedulerAmount(resource, quantity));
      }
      parsed = { amounts, invalid };
      this.lists.set(list, parsed);
    }
    for (const [resource, raw] of parsed.invalid) onInvalid(resource, raw);
    return parsed.amounts;
  }

  private parse(raw: unknown): number | undefined {
    if (typeof raw !== "string") return parseQuantity(raw);
    let cached = this.quantities.get(raw);
    if (cached === undefined) {
      cached = parseQuantity(raw) ?? null;
      this.quantities.set(raw, cached);
    }
    return cached ?? undefined;
  }
}

/**
 * Labels kept as parsed, without copying them into a Map: a large inventory
 * has a million of them. Only own properties count, so a lookup for
 * `constructor` is not answered by the prototype; a value that is not a
 * string (a YAML `true` or `1`) reads as its text, as the API would store it.
 */
class ParsedLabels implements NodeLabels {
  constructor(private readonly labels: Readonly<Record<string, unknown>>) {}

  keys(): Iterable<string> {
    return Object.keys(this.labels);
  }

  get(key: string): string | undefined {
    if (!Object.hasOwn(this.labels, key)) return undefined;
    const value = this.labels[key];
    if (typeof value === "string") return value;
    // A YAML `key:` with nothing after it decodes into Go's map[string]string as "".
    return value === null ? "" : scalarText(value);
  }
}

const NO_LABELS: NodeLabels = new Map<string, string>();

/**
 * A value from the input, short, for a message: a string quoted (and cut),
 * a number or boolean as written, anything else by its type.
 */
export function shortText(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === "number" || typeof value === "boolean" || value === null) return String(value);
  return Array.isArray(value) ? "a list" : isRecord(value) ? "a map" : typeof value;
}

/**
 * The node's labels. What the API server could not hold is said, not
 * dropped in silence: labels that are not a map are ignored, and so is a
 * label whose value is a list or a map; a number or boolean (`zone: 1`,
 * which YAML reads as a number) is read as its text but reported, since
 * label values are strings and kubectl would refuse it.
 */
function readLabels(metadata: Record<string, unknown>, index: number, path: Path, problems: InventoryProblem[]): NodeLabels {
  const labels = metadata.labels;
  if (labels === undefined || labels === null) return NO_LABELS;
  if (!isRecord(labels)) {
    problems.push({ index, path: [...path, "metadata", "labels"], message: `labels must be a map of label names to values, not ${shortText(labels)}; ignored` });
    return NO_LABELS;
  }
  for (const key of Object.keys(labels)) {
    const value = labels[key];
    if (typeof value === "string" || value === null) continue;
    const at: Path = [...path, "metadata", "labels", key];
    if (typeof value === "number" || typeof value === "boolean") {
      problems.push({ index, path: at, message: `label value ${String(value)} is a ${typeof value}, not a string; read as "${String(value)}" (quote it)` });
    } else {
      problems.push({ index, path: at, message: `label value is ${shortText(value)}, not a string; the label is ignored` });
    }
  }
  return new ParsedLabels(labels);
}

function readTaints(spec: Record<string, unknown>, index: number, path: Path, problems: InventoryProblem[]): Taint[] {
  if (spec.taints === undefined || spec.taints === null) return [];
  if (!Array.isArray(spec.taints)) {
    problems.push({ index, path: [...path, "spec", "taints"], message: `taints must be a list, not ${shortText(spec.taints)}; ignored` });
    return [];
  }
  const taints: Taint[] = [];
  spec.taints.forEach((raw, i) => {
    const taint = taintFromObject(raw);
    const at: Path = [...path, "spec", "taints", i];
    if (!taint) {
      problems.push({ index, path: at, message: "taint must be an object; ignored" });
      return;
    }
    for (const field of ["key", "value", "effect"] as const) {
      const given = (raw as Record<string, unknown>)[field];
      if (given === undefined || given === null || typeof given === "string") continue;
      const read = typeof given === "number" || typeof given === "boolean" ? `read as "${String(given)}"` : "read as empty";
      problems.push({ index, path: [...at, field], message: `taint ${field} ${shortText(given)} is not a string; ${read}` });
    }
    if (!TAINT_EFFECTS.has(taint.effect)) {
      problems.push({ index, path: [...at, "effect"], message: `taint effect ${JSON.stringify(taint.effect)} is not NoSchedule, PreferNoSchedule or NoExecute` });
    }
    taints.push(taint);
  });
  return taints;
}

/** Normalises objects one at a time, for callers that produce them one by one. */
export interface InventoryCollector<T> {
  add(object: unknown, index: number, path: Path): void;
  /** Problems so far; problems about the input's own shape may be added here too. */
  problems: InventoryProblem[];
  result(): T;
}

/** Node normalisation with the state it needs across nodes: names seen, parsed quantities. */
export function nodeCollector(): InventoryCollector<NodeInventory> {
  const nodes: InventoryNode[] = [];
  const problems: InventoryProblem[] = [];
  const seen = new Set<string>();
  const parser = new AmountParser();
  const add = (object: unknown, index: number, path: Path): void => {
    const found = identify(object, "Node", index, path, problems);
    if (!found) return;
    const { value, metadata, name } = found;
    if (seen.has(name)) {
      problems.push({ index, path: [...path, "metadata", "name"], message: `node "${name}" appears more than once; the later one is skipped` });
      return;
    }
    seen.add(name);
    const spec = isRecord(value.spec) ? value.spec : {};
    const status = isRecord(value.status) ? value.status : {};
    const listName = isRecord(status.allocatable) ? "allocatable" : isRecord(status.capacity) ? "capacity" : undefined;
    const node: InventoryNode = {
      name,
      labels: readLabels(metadata, index, path, problems),
      taints: readTaints(spec, index, path, problems),
      unschedulable: spec.unschedulable === true,
      source: { index, path },
    };
    if (listName) {
      node.allocatable = parser.amounts(status[listName] as Record<string, unknown>, (resource, raw) =>
        problems.push({
          index,
          path: [...path, "status", listName, resource],
          message: `${listName} ${resource} ${JSON.stringify(raw)} is not a valid quantity; counted as 0`,
        }),
      );
    }
    nodes.push(node);
  };
  return { add, problems, result: () => ({ nodes, problems }) };
}

/**
 * Normalises parsed Node objects (single Nodes, `List`/`NodeList` items, bare
 * arrays). Objects that are not Nodes, nodes without a name and repeated names
 * are skipped with a problem; unparsable allocatable quantities are reported
 * and left out (counting as 0, as a missing resource does for the scheduler).
 */
export function nodesFromObjects(objects: readonly unknown[]): NodeInventory {
  return collectAll(objects, nodeCollector());
}

function collectAll<T>(objects: readonly unknown[], collector: InventoryCollector<T>): T {
  forEachItem(objects, collector.problems, collector.add);
  return collector.result();
}

/**
 * The DaemonSet that controls a pod, from its controller ownerReference (the
 * controller writes `apps/v1`; a custom resource's DaemonSet, such as
 * OpenKruise's, is another controller).
 */
function owningDaemonSet(metadata: Record<string, unknown>): string | undefined {
  if (!Array.isArray(metadata.ownerReferences)) return undefined;
  for (const ref of metadata.ownerReferences) {
    if (!isRecord(ref) || ref.kind !== "DaemonSet" || ref.controller !== true || typeof ref.name !== "string") continue;
    if (typeof ref.apiVersion === "string" && !isOtherApiDaemonSet(ref.apiVersion)) return ref.name;
  }
  return undefined;
}

/**
 * Pod normalisation. Only pods that occupy a node count: bound
 * (`spec.nodeName` set) and not terminal (phase neither Succeeded nor
 * Failed), as the scheduler's NodeInfo holds them.
 */
export function podCollector(): InventoryCollector<PodInventory> {
  const pods: InventoryPod[] = [];
  const problems: InventoryProblem[] = [];
  const add = (object: unknown, index: number, path: Path): void => {
    const found = identify(object, "Pod", index, path, problems);
    if (!found) return;
    const { value, metadata, name } = found;
    const spec = isRecord(value.spec) ? value.spec : {};
    const status = isRecord(value.status) ? value.status : {};
    if (typeof spec.nodeName !== "string" || spec.nodeName === "") return;
    if (status.phase === "Succeeded" || status.phase === "Failed") return;
    const pod: InventoryPod = {
      namespace: typeof metadata.namespace === "string" ? metadata.namespace : "default",
      name,
      nodeName: spec.nodeName,
      requests: podRequests(spec, { defaultRequestsFromLimits: true }),
      hostPorts: podHostPorts(spec),
    };
    const daemonSet = owningDaemonSet(metadata);
    if (daemonSet !== undefined) pod.daemonSet = daemonSet;
    pods.push(pod);
  };
  return { add, problems, result: () => ({ pods, problems }) };
}

/** Normalises parsed Pod objects (`kubectl get pods -A -o json`); see `podCollector`. */
export function podsFromObjects(objects: readonly unknown[]): PodInventory {
  return collectAll(objects, podCollector());
}
