declare const _default: import("../src/rules/types.js").Rule<{
    allowNoControlPlane: boolean;
}, unknown>;
export default _default;
