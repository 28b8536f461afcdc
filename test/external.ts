/**
 * Tests that drive a program outside this repository (pre-commit, Neovim)
 * run when it is installed. On a developer's machine without it they are
 * skipped, with one printed line saying what to install. With
 * DSLINT_REQUIRE_EXTERNAL=1 (set by .ci/run, which installs them) a missing
 * program fails the run instead, so CI can never pass by skipping.
 */
import { spawnSync } from "node:child_process";

export const REQUIRE_EXTERNAL = process.env.DSLINT_REQUIRE_EXTERNAL === "1";

export interface ExternalProgram {
  /** The command, looked up on PATH. */
  command: string;
  /** What to install, e.g. "apt-get install pre-commit, or pip install pre-commit". */
  install: string;
  /** Its `--version` output when it runs, else undefined. */
  version: string | undefined;
}

const announced = new Set<string>();

export function externalProgram(command: string, install: string, versionArgs: readonly string[] = ["--version"]): ExternalProgram {
  const r = spawnSync(command, versionArgs, { encoding: "utf8", timeout: 30_000 });
  const version = r.status === 0 ? (r.stdout || r.stderr).trim().split("\n")[0] : undefined;
  return { command, install, version };
}

/**
 * Skips the test (ctx.skip) when the program is missing, printing why once
 * per program; throws instead under DSLINT_REQUIRE_EXTERNAL=1.
 */
export function requireProgram(program: ExternalProgram, ctx: { skip(note?: string): never }): void {
  if (program.version !== undefined) return;
  const line = `${program.command} is not installed: ${program.install}`;
  if (REQUIRE_EXTERNAL) throw new Error(`${line} (DSLINT_REQUIRE_EXTERNAL=1 requires it)`);
  if (!announced.has(program.command)) {
    announced.add(program.command);
    process.stderr.write(`skipped: ${line}\n`);
  }
  ctx.skip(line);
}
