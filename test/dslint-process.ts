/** Runs the built command line (bin/dslint.js) as a user's shell would, for the CLI tests. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { repoRoot } from "./data.js";

export const bin = join(repoRoot, "bin", "dslint.js");

export interface DslintRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface DslintRunOptions {
  input?: string;
  cwd?: string;
  env?: Record<string, string | undefined>;
}

export function runDslint(args: readonly string[], options: DslintRunOptions = {}): DslintRun {
  const r = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.input ?? "",
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined, ...options.env },
    // Reports of the whole corpus pass 1 MiB, spawnSync's default: a cut
    // report would fail the test for the wrong reason.
    maxBuffer: 1 << 30,
  });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
