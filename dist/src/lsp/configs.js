import { dirname, resolve } from "node:path";
import { emptyConfig, findConfigFile, loadConfigFile } from "../config/config.js";
import { matchesGlobs } from "../load/globs.js";
import { compiledCustomRules } from "../config/run.js";
import { isUsageError, resolveKubernetesVersion } from "../options.js";
/**
 * The `.dslint.yaml` of each document, found the way the command line finds
 * it (the nearest one from the document's folder upwards), loaded once and
 * kept until the editor says it changed. A broken configuration is reported
 * once, and its documents are linted with the defaults meanwhile.
 */
export class ConfigResolver {
    rules;
    report;
    /** Loaded configurations by file; a broken one is stored as the defaults. */
    loaded = new Map();
    /** The editor's own Kubernetes version (initializationOptions), when valid. */
    editorVersion;
    constructor(rules, report) {
        this.rules = rules;
        this.report = report;
    }
    setKubernetesVersion(version) {
        this.editorVersion = undefined;
        if (version === undefined)
            return;
        try {
            this.editorVersion = resolveKubernetesVersion(version);
        }
        catch (err) {
            this.report(`dslint: kubernetesVersion in the editor settings: ${err.message}; using the configuration's or the newest`);
        }
    }
    /** The settings for a document at `absolutePath`. */
    forDocument(absolutePath) {
        const file = findConfigFile(dirname(absolutePath));
        const config = file ? this.load(file) : emptyConfig(dirname(absolutePath));
        const kubernetesVersion = this.editorVersion ?? resolveKubernetesVersion(config.kubernetesVersion);
        return { config: this.withCompiledRules(config, kubernetesVersion), kubernetesVersion };
    }
    /**
     * The configuration, if its custom rules compile for the version; else
     * reported once and used without them, so that the rest still lints.
     */
    withCompiledRules(config, version) {
        if (!config.customRules?.length)
            return config;
        const key = `${config.file}\u0000${version}`;
        const without = this.withoutCustomRules.get(key);
        if (without?.config === config)
            return without.without;
        try {
            compiledCustomRules(config, version);
            return config;
        }
        catch (err) {
            if (!isUsageError(err))
                throw err;
            this.report(`dslint: the configuration's custom rules are broken for Kubernetes ${version}, linting without them until they are fixed:\n${err.message}`);
            const withoutRules = { ...config, customRules: [] };
            this.withoutCustomRules.set(key, { config, without: withoutRules });
            return withoutRules;
        }
    }
    /** Configurations whose custom rules did not compile, by file and version: reported once. */
    withoutCustomRules = new Map();
    /** Whether the configuration ignores the document (its `ignore` globs), as `dslint check` would. */
    isIgnored(config, absolutePath) {
        return matchesGlobs(absolutePath, { dir: config.dir, globs: config.ignore });
    }
    /** Forget a configuration file (it changed, was created or deleted); undefined forgets all. */
    invalidate(file) {
        if (file === undefined)
            this.loaded.clear();
        else
            this.loaded.delete(resolve(file));
    }
    load(file) {
        const key = resolve(file);
        let config = this.loaded.get(key);
        if (config)
            return config;
        try {
            config = loadConfigFile(key, this.rules);
        }
        catch (err) {
            if (!isUsageError(err))
                throw err;
            this.report(`dslint: the configuration is broken, linting with the default settings until it is fixed:\n${err.message}`);
            config = emptyConfig(dirname(key));
        }
        this.loaded.set(key, config);
        return config;
    }
}
