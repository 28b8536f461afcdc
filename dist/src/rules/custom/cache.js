/**
 * The compiled custom rules on disk, keyed by their text, the target
 * Kubernetes version and dslint's version: a run whose rules have not
 * changed reads them back instead of loading the parser (half a second),
 * so a pre-commit hook does not pay for it on every commit.
 *
 * One small JSON file per set of rules, named by a hash of the key and
 * holding the whole key, so that a hash collision is a miss, not a wrong
 * rule. A cache that cannot be read or written is no cache: never an error.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
/**
 * `DSLINT_CACHE_DIR`, else the platform's user cache folder
 * (`$XDG_CACHE_HOME/dslint`, `~/.cache/dslint`, `%LOCALAPPDATA%\dslint`).
 * An empty `DSLINT_CACHE_DIR` turns the cache off.
 */
export function cacheDir(env = process.env) {
    const own = env.DSLINT_CACHE_DIR;
    if (own !== undefined)
        return own === "" ? undefined : own;
    if (env.XDG_CACHE_HOME)
        return join(env.XDG_CACHE_HOME, "dslint");
    if (process.platform === "win32" && env.LOCALAPPDATA)
        return join(env.LOCALAPPDATA, "dslint");
    try {
        return join(homedir(), ".cache", "dslint");
    }
    catch {
        return undefined;
    }
}
const FOLDER = "custom-rules";
function fileFor(key) {
    const dir = cacheDir();
    return dir === undefined ? undefined : join(dir, FOLDER, `${hash(key)}.json`);
}
/** The value stored under `key`, or undefined. */
export function readCache(key) {
    const file = fileFor(key);
    if (!file)
        return undefined;
    try {
        const entry = JSON.parse(readFileSync(file, "utf8"));
        return entry.key === key ? entry.value : undefined;
    }
    catch {
        return undefined;
    }
}
/** Stores `value` under `key`: written aside and renamed, so that a reader never sees half a file. */
export function writeCache(key, value) {
    const file = fileFor(key);
    if (!file)
        return;
    const aside = `${file}.${process.pid}.tmp`;
    try {
        mkdirSync(join(file, ".."), { recursive: true });
        writeFileSync(aside, JSON.stringify({ key, value }));
        renameSync(aside, file);
    }
    catch {
        try {
            rmSync(aside, { force: true });
        }
        catch {
            // Nothing was written, or it cannot be removed either: the next write replaces it.
        }
    }
}
/** FNV-1a, 64 bits, as hex: enough to name a file (the file holds the whole key); node:crypto would cost start-up time. */
function hash(text) {
    let h = 0xcbf29ce484222325n;
    const prime = 0x100000001b3n;
    const mask = 0xffffffffffffffffn;
    for (let i = 0; i < text.length; i++)
        h = ((h ^ BigInt(text.charCodeAt(i))) * prime) & mask;
    return h.toString(16).padStart(16, "0");
}
