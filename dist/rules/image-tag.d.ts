declare const _default: import("../src/rules/types.js").Rule<{
    mutableTags: string[];
}, unknown>;
export default _default;
