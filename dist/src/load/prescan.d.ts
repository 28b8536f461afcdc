/**
 * A cheap look at a YAML stream before parsing it: the stream is cut at its
 * document markers, and documents whose top-level `kind:` names an object no
 * DaemonSet check needs (CustomResourceDefinitions, ConfigMaps, RBAC, ...)
 * and that have an apiVersion are not decoded, only syntax-checked and
 * counted. In the manifests dslint is pointed at, such documents are most of
 * the bytes (two thirds of the corpus are CRDs).
 */
export interface Segment {
    /** Offsets in the text, end exclusive. */
    start: number;
    end: number;
    /** Lines before the segment (add to the segment's 1-based line numbers). */
    lineOffset: number;
    /** The 1-based line of the segment's last character in the text. */
    endLine: number;
    /** Not decoded: one plain top-level kind that no check needs. */
    skip: boolean;
}
export declare function splitDocuments(text: string): Segment[];
