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
export function formatPath(path: Path, mapKeys?: ReadonlySet<number>): string {
  let out = "";
  path.forEach((segment, i) => {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (mapKeys?.has(i) || !/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(segment)) out += `[${segment}]`;
    else out += out === "" ? segment : `.${segment}`;
  });
  return out;
}
