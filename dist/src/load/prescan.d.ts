/**
 * A cheap look at a YAML stream before parsing it: the stream is cut at its
 * document markers, and documents whose top-level `kind:` names an object no
 * DaemonSet check needs (CustomResourceDefinitions, ConfigMaps, RBAC, ...)
 * and that have an apiVersion are not parsed at all, only counted. In the manifests dslint is pointed
 * at, such documents are most of the bytes (two thirds of the corpus are
 * CRDs). Their YAML syntax is then not checked: dslint reads DaemonSets.
 */
export interface Segment {
    /** Offsets in the text, end exclusive. */
    start: number;
    end: number;
    /** Lines before the segment (add to the segment's 1-based line numbers). */
    lineOffset: number;
    /** Not parsed: one plain top-level kind that no check needs. */
    skip: boolean;
}
export declare function splitDocuments(text: string): Segment[];
