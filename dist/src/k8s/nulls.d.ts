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
 * A reader may share one decoded value between an anchor and its aliases:
 * each further occurrence is replaced by a copy first, since a null means
 * "" under `labels` but "unset" elsewhere, and nothing later may see one
 * occurrence change through another. A value known to share nothing
 * (`unshared`: JSON.parse's) is not looked through for that.
 */
export declare function applyApiNulls(json: unknown, unshared?: boolean): number;
