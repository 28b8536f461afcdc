import { asArray, asObject, asString, quote } from "../pod.js";
/** check_hostPathVolumes.go: no volume may use hostPath. */
function hostPathVolumes_1_0(pod) {
    const violations = [];
    asArray(pod.spec.volumes).forEach((entry, index) => {
        const volume = asObject(entry);
        if (!volume || !asObject(volume.hostPath))
            return;
        violations.push({
            path: ["spec", "volumes", index, "hostPath"],
            message: `volume ${quote(asString(volume.name) ?? "")} must not use hostPath`,
            fix: "replace the hostPath volume with another volume type",
        });
    });
    return violations;
}
export const hostPathVolumesCheck = {
    id: "hostPathVolumes",
    level: "baseline",
    description: "Volumes must not be of type hostPath.",
    versions: [{ minVersion: 0, run: hostPathVolumes_1_0 }],
};
