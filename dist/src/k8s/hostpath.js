import { Minimatch } from "minimatch";
import { BoundedCache } from "../values.js";
/**
 * A hostPath as the node resolves it, for comparison: repeated and trailing
 * slashes and `.` segments removed (`..` is rejected by the API server).
 * Windows paths (`C:\var\lib\kubelet`, `\\.\pipe\docker_engine`) get forward
 * slashes, no drive letter and lower case, as Windows compares paths.
 */
export function normalizeHostPath(raw) {
    return normalized.get(raw, normalize);
}
// Rules normalise the same few paths on every DaemonSet of a fleet.
const normalized = new BoundedCache();
function normalize(raw) {
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
// A read-only bind mount does not stop a process from connecting to a socket or a named pipe, or from
// writing to a device node: the kernel checks the mount's read-only flag for regular files and
// directories only.
const READ_ONLY_IRRELEVANT_TYPES = new Set(["Socket", "CharDevice", "BlockDevice"]);
/**
 * Sockets whose name does not say so: syslog's /dev/log (syslog(3)), and the
 * systemd journal's directory of sockets, where anything connected writes into
 * the node's system log (systemd-journald.service(8): socket, stdout, dev-log).
 */
const SOCKET_PATHS = ["/dev/log", "/run/systemd/journal", "/var/run/systemd/journal"];
/**
 * Whether a hostPath (normalised) is a socket, a named pipe or a device, by its
 * `type` or its path, so that mounting it read-only protects nothing.
 */
export function readOnlyDoesNotProtect(type, path) {
    return (READ_ONLY_IRRELEVANT_TYPES.has(type ?? "") ||
        SOCKET_PATHS.some((socket) => path === socket || path.startsWith(`${socket}/`)) ||
        path.startsWith("//./pipe/") ||
        /\.sock(et)?$/.test(path));
}
