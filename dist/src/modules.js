import { createRequire } from "node:module";
let nodeRequire;
const requireHere = () => (nodeRequire ??= createRequire(import.meta.url));
let loader = {
    importModule: (specifier) => import(specifier),
    requireModule: (path) => requireHere()(path),
};
export function importModule(specifier) {
    return loader.importModule(specifier);
}
export function requireModule(path) {
    return loader.requireModule(path);
}
export function useModuleLoader(next) {
    loader = next;
}
/**
 * Says that the run is large (thousands of DaemonSets or nodes): the heap
 * settings that keep a large run's peak memory down are not worth their
 * start-up cost to a run of one file.
 */
export function largeRun() {
    loader.largeRun?.();
}
/** A Node.js built-in module loaded on first use: start-up pays only for those a run needs. */
export function builtin(name) {
    return requireHere()(name);
}
/**
 * A package of `dependencies` loaded on first use and never bundled
 * (scripts/bundle.ts keeps it external): the parser of custom rules
 * (@typescript-eslint/typescript-estree, with TypeScript behind it) costs
 * half a second to load, which only a run that compiles custom rules pays.
 */
export function dependency(name) {
    return requireHere()(name);
}
