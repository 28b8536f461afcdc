import type * as Yaml from "yaml";
import { requireModule } from "../modules.js";

/**
 * The yaml package (YAML 1.2), for the files only a chart or a
 * kustomization has (manifests are read by src/load/yaml/). Loaded on first
 * use, so that checking plain manifests does not pay for loading it: the
 * command line's bundle carries it as a file of its own (scripts/bundle.ts
 * replaces this module there).
 */
let loaded: typeof Yaml | undefined;

export function yamlPackage(): typeof Yaml {
  return (loaded ??= requireModule<typeof Yaml>("yaml"));
}
