/**
 * Plain-scalar resolution as Kubernetes does it. Manifests reach the API
 * server through sigs.k8s.io/yaml, which decodes with a fork of go-yaml v2:
 * YAML 1.1 rules, where `yes`, `on` and `y` are booleans and `0755` is octal.
 * This mirrors go-yaml v2's resolve.go (`resolve`, `resolveTable`,
 * `resolveMap`). Timestamps are left as strings.
 */
/** What Kubernetes reads for a plain (unquoted, untagged) scalar. */
export declare function resolvePlainYaml11(text: string): unknown;
/** What a YAML 1.2 (core schema) parser reads for the same plain scalar. */
export declare function resolvePlainYaml12(text: string): unknown;
/** Resolution of a scalar with an explicit standard tag (`!!str 0755`, `!!int "3"`). */
export declare function resolveTagged(tag: string, text: string): unknown;
/** True when YAML 1.1 and 1.2 disagree on this plain scalar: a trap for anyone reading it with a modern parser. */
export declare function differsFromYaml12(text: string, yaml11: unknown): {
    yaml12: unknown;
} | undefined;
/** The string a mapping key becomes in JSON: YAML 1.1 resolution for plain keys (`on:` is the key "true"). */
export declare function keyString(value: unknown, type?: string): string;
/** Sets a decoded field as Go's JSON decoding does: a null value unsets it. */
export declare function setField(out: Record<string, unknown>, key: string, value: unknown): void;
