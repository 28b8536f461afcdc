import { type ChangeByPool, type Escape, type PlacementByPool } from "./format-pools.js";
/** Text from the input as literal Markdown text: on one line, no markup, no HTML. */
export declare const markdownText: Escape;
/** The placement of every DaemonSet, grouped by node pool, as Markdown. */
export declare function placementMarkdownChunks(model: PlacementByPool): Generator<string>;
/** What a change does, grouped by node pool, as Markdown. */
export declare function changeMarkdownChunks(model: ChangeByPool): Generator<string>;
