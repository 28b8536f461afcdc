import { type ChangeByPool, type Escape, type PlacementByPool } from "./format-pools.js";
/** `&`, `<`, `>` and both quotes as character references: the text stays text in an element and in a quoted attribute. */
export declare function escapeHtml(text: string): string;
/** Text from the input as HTML text: control characters made visible, markup escaped. */
export declare const htmlText: Escape;
/** The placement of every DaemonSet, grouped by node pool, as an HTML page. */
export declare function placementHtmlChunks(model: PlacementByPool): Generator<string>;
/** What a change does, grouped by node pool, as an HTML page. */
export declare function changeHtmlChunks(model: ChangeByPool): Generator<string>;
