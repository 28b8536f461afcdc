/**
 * Container image references: the distribution grammar
 * (github.com/distribution/reference `regexp.go`, `normalize.go`) as far as
 * the kubelet's `parsers.ParseImageName` and the API server's defaults use it.
 */
/**
 * An image reference as the distribution grammar defines it: optional
 * registry host, lowercase path components, optional tag and digest.
 * Placeholders left by templating (`${IMAGE}`, `<image>`) do not match.
 */
const REFERENCE = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*(?::[0-9]+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,})?$/;
/** Whether the image is a well-formed reference (not a templating placeholder or a typo). */
export function isImageReference(image) {
    return REFERENCE.test(image);
}
/**
 * Splits an image reference into registry host, path, tag and digest. The
 * first component is a registry host when it looks like one
 * (`splitDockerDomain`: it has a `.` or `:`, is `localhost`, or has upper
 * case). Nothing is validated: see `isImageReference`.
 */
export function splitImageReference(image) {
    const at = image.indexOf("@");
    const reference = at >= 0 ? image.slice(0, at) : image;
    const parts = { path: reference };
    if (at >= 0)
        parts.digest = image.slice(at + 1);
    const firstSlash = reference.indexOf("/");
    let remainder = reference;
    if (firstSlash >= 0) {
        const head = reference.slice(0, firstSlash);
        if (/[.:]/.test(head) || head === "localhost" || head !== head.toLowerCase()) {
            parts.domain = head;
            remainder = reference.slice(firstSlash + 1);
        }
    }
    const colon = remainder.indexOf(":", remainder.lastIndexOf("/") + 1);
    parts.path = colon >= 0 ? remainder.slice(0, colon) : remainder;
    if (colon >= 0)
        parts.tag = remainder.slice(colon + 1);
    return parts;
}
/**
 * The image tag as `parsers.ParseImageName` sees it: `latest` when the image
 * names neither a tag nor a digest, "" when it has only a digest or cannot be
 * parsed.
 */
export function imageTag(image) {
    if (image === "" || /\s/.test(image))
        return "";
    const { path, tag, digest } = splitImageReference(image);
    if (path === "" || path !== path.toLowerCase())
        return "";
    if (tag !== undefined)
        return tag;
    return digest !== undefined ? "" : "latest";
}
