import { isAbsolute, relative, resolve, sep } from "node:path";
/**
 * A finding's file relative to the repository root, with forward slashes;
 * undefined when the file lies outside the root.
 */
export function pathFromRoot(file, options) {
    const rel = relative(options.root ?? options.cwd, resolve(options.cwd, file));
    if (rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel))
        return undefined;
    return rel.split(sep).join("/");
}
/** `DaemonSet logging/log-shipper`, the way a person names an object. */
export function objectLabel(o) {
    const name = o.name ?? "(unnamed)";
    return `${o.kind} ${o.namespace ? `${o.namespace}/${name}` : name}`;
}
