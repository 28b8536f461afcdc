/** The placement simulator: where a DaemonSet runs, node by node, and why. */
export { simulate } from "./api.js";
export { placementAt, placementsOf, simulatePlacements } from "./simulate.js";
export { diffSimulations } from "./diff.js";
export { nodesFromObjects, podsFromObjects, } from "./inventory.js";
export { nodesFromJson, podsFromJson } from "./inventory-json.js";
export { readJsonItems, readJsonSelectively, JsonSyntaxError } from "./selective-json.js";
export { daemonPodOf } from "./daemonpod.js";
export { nodeShouldRunDaemonPod } from "./eligibility.js";
export { rolloutPlan } from "./rollout.js";
export { scaleIntOrPercent } from "../k8s/intstr.js";
export { diffTableChunks, formatDiffTable, formatSimulationTable, simulationTableChunks, rolloutLines, } from "./format-table.js";
export { diffJson, diffJsonChunks, formatDiffJson, formatSimulationJson, simulationJson, simulationJsonChunks, } from "./format-json.js";
