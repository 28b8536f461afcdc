/**
 * The compiled form of a custom rule's expression: a tree of plain JSON
 * objects, so that it can be cached on disk and posted to worker threads.
 * The checker (check.ts) writes it once the expression has passed every
 * static check; the evaluator (evaluate.ts) turns it into closures. Nothing
 * here depends on the parser.
 */
/** Bumped whenever the meaning or shape of the Ir changes, so cached Ir of an older dslint is not evaluated. */
export const IR_FORMAT = 1;
export const HELPERS = ["quantity", "image", "selects", "tolerates", "keys"];
export const CALLBACK_METHODS = ["some", "every", "filter", "map", "find", "flatMap"];
export const VALUE_METHODS = ["includes", "startsWith", "endsWith", "toLowerCase", "toUpperCase", "trim", "split"];
