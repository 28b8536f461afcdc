import type { Io } from "./main.js";
export declare function runRules(argv: readonly string[], io: Io): Promise<number>;
export declare function runExplain(argv: readonly string[], io: Io): Promise<number>;
