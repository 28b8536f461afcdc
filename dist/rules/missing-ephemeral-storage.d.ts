declare const _default: import("../src/rules/types.js").Rule<{}, unknown>;
export default _default;
