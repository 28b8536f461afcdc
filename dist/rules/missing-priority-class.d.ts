declare const _default: import("../src/rules/types.js").Rule<{
    allowed: string[];
}, unknown>;
export default _default;
