/** The placement simulator: where a DaemonSet runs, node by node, and why. */
export { simulate, type InventoryInput, type SimulationOptions } from "./api.js";
export { placementAt, placementsOf, simulatePlacements, type PlacementColumns, type SimulateOptions } from "./simulate.js";
export { diffSimulations } from "./diff.js";
export {
  nodesFromObjects,
  podsFromObjects,
  type InventoryNode,
  type InventoryPod,
  type InventoryProblem,
  type NodeInventory,
  type PodInventory,
} from "./inventory.js";
export { nodesFromJson, podsFromJson } from "./inventory-json.js";
export { readJsonItems, readJsonSelectively, JsonSyntaxError, type JsonShape } from "./selective-json.js";
export { daemonPodOf, type DaemonPod } from "./daemonpod.js";
export { nodeShouldRunDaemonPod, type Eligibility } from "./eligibility.js";
export { rolloutPlan } from "./rollout.js";
export { scaleIntOrPercent } from "../k8s/intstr.js";
export {
  diffTableChunks,
  formatDiffTable,
  formatSimulationTable,
  simulationTableChunks,
  rolloutLines,
  type DiffReport,
  type Paint,
  type SimulationReport,
  type TableOptions,
  type TableRole,
} from "./format-table.js";
export {
  diffJson,
  diffJsonChunks,
  formatDiffJson,
  formatSimulationJson,
  simulationJson,
  simulationJsonChunks,
  type DiffJson,
  type SimulationJson,
} from "./format-json.js";
export type * from "./types.js";
