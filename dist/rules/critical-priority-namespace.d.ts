declare const _default: import("../src/rules/types.js").Rule<{
    namespaces: string[];
}, unknown>;
export default _default;
