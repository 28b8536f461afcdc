/**
 * A cheap look at a document before decoding it: a document whose top-level
 * `kind:` names an object no DaemonSet check needs (CustomResourceDefinitions,
 * ConfigMaps, RBAC, ...) and that has an apiVersion is not decoded, only
 * syntax-checked and counted. In the manifests dslint is pointed at, such
 * documents are most of the bytes (two thirds of the corpus are CRDs).
 */
/**
 * Whether the document in `text` (from `start` to `end`) can go undecoded:
 * one plain top-level kind that no check needs, and an apiVersion (without
 * one the document is decoded, so that mistake is reported). A directive or a
 * `...` marker changes how the text reads: such a document is decoded.
 */
export declare function isSkippableDocument(text: string, start?: number, end?: number): boolean;
/** The kind of a document that can go undecoded (isSkippableDocument), as its `kind:` line writes it; undefined when it must be decoded. */
export declare function skippableKind(text: string, start?: number, end?: number): string | undefined;
