import { type ReferenceOptions, type ReferenceFact } from "../src/rules/reference-check.js";
declare const _default: import("../src/rules/types.js").Rule<ReferenceOptions, ReferenceFact>;
export default _default;
