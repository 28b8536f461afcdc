/**
 * dslint's programmatic API (the npm package daemonset-lint). The CLI is
 * built on exactly these functions.
 *
 *   import { check } from "daemonset-lint";
 *   const { findings, summary } = await check(["manifests/"], { kubernetesVersion: "1.30" });
 */
export { check, checkText } from "./check.js";
export type { CheckOptions } from "./config/run.js";
export type { ApiError, Finding, FieldErrorType, ObjectRef, Severity } from "./finding.js";
export type { CheckedFile, CheckResult, CheckSummary, Formatter, FormatOptions, RuleDescriptor } from "./report/types.js";
export { getFormatter, FORMAT_NAMES } from "./report/index.js";
export { KNOWN_VERSIONS, DEFAULT_VERSION } from "./k8s/versions.js";
export { UsageError } from "./options.js";
export { simulate, simulateChange, type InventoryInput, type SimulateChangeOptions, type SimulatedChange, type SimulationOptions } from "./simulate/api.js";
export type { DiffReport } from "./simulate/format-table.js";
export type { InventoryError } from "./simulate/load.js";
export { diffSimulations } from "./simulate/diff.js";
export {
  nodesFromObjects,
  podsFromObjects,
  type InventoryNode,
  type InventoryPod,
  type InventoryProblem,
  type NodeInventory,
  type PodInventory,
} from "./simulate/inventory.js";
export type { DaemonSetSimulation, NodePlacement, NodePlacementChange, Placement, PlacementReason, ReasonCode, SimulationDiff } from "./simulate/types.js";
