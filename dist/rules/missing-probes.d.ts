declare const _default: import("../src/rules/types.js").Rule<{
    readiness: boolean;
    liveness: boolean;
}, unknown>;
export default _default;
