import { closeSync, fstatSync, openSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent, type Stats } from "node:fs";
import { isAscii } from "node:buffer";
import { join, relative, resolve, sep } from "node:path";
import { minimatch } from "minimatch";
import { CONFIG_FILE_NAMES } from "../config/config.js";

/** An input to check: a file on disk or text that arrived on stdin. */
export interface InputSource {
  /** The name used in reports (relative to the working directory where possible). */
  name: string;
  /** Absolute path on disk; undefined for stdin. */
  absolutePath?: string;
  /** Text given directly (stdin, editors); otherwise read from `absolutePath`. */
  text?: string;
  /**
   * A file of a Helm chart or kustomization (load/sources.ts): not a
   * manifest. `syntax`: plain YAML whose syntax is still checked; `none`: a
   * template, not YAML until rendered.
   */
  templateSource?: "syntax" | "none";
}

/** A path that could not be turned into inputs: reported as one error line, the other inputs go on. */
export interface InputProblem {
  name: string;
  message: string;
}

const MANIFEST_EXTENSIONS = /\.(ya?ml|json)$/i;
/** kustomize's third name for a kustomization file, which has no extension: found too, so that it is recognised (load/sources.ts). */
const KUSTOMIZATION_FILE = "Kustomization";
/** dslint's own configuration is not a manifest. */
const CONFIG_FILES: ReadonlySet<string> = new Set(CONFIG_FILE_NAMES);
/** Larger files are refused rather than parsed (no real manifest comes close). */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

const hasGlobMagic = (p: string): boolean => /[*?[\]{}]/.test(p);

export interface ExpandOptions {
  cwd?: string;
  /** Globs (relative to cwd) of files and folders to leave out. */
  ignore?: readonly string[];
}

/**
 * Expands command-line paths into input files: files as given, folders
 * recursively (YAML and JSON only, and `Kustomization` files), globs. Every
 * path named explicitly is kept even without a manifest extension; folders
 * and globs only yield manifest files. Symlink loops and unreadable entries
 * become problems.
 */
export function expandPaths(paths: readonly string[], options: ExpandOptions = {}): { inputs: InputSource[]; problems: InputProblem[] } {
  const cwd = options.cwd ?? process.cwd();
  const inputs: InputSource[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  const ignore = (options.ignore ?? []).map((g) => g.replace(/\/$/, ""));
  const isIgnored = (abs: string): boolean => {
    if (ignore.length === 0) return false;
    const rel = relative(cwd, abs).split(sep).join("/");
    return ignore.some((g) => minimatch(rel, g, { dot: true }) || minimatch(rel, `${g}/**`, { dot: true }));
  };
  const display = (abs: string): string => displayPath(cwd, abs);
  /** `real`: the file's real path when already known (a plain file in a folder whose real path is known). */
  const addFile = (abs: string, known?: string) => {
    let real = known;
    if (real === undefined) {
      try {
        real = realpathSync(abs);
      } catch {
        real = abs;
      }
    }
    if (seen.has(real) || isIgnored(abs)) return;
    seen.add(real);
    inputs.push({ name: display(abs), absolutePath: abs });
  };
  const walk = (dir: string, visited: Set<string>, filter?: (abs: string) => boolean) => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch (err) {
      problems.push({ name: display(dir), message: describeFsError(err) });
      return;
    }
    if (visited.has(real)) {
      problems.push({ name: display(dir), message: "symbolic link loop: this folder was already visited" });
      return;
    }
    visited.add(real);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (err) {
      problems.push({ name: display(dir), message: describeFsError(err) });
      return;
    }
    for (const dirent of entries) {
      const entry = dirent.name;
      const abs = join(dir, entry);
      if (isIgnored(abs)) continue;
      // The entry's type comes with the listing; only symbolic links (and unknown types) need a stat.
      let isDirectory = dirent.isDirectory();
      let isFile = dirent.isFile();
      if (!isDirectory && !isFile) {
        try {
          const st = statSync(abs);
          isDirectory = st.isDirectory();
          isFile = st.isFile();
        } catch (err) {
          problems.push({ name: display(abs), message: describeFsError(err) });
          continue;
        }
      }
      if (isDirectory) {
        if (entry === "node_modules" || entry === ".git") continue;
        walk(abs, new Set(visited), filter);
      } else if (isFile && (MANIFEST_EXTENSIONS.test(entry) || entry === KUSTOMIZATION_FILE) && !CONFIG_FILES.has(entry) && (!filter || filter(abs))) {
        addFile(abs, dirent.isFile() ? join(real, entry) : undefined);
      }
    }
  };

  for (const p of paths) {
    if (p === "-") continue; // stdin is handled by the caller
    if (hasGlobMagic(p) && !safeExists(resolve(cwd, p))) {
      const before = inputs.length;
      const pattern = p.split(sep).join("/");
      const base = globBase(pattern);
      const absPattern = resolve(cwd, pattern).split(sep).join("/");
      if (safeExists(resolve(cwd, base))) walk(resolve(cwd, base), new Set(), (abs) => minimatch(abs.split(sep).join("/"), absPattern, { dot: false }));
      if (inputs.length === before) problems.push({ name: p, message: "no files match this pattern" });
      continue;
    }
    const abs = resolve(cwd, p);
    let st: Stats;
    try {
      st = statSync(abs);
    } catch (err) {
      problems.push({ name: p, message: describeFsError(err) });
      continue;
    }
    if (st.isDirectory()) walk(abs, new Set());
    else addFile(abs);
  }
  return { inputs, problems };
}

/** How a file is named in reports: relative to `cwd` with `/`, or absolute when outside it. */
export function displayPath(cwd: string, abs: string): string {
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith("..") ? rel.split(sep).join("/") : abs;
}

function safeExists(abs: string): boolean {
  try {
    statSync(abs);
    return true;
  } catch {
    return false;
  }
}

/** The folder part of a glob before its first magic character. */
function globBase(pattern: string): string {
  const parts = pattern.split("/");
  const fixed: string[] = [];
  for (const part of parts) {
    if (hasGlobMagic(part)) break;
    fixed.push(part);
  }
  if (fixed.length === parts.length) fixed.pop();
  const base = fixed.join("/");
  return base === "" ? (pattern.startsWith("/") ? "/" : ".") : base;
}

export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  switch (code) {
    case "ENOENT":
      return "no such file or folder";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ELOOP":
      return "symbolic link loop";
    case "EISDIR":
      return "is a folder";
    case "ENOTDIR":
      return "a part of the path is not a folder";
    default:
      return (err as Error)?.message ?? String(err);
  }
}

/** Reads an input's text, or says why it cannot. */
export function readInput(input: InputSource): { text: string } | { problem: string } {
  if (input.text !== undefined) return { text: input.text };
  let fd: number | undefined;
  try {
    fd = openSync(input.absolutePath!, "r");
    if (fstatSync(fd).size > MAX_FILE_BYTES) return { problem: `file is larger than ${MAX_FILE_BYTES / 1024 / 1024} MiB; not checked` };
    const bytes = readFileSync(fd);
    // Most manifests are ASCII, which decodes several times faster as Latin-1 (the same text).
    return { text: bytes.toString(isAscii(bytes) ? "latin1" : "utf8") };
  } catch (err) {
    return { problem: describeFsError(err) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
