/**
 * Scalar resolution as Kubernetes does it. Manifests reach the API server
 * through sigs.k8s.io/yaml, which decodes with go-yaml v2: YAML 1.1 rules,
 * where `yes`, `on` and `y` are booleans and `0755` is octal. This mirrors
 * go-yaml v2's resolve.go (`resolve`, `resolveTable`, `resolveMap`,
 * `parseTimestamp`) and what decode.go keeps of it for an interface{} target.
 */
export declare const STR_TAG = "tag:yaml.org,2002:str";
export declare const NULL_TAG = "tag:yaml.org,2002:null";
export declare const BOOL_TAG = "tag:yaml.org,2002:bool";
export declare const INT_TAG = "tag:yaml.org,2002:int";
export declare const FLOAT_TAG = "tag:yaml.org,2002:float";
export declare const TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp";
export declare const BINARY_TAG = "tag:yaml.org,2002:binary";
export declare const MERGE_TAG = "tag:yaml.org,2002:merge";
/**
 * A resolved scalar with its Go type, which decides how it becomes a JSON map
 * key (sigs.k8s.io/yaml convertToJSONableObject) and whether JSON can hold it.
 */
export type GoScalar = {
    type: "string";
    value: string;
} | {
    type: "null";
    value: null;
} | {
    type: "bool";
    value: boolean;
}
/** int or int64: `digits` keeps the exact decimal form beyond 2^53. */
 | {
    type: "int";
    value: number;
    digits: string;
} | {
    type: "uint64";
    value: number;
    digits: string;
} | {
    type: "float";
    value: number;
};
/**
 * resolve.go parseTimestamp: Go's time.Parse with the layouts
 * "2006-1-2T15:4:5.999999999Z07:00" (also with a lower-case t),
 * "2006-1-2 15:4:5.999999999" and "2006-1-2", with their range checks.
 */
export declare function isGoTimestamp(text: string): boolean;
/** A value that does not match its explicit tag: go-yaml fails the document. */
export declare class TagMismatch extends Error {
}
/**
 * What go-yaml decodes a scalar to for an interface{} target (decode.go
 * `scalar`): `tag` is the resolved tag of the node or undefined, `implicit`
 * says it was plain (or tagged `!`). Throws TagMismatch where go-yaml fails
 * (`!!int abc`), and for `!!binary` that is not base64.
 */
export declare function resolveScalar(text: string, tag: string | undefined, implicit: boolean): GoScalar;
/** What Kubernetes reads for a plain (unquoted, untagged) scalar. */
export declare function resolvePlainYaml11(text: string): unknown;
/** What a YAML 1.2 (core schema) parser reads for the same plain scalar. */
export declare function resolvePlainYaml12(text: string): unknown;
/** True when YAML 1.1 and 1.2 disagree on this plain scalar: a trap for anyone reading it with a modern parser. */
export declare function differsFromYaml12(text: string, yaml11: unknown): {
    yaml12: unknown;
} | undefined;
/**
 * The JSON field name a map key becomes (sigs.k8s.io/yaml
 * convertToJSONableObject), or undefined for a key JSON cannot hold (null,
 * uint64: kubectl fails the document).
 */
export declare function jsonKey(key: GoScalar): string | undefined;
/** strconv.FormatFloat(f, 'g', -1, 32) with go-yaml's names for the infinities and NaN. */
export declare function formatFloat32(value: number): string;
/** Sets a field of a JSON object, nulls kept; never lets a manifest key reach the prototype. */
export declare function setJsonField(out: Record<string, unknown>, key: string, value: unknown): void;
