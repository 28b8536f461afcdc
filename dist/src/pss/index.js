export { evaluatePodSecurity } from "./evaluate.js";
export { PSS_CHECKS } from "./registry.js";
export { LATEST_PSS_VERSION, parsePssVersion } from "./version.js";
