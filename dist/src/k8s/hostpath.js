import { Minimatch } from "minimatch";
/**
 * A hostPath as the node resolves it, for comparison: repeated and trailing
 * slashes and `.` segments removed (`..` is rejected by the API server).
 * Windows paths (`C:\var\lib\kubelet`, `\\.\pipe\docker_engine`) get forward
 * slashes, no drive letter and lower case, as Windows compares paths.
 */
export function normalizeHostPath(raw) {
    const trimmed = raw.trim();
    const windows = /^[A-Za-z]:[\\/]/.test(trimmed) || trimmed.startsWith("\\\\");
    let path = trimmed;
    if (windows) {
        path = path.replace(/\\/g, "/").toLowerCase();
        if (/^[a-z]:\//.test(path))
            path = path.slice(2);
        // Named pipes keep their `//./pipe/` prefix.
        if (path.startsWith("//"))
            return `//${path.slice(2).replace(/\/+/g, "/").replace(/\/$/, "")}`;
    }
    const segments = path.split("/").filter((s) => s !== "" && s !== ".");
    return `/${segments.join("/")}`;
}
const compiled = new Map();
/** Whether a normalised hostPath matches one of the globs (compiled once per glob: rules call this per mount). */
export function hostPathMatchesAny(path, globs) {
    return globs.some((glob) => {
        let matcher = compiled.get(glob);
        if (!matcher) {
            matcher = new Minimatch(glob, { dot: true });
            compiled.set(glob, matcher);
        }
        return matcher.match(path);
    });
}
