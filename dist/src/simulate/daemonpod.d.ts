/**
 * The pod a DaemonSet creates on each node, reduced once to what placement
 * needs: the controller's `NewPod` (template plus the default daemon
 * tolerations, pkg/controller/daemon/daemon_controller.go) and, for the
 * scheduler filters, the requests and host ports of the created Pod object.
 */
import { type RequiredNodeAffinity } from "../k8s/nodeaffinity.js";
import { type HostPort, type ResourceAmounts } from "../k8s/podresources.js";
import { type Toleration } from "../k8s/tolerations.js";
export interface UpdateStrategy {
    type: string;
    /** apps/v1 defaults applied: 1 and 0 for RollingUpdate (`SetDefaults_DaemonSet`). */
    maxUnavailable?: unknown;
    maxSurge?: unknown;
}
export interface DaemonPod {
    name: string;
    namespace?: string;
    /** The template's `spec.nodeName`, `""` when unset. */
    nodeName: string;
    hostNetwork: boolean;
    affinity: RequiredNodeAffinity;
    /** The template's tolerations merged with the daemon defaults (`AddOrUpdateDaemonPodTolerations`). */
    tolerations: Toleration[];
    /** `PodRequests` of the created pod (requests defaulted from limits, as for any new Pod). */
    requests: ResourceAmounts;
    hostPorts: HostPort[];
    updateStrategy: UpdateStrategy;
    /** The template's `priorityClassName`, `""` when unset: admission gives the pod its priority from it. */
    priorityClassName: string;
}
/** Reads a parsed DaemonSet manifest; missing or malformed parts read as absent. */
export declare function daemonPodOf(daemonSet: unknown): DaemonPod;
