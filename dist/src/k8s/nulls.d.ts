/**
 * What the API server's JSON decoding makes of an explicit null (Go's
 * encoding/json, which Kubernetes' decoders follow): a null struct field is
 * left unset, but a null value in a map is an entry with the element's zero
 * value. `nodeSelector: {disk: }` is the selector disk="" (the DaemonSet runs
 * only on nodes labelled `disk=`), not "no selector".
 */
/**
 * The decoded JSON of a manifest as the API server sees it. Changes the value
 * in place; returns how deeply it nests (a list or map counts one level).
 */
export declare function applyApiNulls(json: unknown): number;
