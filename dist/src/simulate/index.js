/** The placement simulator: where a DaemonSet runs, node by node, and why. */
export { simulate } from "./simulate.js";
export { diffSimulations } from "./diff.js";
export { nodesFromObjects, podsFromObjects, } from "./inventory.js";
export { nodesFromJson, podsFromJson } from "./inventory-json.js";
export { readJsonItems, readJsonSelectively, JsonSyntaxError } from "./selective-json.js";
export { daemonPodOf } from "./daemonpod.js";
export { nodeShouldRunDaemonPod } from "./eligibility.js";
export { rolloutPlan } from "./rollout.js";
export { scaleIntOrPercent } from "../k8s/intstr.js";
export { formatDiffTable, formatSimulationTable, rolloutLines, } from "./format-table.js";
export { diffJson, formatDiffJson, formatSimulationJson, simulationJson } from "./format-json.js";
