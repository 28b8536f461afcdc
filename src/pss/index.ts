export { evaluatePodSecurity, policyVersionOf } from "./evaluate.js";
export { PSS_CHECKS, type PssCheckInfo } from "./registry.js";
export type { PssCheckId, PssCheckLevel, PssFailure, PssLevel, PssPolicy } from "./types.js";
