declare const _default: import("../src/rules/types.js").Rule<{
    level: string;
    version: string;
}, unknown>;
export default _default;
