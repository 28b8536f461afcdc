/**
 * A location inside one Kubernetes object: the keys and list indices from the
 * object's root. `["spec", "template", "spec", "containers", 0, "name"]`.
 */
export type PathSegment = string | number;
export type Path = readonly PathSegment[];
/**
 * Formats a path the way Kubernetes' `field.Path.String()` does, so our paths
 * read like the API server's errors: children joined with `.`, list indices as
 * `[i]`, and keys that are not plain field names (map keys such as label keys
 * or resource names) as `[key]`.
 */
export declare function formatPath(path: Path, mapKeys?: ReadonlySet<number>): string;
