import { statSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { describeSpecialFile } from "../load/fs-errors.js";
import { UsageError } from "../options.js";

export interface OptionSpec {
  type: "string" | "boolean";
  multiple?: boolean;
  short?: string;
  /** Shown in --help. */
  help: string;
  /** Placeholder for the value in --help. */
  value?: string;
}

/**
 * Parses a command's arguments with node:util parseArgs, turning its errors
 * into one-line usage errors (exit code 2).
 */
export function parseCommandArgs<T extends Record<string, OptionSpec>>(
  argv: readonly string[],
  spec: T,
): { values: { [K in keyof T]?: T[K]["type"] extends "boolean" ? boolean : T[K]["multiple"] extends true ? string[] : string }; positionals: string[] } {
  const options: Record<string, { type: "string" | "boolean"; multiple?: boolean; short?: string }> = {};
  for (const [name, s] of Object.entries(spec)) {
    options[name] = { type: s.type, multiple: s.multiple ?? false, ...(s.short ? { short: s.short } : {}) };
  }
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
    return { values: values as never, positionals };
  } catch (err) {
    const msg = (err as Error).message.replace(/\. To specify a positional argument.*$/s, "");
    throw new UsageError(msg.replace(/^Unknown option '(.*)'$/, "unknown option $1"));
  }
}

export function renderOptionsHelp(spec: Record<string, OptionSpec>): string {
  const rows = Object.entries(spec).map(([name, s]) => {
    const flag = `${s.short ? `-${s.short}, ` : "    "}--${name}${s.type === "string" ? ` ${s.value ?? "VALUE"}` : ""}`;
    return [flag, s.help] as const;
  });
  const width = Math.max(...rows.map(([f]) => f.length)) + 2;
  return rows.map(([f, h]) => `  ${f.padEnd(width)}${h}`).join("\n");
}

/**
 * Option values that must name existing files (`--nodes FILE`): a missing
 * file, a folder or a special file (a FIFO, which would wait for a writer; a
 * device such as /dev/zero, which never ends) is a usage error, one line
 * each, before anything is read. `-` is stdin where the option reads it.
 * `paths`: the option also takes folders and globs, which its reader expands
 * (and rejects when they give no file); a glob is a path with `*?[]{}` that
 * does not exist as written.
 */
export function requireFiles(option: string, files: readonly (string | undefined)[], cwd: string, options: { stdin?: boolean; paths?: boolean } = {}): void {
  const errors: string[] = [];
  for (const file of files) {
    if (file === undefined || (file === "-" && options.stdin)) continue;
    try {
      const stats = statSync(resolve(cwd, file));
      const special = describeSpecialFile(stats);
      if (stats.isDirectory()) {
        if (!options.paths) errors.push(`--${option}: "${file}" is a folder; give a file`);
      } else if (special) errors.push(`--${option}: "${file}" ${special}${options.stdin && stats.isFIFO() ? "; to read what a program prints, pipe it to dslint and give -" : ""}`);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (options.paths && /[*?[\]{}]/.test(file)) continue;
      if (code === "ENOENT" || code === "ENOTDIR") errors.push(`--${option}: "${file}" does not exist`);
    }
  }
  if (errors.length > 0) throw new UsageError(errors.join("\n"));
}

