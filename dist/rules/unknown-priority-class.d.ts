import type { Anchor } from "../src/finding.js";
interface Fact {
    className: string;
    at: Anchor;
}
declare const _default: import("../src/rules/types.js").Rule<{
    requireDefinedInInput: boolean;
}, Fact>;
export default _default;
