export { evaluatePodSecurity, policyVersionOf } from "./evaluate.js";
export { PSS_CHECKS } from "./registry.js";
