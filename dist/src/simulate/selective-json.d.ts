/**
 * Reads only the parts of a large JSON document that a shape asks for.
 *
 * `kubectl get nodes -o json` for a big cluster runs to hundreds of megabytes,
 * most of it images, conditions and managed fields that placement never reads;
 * past about 512 MB it cannot even be held as one JavaScript string. This
 * reader works on the bytes, materialises the fields the shape keeps (with
 * `JSON.parse` on their slice, so values are exactly what `JSON.parse` gives)
 * and steps over everything else, checking only its structure.
 */
import type { Path } from "../path.js";
/**
 * What to keep: `true` keeps the whole value; `"interned"` keeps it too, but
 * values with the same text are parsed once and returned as the same object
 * (a fleet repeats its allocatable lists; callers must not modify them); an
 * object keeps the listed keys of an object value (recursively) and, under
 * `"[]"`, each element of an array value with that shape. A value whose type
 * does not fit the shape is kept whole, so the consumer can report it.
 */
export type JsonShape = true | "interned" | {
    readonly [key: string]: JsonShape;
};
export declare class JsonSyntaxError extends Error {
    readonly offset: number;
    constructor(message: string, offset: number);
}
/** How `readJsonItems` found the document: a bare array, an object (whose `items` array may have been streamed), or a scalar. */
export type ItemsDocument = {
    form: "array";
} | {
    form: "object";
    value: Record<string, unknown>;
    streamed: boolean;
} | {
    form: "other";
    value: unknown;
};
/**
 * Parses a JSON document keeping only what `shape` asks for. Throws
 * `JsonSyntaxError` when the document is not JSON; inside skipped values only
 * the structure (strings, brackets) is checked.
 */
export declare function readJsonSelectively(bytes: Uint8Array, shape: JsonShape): unknown;
/**
 * Reads a document of many objects, handing each to `onItem` as soon as it
 * is read so that it can be turned into something smaller while the rest is
 * read: the elements of a bare array (path `[i]`), or of the `key` array of a
 * top-level object (path `[key, i]`), each read with `item`. The rest of a
 * top-level object is read with `rest` and returned.
 */
export declare function readJsonItems(bytes: Uint8Array, item: JsonShape, rest: {
    readonly [key: string]: JsonShape;
}, onItem: (value: unknown, path: Path) => void, key?: string): ItemsDocument;
