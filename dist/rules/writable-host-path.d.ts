declare const _default: import("../src/rules/types.js").Rule<{
    allowedPaths: readonly string[];
}, unknown>;
export default _default;
