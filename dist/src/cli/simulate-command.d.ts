import type { Io } from "./main.js";
export declare function runSimulate(argv: readonly string[], io: Io): Promise<number>;
