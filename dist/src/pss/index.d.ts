export { evaluatePodSecurity } from "./evaluate.js";
export { PSS_CHECKS, type PssCheckInfo } from "./registry.js";
export { LATEST_PSS_VERSION, parsePssVersion } from "./version.js";
export type { PssCheckId, PssCheckLevel, PssFailure, PssLevel, PssPolicy } from "./types.js";
