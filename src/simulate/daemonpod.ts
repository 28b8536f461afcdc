/**
 * The pod a DaemonSet creates on each node, reduced once to what placement
 * needs: the controller's `NewPod` (template plus the default daemon
 * tolerations, pkg/controller/daemon/daemon_controller.go) and, for the
 * scheduler filters, the requests and host ports of the created Pod object.
 */
import { requiredNodeAffinity, type RequiredNodeAffinity } from "../k8s/nodeaffinity.js";
import { podHostPorts, podRequests, type HostPort, type ResourceAmounts } from "../k8s/podresources.js";
import { daemonPodTolerations, type Toleration } from "../k8s/tolerations.js";
import { isRecord } from "../values.js";

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

/**
 * `spec.updateStrategy` with the apps/v1 defaults: type RollingUpdate, and
 * for RollingUpdate maxUnavailable 1 and maxSurge 0 when unset. Other types
 * get no rolling-update defaults.
 */
function updateStrategyOf(spec: Record<string, unknown>): UpdateStrategy {
  const raw = isRecord(spec.updateStrategy) ? spec.updateStrategy : {};
  const type = typeof raw.type === "string" && raw.type !== "" ? raw.type : "RollingUpdate";
  const rolling = isRecord(raw.rollingUpdate) ? raw.rollingUpdate : undefined;
  if (type !== "RollingUpdate") return { type, maxUnavailable: rolling?.maxUnavailable, maxSurge: rolling?.maxSurge };
  return {
    type,
    maxUnavailable: rolling?.maxUnavailable ?? 1,
    maxSurge: rolling?.maxSurge ?? 0,
  };
}

/** Reads a parsed DaemonSet manifest; missing or malformed parts read as absent. */
export function daemonPodOf(daemonSet: unknown): DaemonPod {
  const object = isRecord(daemonSet) ? daemonSet : {};
  const metadata = isRecord(object.metadata) ? object.metadata : {};
  const spec = isRecord(object.spec) ? object.spec : {};
  const template = isRecord(spec.template) ? spec.template : {};
  const podSpec = isRecord(template.spec) ? template.spec : {};
  const hostNetwork = podSpec.hostNetwork === true;
  const pod: DaemonPod = {
    name: typeof metadata.name === "string" ? metadata.name : "",
    nodeName: typeof podSpec.nodeName === "string" ? podSpec.nodeName : "",
    hostNetwork,
    affinity: requiredNodeAffinity(podSpec),
    tolerations: daemonPodTolerations(podSpec),
    requests: podRequests(podSpec, { defaultRequestsFromLimits: true }),
    hostPorts: podHostPorts(podSpec),
    updateStrategy: updateStrategyOf(spec),
    priorityClassName: typeof podSpec.priorityClassName === "string" ? podSpec.priorityClassName : "",
  };
  if (typeof metadata.namespace === "string" && metadata.namespace !== "") pod.namespace = metadata.namespace;
  return pod;
}
