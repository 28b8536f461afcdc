import { createRequire } from "node:module";

/**
 * Modules found at run time: the schema validators of the target Kubernetes
 * version (CommonJS, required) and the language server's bundle (an ES
 * module, imported). The command line runs from V8's code cache
 * (src/launch.cts): code restored from that cache cannot call import()
 * itself, and the launcher runs the validators through the cache as well, so
 * it hands in a loader of its own.
 */
export interface ModuleLoader {
  importModule(specifier: string): Promise<unknown>;
  requireModule(path: string): unknown;
  /** The run turns out large: the launcher sets its V8 flags for large runs (src/launch.cts). */
  largeRun?(): void;
}

let nodeRequire: NodeJS.Require | undefined;
const requireHere = (): NodeJS.Require => (nodeRequire ??= createRequire(import.meta.url));

let loader: ModuleLoader = {
  importModule: (specifier) => import(specifier),
  requireModule: (path) => requireHere()(path),
};

export function importModule<T>(specifier: string): Promise<T> {
  return loader.importModule(specifier) as Promise<T>;
}

export function requireModule<T>(path: string): T {
  return loader.requireModule(path) as T;
}

export function useModuleLoader(next: ModuleLoader): void {
  loader = next;
}

/**
 * Says that the run is large (thousands of DaemonSets or nodes): the heap
 * settings that keep a large run's peak memory down are not worth their
 * start-up cost to a run of one file.
 */
export function largeRun(): void {
  loader.largeRun?.();
}

/** A Node.js built-in module loaded on first use: start-up pays only for those a run needs. */
export function builtin<T>(name: `node:${string}`): T {
  return requireHere()(name) as T;
}

/**
 * A package of `dependencies` loaded on first use and never bundled
 * (scripts/bundle.ts keeps it external): the parser of custom rules
 * (@typescript-eslint/typescript-estree, with TypeScript behind it) costs
 * half a second to load, which only a run that compiles custom rules pays.
 */
export function dependency<T>(name: string): T {
  return requireHere()(name) as T;
}
