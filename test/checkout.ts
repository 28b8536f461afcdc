/**
 * A copy of this repository as a fresh clone would hold it: the tracked files
 * and the new ones that are not ignored, as they are in the work tree now
 * (the committed build in dist/ included, node_modules and other ignored
 * files not). The GitHub Action and pre-commit take dslint from such a clone.
 */
import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { repoRoot } from "./data.js";

export function copyAsCloned(into: string): void {
  const files = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: repoRoot, encoding: "utf8" })
    .split("\0")
    .filter(Boolean);
  for (const file of files) {
    mkdirSync(dirname(join(into, file)), { recursive: true });
    try {
      cpSync(join(repoRoot, file), join(into, file), { recursive: false });
    } catch (err) {
      // A tracked file deleted in the work tree is not part of the copy.
      if ((err as NodeJS.ErrnoException).code !== "ENOENT") throw err;
    }
  }
}
