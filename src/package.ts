/**
 * The installed package: its root folder (the one holding `package.json`,
 * `schemas/` and `README.md`) and what its package.json says. Found by
 * walking up from this module, because it runs from `src/` (tests), from
 * `dist/src/` and from the bundles in `dist/`.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let cachedRoot: string | undefined;

export function packageRoot(): string {
  if (cachedRoot !== undefined) return cachedRoot;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error("dslint: cannot find the package root above " + fileURLToPath(import.meta.url));
    dir = parent;
  }
  cachedRoot = dir;
  return dir;
}

export interface PackageJson {
  version: string;
  homepage?: string;
}

let cachedJson: PackageJson | undefined;

/** The package's package.json. */
export function packageJson(): PackageJson {
  cachedJson ??= JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as PackageJson;
  return cachedJson;
}
