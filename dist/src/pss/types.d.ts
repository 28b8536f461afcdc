import type { Path } from "../path.js";
/** A Pod Security Standards level (`k8s.io/pod-security-admission/api`). */
export type PssLevel = "privileged" | "baseline" | "restricted";
/** The level a single check belongs to; `privileged` has no checks. */
export type PssCheckLevel = Exclude<PssLevel, "privileged">;
/** The upstream check IDs, as registered by `policy/check_*.go`. */
export type PssCheckId = "privileged" | "hostNamespaces" | "hostPathVolumes" | "hostPorts" | "capabilities_baseline" | "appArmorProfile" | "seLinuxOptions" | "procMount" | "seccompProfile_baseline" | "sysctls" | "windowsHostProcess" | "hostProbesAndHostLifecycle" | "restrictedVolumes" | "allowPrivilegeEscalation" | "capabilities_restricted" | "runAsNonRoot" | "runAsUser" | "seccompProfile_restricted" | "procMount_restricted";
export interface PssPolicy {
    level: PssLevel;
    /** `"latest"`, `"v1.NN"` or `"1.NN"`. */
    version: string;
}
/** One offending field found by one check. */
export interface PssFailure {
    check: PssCheckId;
    level: PssCheckLevel;
    /** The offending field, relative to the pod (template): starts with "spec" or "metadata". */
    path: Path;
    message: string;
    fix?: string;
}
/** What a check function reports; the evaluator adds the check ID and level. */
export interface CheckViolation {
    path: Path;
    message: string;
    fix?: string;
}
