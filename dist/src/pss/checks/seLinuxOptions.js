import { asObject, asString, ownerPhrase, quote } from "../pod.js";
const ALLOWED_TYPES_1_0 = new Set(["", "container_t", "container_init_t", "container_kvm_t"]);
const ALLOWED_TYPES_1_31 = new Set([...ALLOWED_TYPES_1_0, "container_engine_t"]);
function seLinuxViolations(owner, securityContextPath, securityContext, allowedTypes) {
    const options = asObject(asObject(securityContext)?.seLinuxOptions);
    if (!options)
        return [];
    const base = [...securityContextPath, "seLinuxOptions"];
    const violations = [];
    const type = asString(options.type) ?? "";
    if (!allowedTypes.has(type)) {
        violations.push({
            path: [...base, "type"],
            message: `${owner} must not set securityContext.seLinuxOptions.type to ${quote(type)}`,
            fix: `use one of the types ${[...allowedTypes].filter(Boolean).map(quote).join(", ")}, or leave it unset`,
        });
    }
    for (const field of ["user", "role"]) {
        if (!asString(options[field]))
            continue;
        violations.push({
            path: [...base, field],
            message: `${owner} must not set securityContext.seLinuxOptions.${field}`,
            fix: `remove securityContext.seLinuxOptions.${field}`,
        });
    }
    return violations;
}
/** check_seLinuxOptions.go: type from an allowed list; user and role empty. */
function seLinuxOptionsWith(allowedTypes) {
    return (pod) => [
        ...seLinuxViolations("pod", ["spec", "securityContext"], pod.podSecurityContext, allowedTypes),
        ...pod.containers.flatMap((container) => seLinuxViolations(ownerPhrase(container), [...container.path, "securityContext"], container.securityContext, allowedTypes)),
    ];
}
export const seLinuxOptionsCheck = {
    id: "seLinuxOptions",
    level: "baseline",
    description: "SELinux options may only set an allowed container type, never a user or role.",
    versions: [
        { minVersion: 0, run: seLinuxOptionsWith(ALLOWED_TYPES_1_0) },
        // 1.31 allows container_engine_t.
        { minVersion: 31, run: seLinuxOptionsWith(ALLOWED_TYPES_1_31) },
    ],
};
