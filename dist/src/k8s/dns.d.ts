/** What the API server writes when dnsPolicy is unset or empty. */
export declare const DEFAULT_DNS_POLICY = "ClusterFirst";
/** Where a pod's resolv.conf comes from: cluster DNS, the node's own resolv.conf, or only dnsConfig. */
export type PodDnsSource = "cluster" | "host" | "none";
/** The dnsPolicy of a pod spec after defaulting. */
export declare function dnsPolicy(podSpec: unknown): string;
/**
 * `getPodDNSType`: ClusterFirst in a hostNetwork pod falls through to
 * Default, the node's resolv.conf; ClusterFirstWithHostNet uses cluster DNS
 * either way. Undefined for a policy the kubelet rejects.
 */
export declare function podDnsSource(podSpec: unknown): PodDnsSource | undefined;
