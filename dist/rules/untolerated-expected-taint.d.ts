interface Options extends Record<string, unknown> {
    expectedTaints: readonly {
        key: string;
        value?: string;
        effect: string;
    }[];
    presets: readonly string[];
}
declare const _default: import("../src/rules/types.js").Rule<Options, unknown>;
export default _default;
