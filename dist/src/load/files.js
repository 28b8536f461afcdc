import { closeSync, fstatSync, lstatSync, openSync, readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { isAscii } from "node:buffer";
import { join, relative, resolve, sep } from "node:path";
import { minimatch } from "minimatch";
import { CONFIG_FILE_NAMES } from "../config/config.js";
import { UsageError } from "../options.js";
import { describeFsError } from "./fs-errors.js";
export { describeFsError };
const MANIFEST_EXTENSIONS = /\.(ya?ml|json)$/i;
/** kustomize's third name for a kustomization file, which has no extension: found too, so that it is recognised (load/sources.ts). */
const KUSTOMIZATION_FILE = "Kustomization";
/** dslint's own configuration is not a manifest. */
const CONFIG_FILES = new Set(CONFIG_FILE_NAMES);
/** A file a folder walk or a glob yields: YAML, JSON or a kustomization, not dslint's own configuration. */
function isManifestName(name) {
    return (MANIFEST_EXTENSIONS.test(name) || name === KUSTOMIZATION_FILE) && !CONFIG_FILES.has(name);
}
/** Larger files are refused rather than parsed (no real manifest comes close). */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;
const hasGlobMagic = (p) => /[*?[\]{}]/.test(p);
/**
 * Expands command-line paths into input files: files as given, folders
 * recursively (YAML and JSON only, and `Kustomization` files), globs (a
 * folder a glob matches is searched like a folder given by name). Every path
 * named explicitly is kept even without a manifest extension; folders and
 * globs only yield manifest files. Unreadable entries and symlink loops
 * become problems; paths that give no file at all are listed in `unmatched`.
 */
export function expandPaths(paths, options = {}) {
    const cwd = options.cwd ?? process.cwd();
    const inputs = [];
    const problems = [];
    const unmatched = [];
    const seen = new Set();
    // A broken entry reached twice (a folder and a glob over it) is one problem.
    const seenProblems = new Set();
    /** Problems met, repeats included: a path whose only problem was reported by an earlier path still gave something. */
    let problemsMet = 0;
    const problem = (name, message) => {
        problemsMet++;
        const key = `${name}\u0000${message}`;
        if (seenProblems.has(key))
            return;
        seenProblems.add(key);
        problems.push({ name, message });
    };
    const ignore = (options.ignore ?? []).map((g) => g.replace(/\/$/, ""));
    const isIgnored = (abs) => {
        if (ignore.length === 0)
            return false;
        const rel = relative(cwd, abs).split(sep).join("/");
        return ignore.some((g) => minimatch(rel, g, { dot: true }) || minimatch(rel, `${g}/**`, { dot: true }));
    };
    const display = (abs) => displayPath(cwd, abs);
    /** `real`: the file's real path when already known (a plain file in a folder whose real path is known). */
    const addFile = (abs, known) => {
        let real = known;
        if (real === undefined) {
            try {
                real = realpathSync(abs);
            }
            catch {
                real = abs;
            }
        }
        if (seen.has(real))
            return;
        seen.add(real);
        inputs.push({ name: display(abs), absolutePath: abs });
    };
    const walk = (dir, visited, filter, tally) => {
        let real;
        try {
            real = realpathSync(dir);
        }
        catch (err) {
            problem(display(dir), describeFsError(err));
            return;
        }
        if (visited.has(real)) {
            problem(display(dir), "symbolic link loop: this folder was already visited");
            return;
        }
        visited.add(real);
        let entries;
        try {
            entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        }
        catch (err) {
            problem(display(dir), describeFsError(err));
            return;
        }
        for (const dirent of entries) {
            const entry = dirent.name;
            const abs = join(dir, entry);
            const ignored = isIgnored(abs);
            // The entry's type comes with the listing; only symbolic links (and unknown types) need a stat.
            let isDirectory = dirent.isDirectory();
            let isFile = dirent.isFile();
            if (!isDirectory && !isFile) {
                try {
                    const st = statSync(abs);
                    isDirectory = st.isDirectory();
                    isFile = st.isFile();
                }
                catch (err) {
                    if (!ignored)
                        problem(display(abs), describeEntryError(err));
                    continue;
                }
            }
            if (isDirectory) {
                if (entry === "node_modules" || entry === ".git")
                    continue;
                const inner = filter && !filter(abs, true) ? filter : undefined;
                if (ignored)
                    tally.ignoredFolders.push({ dir: abs, filter: inner });
                else
                    walk(abs, new Set(visited), inner, tally);
            }
            else if (isFile && isManifestName(entry) && (!filter || filter(abs, false))) {
                if (ignored) {
                    tally.ignored++;
                    continue;
                }
                tally.matched++;
                addFile(abs, dirent.isFile() ? join(real, entry) : undefined);
            }
        }
    };
    /** After a folder or glob gave no file: were there files that the ignore globs took? */
    const unmatchedSearch = (p, tally, nothing) => {
        const ignoredAll = tally.ignored > 0 || tally.ignoredFolders.some(({ dir, filter }) => holdsManifest(dir, filter, new Set()));
        return { path: p, message: ignoredAll ? `all files matched by "${p}" are ignored` : nothing };
    };
    for (const p of paths) {
        if (p === "-")
            continue; // stdin is handled by the caller
        const problemsBefore = problemsMet;
        const tally = { matched: 0, ignored: 0, ignoredFolders: [] };
        if (hasGlobMagic(p) && !safeExists(resolve(cwd, p))) {
            const pattern = p.split(sep).join("/");
            // `deploy/*/`: folders only.
            const foldersOnly = pattern.endsWith("/");
            const base = globBase(pattern);
            const absPattern = resolve(cwd, pattern).split(sep).join("/");
            const filter = (abs, isFolder) => (isFolder || !foldersOnly) && minimatch(abs.split(sep).join("/"), absPattern, { dot: false });
            if (safeExists(resolve(cwd, base)))
                walk(resolve(cwd, base), new Set(), filter, tally);
            if (tally.matched === 0 && problemsMet === problemsBefore)
                unmatched.push(unmatchedSearch(p, tally, `no YAML or JSON files match "${p}"`));
            continue;
        }
        const abs = resolve(cwd, p);
        let st;
        try {
            st = statSync(abs);
        }
        catch (err) {
            const code = err.code;
            if (code === "ENOENT" && isSymbolicLink(abs))
                problem(p, describeEntryError(err));
            else if (code === "ENOENT" || code === "ENOTDIR")
                unmatched.push({ path: p, message: `"${p}" does not exist` });
            else
                problem(p, describeFsError(err));
            continue;
        }
        if (st.isDirectory()) {
            walk(abs, new Set(), undefined, tally);
            if (tally.matched === 0 && problemsMet === problemsBefore)
                unmatched.push(unmatchedSearch(p, tally, `no YAML or JSON files in folder "${p}"`));
        }
        else if (isIgnored(abs)) {
            unmatched.push({ path: p, message: `"${p}" is ignored`, ignoredFile: true });
        }
        else {
            addFile(abs);
        }
    }
    return { inputs, problems, unmatched };
}
/**
 * The usage error for paths that gave nothing to check, one line each, or
 * undefined when there is none. An ignored file named explicitly counts only
 * when nothing else is checked (`somethingElse`), so that the run is never an
 * empty pass.
 */
export function unmatchedPathsError(unmatched, somethingElse) {
    const reported = unmatched.filter((u) => !u.ignoredFile || !somethingElse);
    return reported.length > 0 ? new UsageError(reported.map((u) => u.message).join("\n")) : undefined;
}
/**
 * Whether text read from stdin holds nothing to check: no bytes, or only
 * whitespace, comments and document markers (`---`, `...`), which is what a
 * template that renders nothing prints.
 */
export function isEmptyStdin(text) {
    return !CONTENT_LINE.test(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}
/** A line that is neither blank, nor a comment, nor a bare document marker. */
const CONTENT_LINE = /^(?![ \t]*(?:#.*)?$)(?!(?:---|\.\.\.)(?:[ \t]+(?:#.*)?)?$)/m;
export const EMPTY_STDIN_MESSAGE = "stdin is empty: no YAML or JSON document to check";
/** Whether an ignored folder holds a manifest file the pattern would have matched (never reported: only the wording of an error depends on it). */
function holdsManifest(dir, filter, visited) {
    let entries;
    try {
        const real = realpathSync(dir);
        if (visited.has(real))
            return false;
        visited.add(real);
        entries = readdirSync(dir, { withFileTypes: true });
    }
    catch {
        return false;
    }
    for (const dirent of entries) {
        const abs = join(dir, dirent.name);
        let st = dirent;
        if (!dirent.isDirectory() && !dirent.isFile()) {
            try {
                st = statSync(abs);
            }
            catch {
                continue;
            }
        }
        if (st.isDirectory()) {
            if (dirent.name !== "node_modules" && dirent.name !== ".git" && holdsManifest(abs, filter && !filter(abs, true) ? filter : undefined, visited))
                return true;
        }
        else if (st.isFile() && isManifestName(dirent.name) && (!filter || filter(abs, false))) {
            return true;
        }
    }
    return false;
}
function isSymbolicLink(abs) {
    try {
        return lstatSync(abs).isSymbolicLink();
    }
    catch {
        return false;
    }
}
/** How a file is named in reports: relative to `cwd` with `/`, or absolute when outside it. */
export function displayPath(cwd, abs) {
    const rel = relative(cwd, abs);
    return rel && !rel.startsWith("..") ? rel.split(sep).join("/") : abs;
}
function safeExists(abs) {
    try {
        statSync(abs);
        return true;
    }
    catch {
        return false;
    }
}
/** The folder part of a glob before its first magic character. */
function globBase(pattern) {
    const parts = pattern.split("/");
    const fixed = [];
    for (const part of parts) {
        if (hasGlobMagic(part))
            break;
        fixed.push(part);
    }
    if (fixed.length === parts.length)
        fixed.pop();
    const base = fixed.join("/");
    return base === "" ? (pattern.startsWith("/") ? "/" : ".") : base;
}
/** Why an entry found in a folder (or a named path that is a symbolic link) cannot be used. */
function describeEntryError(err) {
    // Listed, but its stat fails with ENOENT: a symbolic link whose target is gone.
    return err?.code === "ENOENT" ? "broken symbolic link: its target does not exist" : describeFsError(err);
}
/** Reads an input's text, or says why it cannot. */
export function readInput(input) {
    if (input.text !== undefined)
        return { text: input.text };
    let fd;
    try {
        fd = openSync(input.absolutePath, "r");
        if (fstatSync(fd).size > MAX_FILE_BYTES)
            return { problem: `file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB; not checked` };
        const bytes = readFileSync(fd);
        // Most manifests are ASCII, which decodes several times faster as Latin-1 (the same text).
        return { text: bytes.toString(isAscii(bytes) ? "latin1" : "utf8") };
    }
    catch (err) {
        return { problem: describeFsError(err) };
    }
    finally {
        if (fd !== undefined)
            closeSync(fd);
    }
}
