declare const _default: import("../src/rules/types.js").Rule<{
    requireCpuRequest: boolean;
    requireMemoryRequest: boolean;
    requireCpuLimit: boolean;
    requireMemoryLimit: boolean;
    initContainers: boolean;
}, unknown>;
export default _default;
