import { checkOptions, describeValue, PARSE_FIRST } from "../api-arguments.js";
import { formatPath } from "../path.js";
import { isRecord } from "../values.js";
import {
  isInventoryNode,
  isInventoryPod,
  isListDocument,
  nodesFromObjects,
  podsFromObjects,
  type InventoryNode,
  type InventoryPod,
  type InventoryProblem,
  type NodeInventory,
  type PodInventory,
} from "./inventory.js";
import { simulateOnInventory } from "./simulate.js";
import type { DaemonSetSimulation } from "./types.js";

/** Nodes or pods as `simulate` takes them. */
export type InventoryInput<Normalised> = readonly unknown[] | Normalised | Readonly<Record<string, unknown>>;

export interface SimulationOptions {
  /**
   * Pods already bound to the nodes, taken like `nodes`: parsed Pod objects,
   * `List`/`PodList` objects, or what `podsFromObjects` returned.
   */
  pods?: InventoryInput<PodInventory>;
}

/**
 * The programmatic simulation: a parsed DaemonSet and the nodes, as parsed
 * Node objects (`kubectl get nodes -o json` items), whole `List`/`NodeList`
 * objects (alone or in the array), or what `nodesFromObjects` returned; and
 * optionally the pods already bound to them. Returns the per-node placement
 * with reasons, exactly as `dslint simulate --format json` prints it per
 * DaemonSet. Objects that are not usable Nodes are left out (see
 * `nodesFromObjects` for why); when none is usable, or an argument is not
 * what it should be, it throws a TypeError that says so.
 */
export function simulate(daemonSet: unknown, nodes: InventoryInput<NodeInventory>, options: SimulationOptions = {}): DaemonSetSimulation {
  checkDaemonSet(daemonSet);
  checkOptions("simulate", options, ["pods"]);
  const inventory = normalised(nodes, NODES);
  const pods = options.pods === undefined ? undefined : normalised(options.pods, PODS);
  return simulateOnInventory(daemonSet, inventory, pods ? { pods } : {});
}

function checkDaemonSet(value: unknown): void {
  // A manifest saved without kind is still accepted when it has a spec, as the simulate command does.
  if (isRecord(value) && (value.kind === "DaemonSet" || (value.kind === undefined && isRecord(value.spec)))) return;
  const hint = isListDocument(value) ? "; simulate its DaemonSet items one at a time" : "";
  throw new TypeError(`simulate: daemonSet must be a parsed DaemonSet object; got ${describeValue(value, PARSE_FIRST)}${hint}`);
}

interface Kind<T> {
  /** How the argument is named in messages. */
  argument: string;
  kind: "Node" | "Pod";
  /** The property of the normaliser's result that holds the items. */
  key: "nodes" | "pods";
  normaliser: string;
  isNormalised: (value: unknown) => value is T;
  normalise: (objects: readonly unknown[]) => { items: readonly T[]; problems: readonly InventoryProblem[] };
}

const NODES: Kind<InventoryNode> = {
  argument: "nodes",
  kind: "Node",
  key: "nodes",
  normaliser: "nodesFromObjects",
  isNormalised: isInventoryNode,
  normalise: (objects) => {
    const { nodes, problems } = nodesFromObjects(objects);
    return { items: nodes, problems };
  },
};

const PODS: Kind<InventoryPod> = {
  argument: "options.pods",
  kind: "Pod",
  key: "pods",
  normaliser: "podsFromObjects",
  isNormalised: isInventoryPod,
  normalise: (objects) => {
    const { pods, problems } = podsFromObjects(objects);
    return { items: pods, problems };
  },
};

/** The normalised nodes or pods from any of the accepted inputs. */
function normalised<T>(input: unknown, k: Kind<T>): readonly T[] {
  const wanted = `an array of parsed ${k.kind} objects, a ${k.kind}List, or what ${k.normaliser}() returned`;
  // What the normaliser returned: its items, already normalised.
  if (isRecord(input) && Array.isArray(input[k.key]) && Array.isArray(input.problems)) {
    const items = input[k.key] as unknown[];
    if (items.every(k.isNormalised)) return items;
    throw new TypeError(`simulate: ${k.argument} must be ${wanted}; got an object with ${k.key} and problems whose ${k.key} are not from ${k.normaliser}()`);
  }
  let objects: readonly unknown[];
  if (Array.isArray(input)) objects = input;
  else if (isRecord(input) && (input.kind === k.kind || isListDocument(input))) objects = [input];
  else throw new TypeError(`simulate: ${k.argument} must be ${wanted}; got ${describeValue(input, PARSE_FIRST)}`);
  const already = objects.filter(k.isNormalised).length;
  if (already > 0 && already === objects.length) return objects as readonly T[];
  if (already > 0) throw new TypeError(`simulate: ${k.argument} mixes items of ${k.normaliser}() with ${k.kind} objects; pass one or the other`);
  const { items, problems } = k.normalise(objects);
  // Some unusable objects among usable ones are left out, as documented; none usable at all is a mistake.
  if (items.length === 0 && problems.length > 0) {
    const first = problems[0]!;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : "";
    throw new TypeError(
      `simulate: no usable ${k.kind} in ${k.argument} (${k.argument}${formatPath([first.index, ...first.path])}: ${first.message}${more}); ${k.normaliser}(${k.argument}).problems lists every problem`,
    );
  }
  return items;
}
