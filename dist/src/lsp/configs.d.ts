import { type DslintConfig } from "../config/config.js";
import type { Rule } from "../rules/types.js";
/** What a document is checked with. */
export interface DocumentSettings {
    config: DslintConfig;
    /** The Kubernetes version: the editor's setting, else the configuration's, else the newest. */
    kubernetesVersion: string;
}
/**
 * The `.dslint.yaml` of each document, found the way the command line finds
 * it (the nearest one from the document's folder upwards), loaded once and
 * kept until the editor says it changed. A broken configuration is reported
 * once, and its documents are linted with the defaults meanwhile.
 */
export declare class ConfigResolver {
    private readonly rules;
    private readonly report;
    /** Loaded configurations by file; a broken one is stored as the defaults. */
    private readonly loaded;
    /** The editor's own Kubernetes version (initializationOptions), when valid. */
    private editorVersion;
    constructor(rules: readonly Rule[], report: (message: string) => void);
    setKubernetesVersion(version: string | undefined): void;
    /** The settings for a document at `absolutePath`. */
    forDocument(absolutePath: string): DocumentSettings;
    /**
     * The configuration, if its custom rules compile for the version; else
     * reported once and used without them, so that the rest still lints.
     */
    private withCompiledRules;
    /** Configurations whose custom rules did not compile, by file and version: reported once. */
    private readonly withoutCustomRules;
    /** Whether the configuration ignores the document (its `ignore` globs), as `dslint check` would. */
    isIgnored(config: DslintConfig, absolutePath: string): boolean;
    /** Forget a configuration file (it changed, was created or deleted); undefined forgets all. */
    invalidate(file?: string): void;
    private load;
}
