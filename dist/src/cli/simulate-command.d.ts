import type { Io } from "./main.js";
/** Above this many nodes, the table is grouped by node pool unless --by-node asks for every node. */
export declare const POOL_VIEW_NODES = 50;
export declare function runSimulate(argv: readonly string[], io: Io): Promise<number>;
