import type { Anchor } from "../src/finding.js";
interface Fact {
    name: string;
    namespace?: string;
    /** The selector as written, converted again in checkAll (facts must be plain data). */
    selector: unknown;
    templateLabels: Record<string, string>;
    at: Anchor;
}
declare const _default: import("../src/rules/types.js").Rule<{
    acrossFiles: boolean;
}, Fact>;
export default _default;
