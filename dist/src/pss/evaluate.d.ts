import type { PssFailure, PssPolicy } from "./types.js";
/**
 * The minor version a policy evaluates at on a cluster of `kubernetesVersion`
 * (the newest known when absent). A cluster's Pod Security admission has the
 * checks of its own release only: `latest`, an unreadable version and newer
 * versions evaluate as the cluster's (registry.go `EvaluatePod` caps them at
 * the newest version its checks have).
 */
export declare function policyVersionOf(version: string, kubernetesVersion?: string): number;
/**
 * Evaluates a pod (or pod template) against a Pod Security Standards level and
 * version, as `k8s.io/pod-security-admission/policy` does. Returns one failure
 * per offending field; an empty list means the pod is allowed. Input of the
 * wrong shape never throws: wrongly typed fields count as unset. An unknown
 * level runs no checks; an unparsable version evaluates as `latest`, which is
 * the version of the cluster (`kubernetesVersion`, the newest known when absent).
 */
export declare function evaluatePodSecurity(pod: {
    metadata?: unknown;
    spec: unknown;
}, policy: PssPolicy, kubernetesVersion?: string): PssFailure[];
