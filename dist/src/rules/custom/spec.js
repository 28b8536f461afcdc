/** The roles of a rule's expressions, in the order the configuration documents them. */
export const EXPRESSION_KEYS = ["when", "assert", "message", "at"];
/**
 * What a rule can run once for, besides the whole DaemonSet: the scopes the
 * built-in rules walk (src/k8s/pod-walk.ts), each with the names it adds.
 */
export const FOR_EACH_SCOPES = ["container", "volume", "hostPath", "volumeMount", "port", "env", "toleration"];
/** `acme/registry`, `team-label`: kebab-case, one optional prefix, and short enough for an annotation key's name (63). */
export const CUSTOM_RULE_ID = /^(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)?[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const CUSTOM_RULE_ID_MAX = 63;
