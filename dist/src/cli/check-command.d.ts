import type { Io } from "./main.js";
export declare function runCheck(argv: readonly string[], io: Io): Promise<number>;
