import type { PssFailure, PssPolicy } from "./types.js";
/**
 * Evaluates a pod (or pod template) against a Pod Security Standards level and
 * version, as `k8s.io/pod-security-admission/policy` does. Returns one failure
 * per offending field; an empty list means the pod is allowed. Input of the
 * wrong shape never throws: wrongly typed fields count as unset. An unknown
 * level runs no checks; an unparsable version evaluates as `latest`.
 */
export declare function evaluatePodSecurity(pod: {
    metadata?: unknown;
    spec: unknown;
}, policy: PssPolicy): PssFailure[];
