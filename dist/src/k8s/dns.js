/**
 * Pod DNS policies as the kubelet applies them
 * (pkg/kubelet/network/dns/dns.go `getPodDNSType`; the default from
 * pkg/apis/core/v1/defaults.go `SetDefaults_PodSpec`).
 */
import { isRecord, scalarText } from "../values.js";
/** What the API server writes when dnsPolicy is unset or empty. */
export const DEFAULT_DNS_POLICY = "ClusterFirst";
/** The dnsPolicy of a pod spec after defaulting. */
export function dnsPolicy(podSpec) {
    const written = isRecord(podSpec) ? scalarText(podSpec.dnsPolicy) : undefined;
    return written === undefined || written === "" ? DEFAULT_DNS_POLICY : written;
}
/**
 * `getPodDNSType`: ClusterFirst in a hostNetwork pod falls through to
 * Default, the node's resolv.conf; ClusterFirstWithHostNet uses cluster DNS
 * either way. Undefined for a policy the kubelet rejects.
 */
export function podDnsSource(podSpec) {
    const hostNetwork = isRecord(podSpec) && podSpec.hostNetwork === true;
    switch (dnsPolicy(podSpec)) {
        case "ClusterFirstWithHostNet":
            return "cluster";
        case "ClusterFirst":
            return hostNetwork ? "host" : "cluster";
        case "Default":
            return "host";
        case "None":
            return "none";
        default:
            return undefined;
    }
}
