import { lstatSync, readdirSync, realpathSync, statSync, type Dirent, type Stats } from "node:fs";
import { isAscii } from "node:buffer";
import { join, relative, resolve, sep } from "node:path";
import { minimatch } from "minimatch";
import { UsageError } from "../options.js";
import { describeFsError, describeSpecialFile, MAX_FILE_BYTES, readRegularFile, readTextBlocks } from "./fs-errors.js";
import { globSyntaxProblem, matchesGlobs, type FolderGlobs } from "./globs.js";

export { describeFsError };

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

/**
 * A path or pattern that gave nothing to check: a usage error (exit code 2)
 * unless the caller chose otherwise, because a run that checks nothing must
 * not look like a pass.
 */
export interface UnmatchedPath {
  /** The path or pattern as given. */
  path: string;
  /** One line saying why it gave no file. */
  message: string;
  /**
   * A file named explicitly that the ignore globs leave out. Tools that pass
   * every changed file (pre-commit, lint-staged) name such files, so it is
   * skipped quietly while the other paths give something to check.
   */
  ignoredFile?: boolean;
}

const MANIFEST_EXTENSIONS = /\.(ya?ml|json)$/i;
/** kustomize's third name for a kustomization file, which has no extension: found too, so that it is recognised (load/sources.ts). */
const KUSTOMIZATION_FILE = "Kustomization";
/** The names of dslint's own configuration file (config/config.ts), which is not a manifest. */
export const CONFIG_FILE_NAMES = [".dslint.yaml", ".dslint.yml"] as const;
const CONFIG_FILES: ReadonlySet<string> = new Set(CONFIG_FILE_NAMES);

/** A file a folder walk or a glob yields: YAML, JSON or a kustomization, not dslint's own configuration. */
function isManifestName(name: string): boolean {
  return (MANIFEST_EXTENSIONS.test(name) || name === KUSTOMIZATION_FILE) && !CONFIG_FILES.has(name);
}

export { MAX_FILE_BYTES };

const hasGlobMagic = (p: string): boolean => /[*?[\]{}]/.test(p);

export interface ExpandOptions {
  cwd?: string;
  /** Globs of files and folders to leave out, each list relative to its folder (see globs.ts for how they match). */
  ignore?: readonly FolderGlobs[];
}

/** Which entries under a glob's base folder the glob matches; a matched folder is searched whole. */
type GlobFilter = (abs: string, isFolder: boolean) => boolean;

/** What one path or pattern gave. */
interface Tally {
  /** Manifest files found and not ignored (also those another path found first). */
  matched: number;
  /** Manifest files found but ignored. */
  ignored: number;
  /** Ignored folders the walk did not enter, with the filter they would have been walked with. */
  ignoredFolders: Array<{ dir: string; filter?: GlobFilter }>;
}

/**
 * Expands command-line paths into input files: files as given, folders
 * recursively (YAML and JSON only, and `Kustomization` files), globs (a
 * folder a glob matches is searched like a folder given by name). Every path
 * named explicitly is kept even without a manifest extension; folders and
 * globs only yield manifest files. Unreadable entries, symlink loops and
 * special files (FIFOs, devices) become problems; paths that give no file at
 * all are listed in `unmatched`. A glob with a syntax mistake (an unclosed
 * `[` or `{`) throws a UsageError, one line each.
 */
export function expandPaths(paths: readonly string[], options: ExpandOptions = {}): { inputs: InputSource[]; problems: InputProblem[]; unmatched: UnmatchedPath[] } {
  const cwd = options.cwd ?? process.cwd();
  const inputs: InputSource[] = [];
  const problems: InputProblem[] = [];
  const unmatched: UnmatchedPath[] = [];
  const seen = new Set<string>();
  // A broken entry reached twice (a folder and a glob over it) is one problem.
  const seenProblems = new Set<string>();
  /** Problems met, repeats included: a path whose only problem was reported by an earlier path still gave something. */
  let problemsMet = 0;
  const problem = (name: string, message: string) => {
    problemsMet++;
    const key = `${name}\u0000${message}`;
    if (seenProblems.has(key)) return;
    seenProblems.add(key);
    problems.push({ name, message });
  };
  const ignore = options.ignore ?? [];
  const isIgnored = (abs: string): boolean => ignore.some((list) => matchesGlobs(abs, list));
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
    if (seen.has(real)) return;
    seen.add(real);
    inputs.push({ name: display(abs), absolutePath: abs });
  };
  /**
   * Walks a folder. `ancestors`: the real paths of the folders being walked
   * above it, to report a symbolic link back to one of them as a loop.
   * `done`: the folders this path's walk already went through, each with and
   * without a glob filter: a folder reached again through other symbolic
   * links (a "diamond") is not walked again, so linked folders cost their
   * size, not the number of ways to reach them. (Under a glob, the name
   * through which a folder is reached first is the one matched.)
   */
  const walk = (dir: string, ancestors: Set<string>, done: Set<string>, filter: GlobFilter | undefined, tally: Tally) => {
    let real: string;
    try {
      real = realpathSync(dir);
    } catch (err) {
      problem(display(dir), describeFsError(err));
      return;
    }
    if (ancestors.has(real)) {
      problem(display(dir), "symbolic link loop: this folder was already visited");
      return;
    }
    const doneKey = filter ? `${real}\u0000glob` : real;
    if (done.has(doneKey)) return;
    done.add(doneKey);
    let entries: Dirent[];
    try {
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (err) {
      problem(display(dir), describeFsError(err));
      return;
    }
    ancestors.add(real);
    for (const dirent of entries) {
      const entry = dirent.name;
      const abs = join(dir, entry);
      const ignored = isIgnored(abs);
      // The entry's type comes with the listing; only symbolic links (and unknown types) need a stat.
      let isDirectory = dirent.isDirectory();
      let isFile = dirent.isFile();
      let special: string | undefined;
      if (!isDirectory && !isFile) {
        try {
          const st = statSync(abs);
          isDirectory = st.isDirectory();
          isFile = st.isFile();
          special = describeSpecialFile(st);
        } catch (err) {
          if (!ignored) problem(display(abs), describeEntryError(err));
          continue;
        }
      }
      if (isDirectory) {
        if (entry === "node_modules" || entry === ".git") continue;
        const inner = filter && !filter(abs, true) ? filter : undefined;
        if (ignored) tally.ignoredFolders.push({ dir: abs, filter: inner });
        else walk(abs, ancestors, done, inner, tally);
      } else if ((isFile || special) && isManifestName(entry) && (!filter || filter(abs, false))) {
        if (ignored) {
          tally.ignored++;
          continue;
        }
        if (special) {
          // A FIFO or device with a manifest's name is no manifest to read, nor one to pass over without a word.
          problem(display(abs), `${special}; not checked`);
          continue;
        }
        tally.matched++;
        addFile(abs, dirent.isFile() ? join(real, entry) : undefined);
      }
    }
    ancestors.delete(real);
  };
  /** After a folder or glob gave no file: were there files that the ignore globs took? */
  const unmatchedSearch = (p: string, tally: Tally, nothing: string): UnmatchedPath => {
    const ignoredAll = tally.ignored > 0 || tally.ignoredFolders.some(({ dir, filter }) => holdsManifest(dir, filter, new Set()));
    return { path: p, message: ignoredAll ? `all files matched by "${p}" are ignored` : nothing };
  };

  // A glob minimatch would take literally (an unclosed "[") is a mistake in the command, whatever --no-error-on-unmatched-pattern says.
  const badGlobs = paths.flatMap((p) => {
    if (p === "-" || !hasGlobMagic(p) || safeExists(resolve(cwd, p))) return [];
    const problem = globSyntaxProblem(p.split(sep).join("/"));
    return problem ? [`invalid glob "${p}": ${problem}`] : [];
  });
  for (const g of ignore.flatMap((list) => list.globs)) {
    const problem = globSyntaxProblem(g);
    if (problem) badGlobs.push(`invalid ignore glob "${g}": ${problem}`);
  }
  if (badGlobs.length > 0) throw new UsageError(badGlobs.join("\n"));
  for (const p of paths) {
    if (p === "-") continue; // stdin is handled by the caller
    const problemsBefore = problemsMet;
    const tally: Tally = { matched: 0, ignored: 0, ignoredFolders: [] };
    if (hasGlobMagic(p) && !safeExists(resolve(cwd, p))) {
      const pattern = p.split(sep).join("/");
      // `deploy/*/`: folders only.
      const foldersOnly = pattern.endsWith("/");
      const base = globBase(pattern);
      const absPattern = resolve(cwd, pattern).split(sep).join("/");
      const filter: GlobFilter = (abs, isFolder) => (isFolder || !foldersOnly) && minimatch(abs.split(sep).join("/"), absPattern, { dot: false });
      if (safeExists(resolve(cwd, base))) walk(resolve(cwd, base), new Set(), new Set(), filter, tally);
      if (tally.matched === 0 && problemsMet === problemsBefore) unmatched.push(unmatchedSearch(p, tally, `no YAML or JSON files match "${p}"`));
      continue;
    }
    const abs = resolve(cwd, p);
    let st: Stats;
    try {
      st = statSync(abs);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === "ENOENT" && isSymbolicLink(abs)) problem(p, describeEntryError(err));
      else if (code === "ENOENT" || code === "ENOTDIR") unmatched.push({ path: p, message: `"${p}" does not exist` });
      else problem(p, describeFsError(err));
      continue;
    }
    const special = describeSpecialFile(st);
    if (st.isDirectory()) {
      walk(abs, new Set(), new Set(), undefined, tally);
      if (tally.matched === 0 && problemsMet === problemsBefore) unmatched.push(unmatchedSearch(p, tally, `no YAML or JSON files in folder "${p}"`));
    } else if (isIgnored(abs)) {
      unmatched.push({ path: p, message: `"${p}" is ignored`, ignoredFile: true });
    } else if (special) {
      // Read, a FIFO would wait for a writer and /dev/zero would never end.
      problem(p, `${special}; not checked${st.isFIFO() ? ": to check what a program prints, pipe it to dslint and give - as the path" : ""}`);
    } else {
      addFile(abs);
    }
  }
  return { inputs, problems, unmatched };
}

/** Text for the path `-` (stdin), and the name to report it under (`<stdin>` when none is given). */
export interface StdinInput {
  text: string;
  filename?: string;
}

/**
 * expandPaths, and the path `-` as the text given for it: the first input,
 * wherever it was named among the paths, and unmatched when empty.
 * `somethingToCheck`: an input or problem besides empty stdin, for
 * unmatchedPathsError.
 */
export function expandInputs(
  paths: readonly string[],
  options: ExpandOptions & { cwd: string; stdin?: StdinInput },
): { inputs: InputSource[]; problems: InputProblem[]; unmatched: UnmatchedPath[]; somethingToCheck: boolean } {
  const { inputs, problems, unmatched } = expandPaths(paths, options);
  let somethingToCheck = inputs.length > 0 || problems.length > 0;
  if (paths.includes("-")) {
    const name = options.stdin?.filename ?? "<stdin>";
    const text = options.stdin?.text ?? "";
    if (isEmptyStdin(text)) unmatched.unshift({ path: "-", message: EMPTY_STDIN_MESSAGE });
    else somethingToCheck = true;
    inputs.unshift({ name, text, absolutePath: resolve(options.cwd, name) });
  }
  return { inputs, problems, unmatched, somethingToCheck };
}

/**
 * The usage error for paths that gave nothing to check, one line each, or
 * undefined when there is none. An ignored file named explicitly counts only
 * when nothing else is checked (`somethingElse`), so that the run is never an
 * empty pass.
 */
export function unmatchedPathsError(unmatched: readonly UnmatchedPath[], somethingElse: boolean): UsageError | undefined {
  const reported = unmatched.filter((u) => !u.ignoredFile || !somethingElse);
  return reported.length > 0 ? new UsageError(reported.map((u) => u.message).join("\n")) : undefined;
}

/**
 * Whether text read from stdin holds nothing to check: no bytes, or only
 * whitespace, comments and document markers (`---`, `...`), which is what a
 * template that renders nothing prints.
 */
export function isEmptyStdin(text: string): boolean {
  return !CONTENT_LINE.test(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

/** A line that is neither blank, nor a comment, nor a bare document marker. */
const CONTENT_LINE = /^(?![ \t]*(?:#.*)?$)(?!(?:---|\.\.\.)(?:[ \t]+(?:#.*)?)?$)/m;

export const EMPTY_STDIN_MESSAGE = "stdin is empty: no YAML or JSON document to check";

/** Whether an ignored folder holds a manifest file the pattern would have matched (never reported: only the wording of an error depends on it). */
function holdsManifest(dir: string, filter: GlobFilter | undefined, visited: Set<string>): boolean {
  let entries: Dirent[];
  try {
    const real = realpathSync(dir);
    if (visited.has(real)) return false;
    visited.add(real);
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return false;
  }
  for (const dirent of entries) {
    const abs = join(dir, dirent.name);
    let st: Stats | Dirent = dirent;
    if (!dirent.isDirectory() && !dirent.isFile()) {
      try {
        st = statSync(abs);
      } catch {
        continue;
      }
    }
    if (st.isDirectory()) {
      if (dirent.name !== "node_modules" && dirent.name !== ".git" && holdsManifest(abs, filter && !filter(abs, true) ? filter : undefined, visited)) return true;
    } else if (st.isFile() && isManifestName(dirent.name) && (!filter || filter(abs, false))) {
      return true;
    }
  }
  return false;
}

function isSymbolicLink(abs: string): boolean {
  try {
    return lstatSync(abs).isSymbolicLink();
  } catch {
    return false;
  }
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


/** Why an entry found in a folder (or a named path that is a symbolic link) cannot be used. */
function describeEntryError(err: unknown): string {
  // Listed, but its stat fails with ENOENT: a symbolic link whose target is gone.
  return (err as NodeJS.ErrnoException)?.code === "ENOENT" ? "broken symbolic link: its target does not exist" : describeFsError(err);
}

/** Files from this size on are read a block at a time (load/parse.ts readManifestStream): one document's text held, not the file's. */
const STREAM_FROM_BYTES = 8 * 1024 * 1024;
/** Files read a block at a time may be this large; one document in them, 32 MiB (MAX_DOCUMENT_CHARS). */
export const MAX_STREAMED_FILE_BYTES = 2 * 1024 * 1024 * 1024;

/** An input's text, whole or (a large file) in blocks; or why it cannot be read. */
export function openInput(input: InputSource): { text: string } | { blocks: Iterable<string> } | { problem: string } {
  if (input.text === undefined && sizeOf(input.absolutePath!) >= STREAM_FROM_BYTES) {
    const read = readTextBlocks(input.absolutePath!, MAX_STREAMED_FILE_BYTES);
    // A file with a NUL is one finding at the NUL, which needs its whole text: read as any file (up to 32 MiB).
    if (!("nul" in read)) return { problem: read.tooLarge || read.special ? `${read.problem}; not checked` : read.problem };
    if (!read.nul) return { blocks: read.blocks };
  }
  return readInput(input);
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** Reads an input's text, or says why it cannot. */
export function readInput(input: InputSource): { text: string } | { problem: string } {
  if (input.text !== undefined) return { text: input.text };
  const read = readRegularFile(input.absolutePath!, MAX_FILE_BYTES);
  if (!("bytes" in read)) return { problem: read.tooLarge || read.special ? `${read.problem}; not checked` : read.problem };
  const bytes = Buffer.from(read.bytes.buffer, read.bytes.byteOffset, read.bytes.byteLength);
  // Most manifests are ASCII, which decodes several times faster as Latin-1 (the same text).
  return { text: bytes.toString(isAscii(bytes) ? "latin1" : "utf8") };
}
