/**
 * What a check is run with: its options, and what they resolve to for every
 * file (the configuration, given or the nearest .dslint.yaml; the Kubernetes
 * version; the globs to leave out).
 */
import { relative, resolve } from "node:path";
import { resolveKubernetesVersion } from "../options.js";
import { emptyConfig, findConfigFile, loadConfigFile } from "./config.js";
// Every option, so that a misspelt one is an error rather than silently ignored (the compiler keeps the list whole).
export const CHECK_OPTIONS = {
    kubernetesVersion: true,
    cwd: true,
    stdin: true,
    ignore: true,
    config: true,
    configFile: true,
    inlineConfig: true,
    nodes: true,
    threads: true,
    errorOnUnmatchedPattern: true,
};
export const CHECK_TEXT_OPTIONS = { kubernetesVersion: true, config: true, configFile: true, cwd: true, inlineConfig: true, nodes: true, templateSource: true };
export function resolveRun(options, cwd, rules) {
    const config = options.config ?? resolveConfig(cwd, options.configFile, rules);
    return {
        config,
        version: resolveKubernetesVersion(options.kubernetesVersion ?? config.kubernetesVersion),
        inlineConfig: options.inlineConfig ?? true,
        placement: false,
    };
}
function resolveConfig(cwd, configFile, rules) {
    const file = configFile ? resolve(cwd, configFile) : findConfigFile(cwd);
    if (!file)
        return emptyConfig(cwd);
    return loadConfigFile(file, rules, relative(cwd, file) || file);
}
/** The globs of paths to leave out: the options' (relative to cwd) and the configuration's `ignore` (relative to its folder). */
export function ignoreGlobs(options, run, cwd) {
    return [
        { dir: cwd, globs: options.ignore ?? [] },
        { dir: run.config.dir, globs: run.config.ignore },
    ];
}
