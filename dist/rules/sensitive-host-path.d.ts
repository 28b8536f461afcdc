declare const _default: import("../src/rules/types.js").Rule<{
    extraPaths: readonly string[];
    allowedPaths: readonly string[];
}, unknown>;
export default _default;
