import type { Problem } from "../finding.js";
/** What an object is, by its `apiVersion` and `kind`, and which checks apply. */
export type ObjectRole = {
    role: "daemonset";
} | {
    role: "node";
} | {
    role: "priorityclass";
}
/** A DaemonSet the target cluster cannot accept at all (removed or unknown API version). */
 | {
    role: "unservable";
} | {
    role: "other";
};
/**
 * Classifies an object and reports what makes it unusable before any schema
 * applies: a missing apiVersion or kind, or a DaemonSet in a removed API version.
 */
export declare function identifyObject(value: unknown): {
    role: ObjectRole;
    problems: Problem[];
};
