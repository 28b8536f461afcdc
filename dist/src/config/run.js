/**
 * What a check is run with: its options, and what they resolve to for every
 * file (the configuration, given or the nearest .dslint.yaml; the Kubernetes
 * version; the globs to leave out).
 */
import { relative, resolve } from "node:path";
import { resolveKubernetesVersion } from "../options.js";
import { compileCustomRules } from "../rules/custom/compile.js";
import { builtInRules, rulesWithCustom } from "../rules/registry.js";
import { ConfigError, emptyConfig, findConfigFile, loadConfigFile } from "./config.js";
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
    suggestions: true,
};
export const CHECK_TEXT_OPTIONS = { kubernetesVersion: true, config: true, configFile: true, cwd: true, inlineConfig: true, nodes: true, suggestions: true, templateSource: true };
export function resolveRun(options, cwd, rules) {
    const config = options.config ?? resolveConfig(cwd, options.configFile, rules);
    const version = resolveKubernetesVersion(options.kubernetesVersion ?? config.kubernetesVersion);
    return {
        config,
        version,
        customRules: compiledCustomRules(config, version),
        inlineConfig: options.inlineConfig ?? true,
        placement: false,
        suggestions: options.suggestions ?? false,
    };
}
/** The configuration's custom rules compiled for the run's Kubernetes version; a ConfigError with every problem's position. */
export function compiledCustomRules(config, version) {
    const compiled = compileCustomRules(config.customRules ?? [], version);
    if ("rules" in compiled)
        return compiled.rules;
    const file = config.file ?? ".dslint.yaml";
    throw new ConfigError(compiled.problems.map((p) => `${file}:${p.line}:${p.column}: ${p.message}`).join("\n"));
}
/** Every rule the run has: the built-in ones and the configuration's own. */
export function rulesOfRun(run) {
    return rulesWithCustom(builtInRules(), run.customRules);
}
/** The configuration a run uses: `configFile` (relative to cwd), else the nearest .dslint.yaml upwards, else none. */
export function resolveConfig(cwd, configFile, rules) {
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
