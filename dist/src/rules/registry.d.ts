import type { Rule } from "./types.js";
/** The bundled command line hands over its statically imported rules (scripts/bundle.ts). */
export declare function provideRules(rules: readonly Rule[]): void;
/** Every rule, sorted by id. Imported once, on first use. */
export declare function loadRules(): Promise<readonly Rule[]>;
