/**
 * dslint's programmatic API (the npm package daemonset-lint). The CLI is
 * built on exactly these functions.
 *
 *   import { check } from "daemonset-lint";
 *   const { findings, summary } = await check(["manifests/"], { kubernetesVersion: "1.30" });
 */
export { check, checkText } from "./check.js";
export { getFormatter, FORMAT_NAMES } from "./report/index.js";
export { KNOWN_VERSIONS, DEFAULT_VERSION } from "./k8s/versions.js";
export { UsageError } from "./options.js";
export { simulate, simulateChange } from "./simulate/api.js";
export { diffSimulations } from "./simulate/diff.js";
export { nodesFromObjects, podsFromObjects, } from "./simulate/inventory.js";
