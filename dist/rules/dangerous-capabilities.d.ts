declare const _default: import("../src/rules/types.js").Rule<{
    capabilities: readonly string[];
}, unknown>;
export default _default;
