interface Options extends Record<string, unknown> {
    min?: string;
    max?: string;
    nodes?: number;
    largeCluster: number;
}
declare const _default: import("../src/rules/types.js").Rule<Options, unknown>;
export default _default;
