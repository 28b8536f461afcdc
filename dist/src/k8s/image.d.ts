/**
 * Container image references: the distribution grammar
 * (github.com/distribution/reference `regexp.go`, `normalize.go`) as far as
 * the kubelet's `parsers.ParseImageName` and the API server's defaults use it.
 */
/** Whether the image is a well-formed reference (not a templating placeholder or a typo). */
export declare function isImageReference(image: string): boolean;
/** An image reference split into its parts, without checking them. */
export interface ImageReferenceParts {
    /** The registry host, when the first component names one. */
    domain?: string;
    /** The repository path below the registry host. */
    path: string;
    /** After the last path component's `:`; absent when the image names no tag. */
    tag?: string;
    /** After `@`; absent when the image names no digest. */
    digest?: string;
}
/**
 * Splits an image reference into registry host, path, tag and digest. The
 * first component is a registry host when it looks like one
 * (`splitDockerDomain`: it has a `.` or `:`, is `localhost`, or has upper
 * case). Nothing is validated: see `isImageReference`.
 */
export declare function splitImageReference(image: string): ImageReferenceParts;
/**
 * The image tag as `parsers.ParseImageName` sees it: `latest` when the image
 * names neither a tag nor a digest, "" when it has only a digest or cannot be
 * parsed.
 */
export declare function imageTag(image: string): string;
