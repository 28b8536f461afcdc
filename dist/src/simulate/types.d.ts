/**
 * The result of simulating one DaemonSet against a node inventory.
 *
 * Placement of a node:
 * - `runs`: the controller creates a pod and no scheduler filter blocks it.
 * - `pending`: the controller creates a pod (shouldRun) but a scheduler
 *   filter keeps it Pending on its only allowed node.
 * - `excluded`: the controller creates no pod; `shouldContinueRunning` says
 *   whether a pod already running there is kept (true) or deleted (false).
 * - `rejected`: the API server rejects the DaemonSet itself (`rejected` on the
 *   simulation has the first error), so no node gets a pod; every node of
 *   the inventory has this placement and one `Rejected` reason.
 *
 * A pod the scheduler can only place by preempting lower-priority pods
 * (given with `--pods`) `runs`, with one `Preempts` reason naming them; a
 * pod that `runs` otherwise has no reason.
 *
 * Reason codes (stable; each reason also carries the data of the failing predicate):
 * - `NodeNameMismatch` (excluded): the template sets `spec.nodeName` to another node. Data: `nodeName`.
 * - `NodeSelectorMismatch` (excluded): one `spec.nodeSelector` entry the node does not satisfy.
 *   Data: `key`, `expected`, `actual` (null when the label is absent).
 * - `NodeAffinityMismatch` (excluded): no required node-affinity term matches. Data: `terms`, why
 *   each term fails (the requirements with the node's actual value, empty terms, parse errors).
 * - `TaintNotTolerated` (excluded): a NoSchedule or NoExecute taint that no toleration (the
 *   template's plus the daemon defaults) tolerates. Data: `taint`.
 * - `InsufficientResource` (pending): NodeResourcesFit, a request above what is free. Data:
 *   `resource`, `requested`, `free`, `allocatable`, `used` in scheduler units (cpu in millicores,
 *   others in base units).
 * - `HostPortConflict` (pending): NodePorts, a host port a pod on the node already binds. Data:
 *   `hostPort` (wanted), `usedPort`, `usedBy` (the pod).
 * - `TooManyPods` (pending): NodeResourcesFit, the node is at its allocatable pod count. Data:
 *   `pods` (already on the node), `allocatable`.
 * - `Preempts` (runs): DefaultPreemption evicts lower-priority pods to make room. Data: `victims`
 *   (most important first, each with its `priority` and whether evicting it exceeds a
 *   PodDisruptionBudget), `pdbViolations`, `resolves` (the filter reasons the eviction removes).
 * - `PreemptionNotHelpful` (pending, only with `--pods`): why preemption leaves the pod Pending.
 *   Data: `cause`: `PreemptionPolicyNever` (the pod's class has preemptionPolicy Never),
 *   `NoLowerPriorityPods` (every pod on the node has at least the daemon pod's priority),
 *   `StillBlocked` (even with every lower-priority pod gone it does not fit; `remaining` are
 *   the reasons left) or `UnknownPriorityClass` (the class is neither built in nor given, so
 *   the priority is not known); `priority` of the daemon pod when known.
 * - `Rejected` (rejected): the API server's first error for the DaemonSet. Data: `field`, `line`
 *   and `column` in the manifest when read from a file, `errors` (how many there are).
 */
import type { TermMismatch } from "../k8s/nodeaffinity.js";
import type { PreemptionPolicy } from "../k8s/priority.js";
import type { HostPort } from "../k8s/podresources.js";
import type { Taint } from "../k8s/tolerations.js";
export type Placement = "runs" | "pending" | "excluded" | "rejected";
export type ReasonCode = "NodeNameMismatch" | "NodeSelectorMismatch" | "NodeAffinityMismatch" | "TaintNotTolerated" | "InsufficientResource" | "HostPortConflict" | "TooManyPods" | "Preempts" | "PreemptionNotHelpful" | "Rejected";
export interface PodRef {
    namespace: string;
    name: string;
}
/** A pod the daemon pod would preempt. */
export interface PreemptionVictim extends PodRef {
    priority: number;
    /** Evicting it takes a PodDisruptionBudget below its allowance: preemption avoids such pods, but may still evict them. */
    violatesBudget: boolean;
}
/**
 * The API server's answer to a DaemonSet it refuses (src/validate: decoding,
 * then `ValidateDaemonSet` after defaulting): the first error, and how many.
 */
export interface ApiRejection {
    /** The Kubernetes field path (`spec.template.spec.containers[0].image`). */
    field: string;
    message: string;
    /** Where in the manifest, when it was read from a file. */
    line?: number;
    column?: number;
    errors: number;
}
export type PreemptionCause = "PreemptionPolicyNever" | "NoLowerPriorityPods" | "StillBlocked" | "UnknownPriorityClass";
export type PlacementReason = {
    code: "NodeNameMismatch";
    message: string;
    nodeName: string;
} | {
    code: "NodeSelectorMismatch";
    message: string;
    key: string;
    expected: string;
    actual: string | null;
} | {
    code: "NodeAffinityMismatch";
    message: string;
    terms: TermMismatch[];
} | {
    code: "TaintNotTolerated";
    message: string;
    taint: Taint;
} | {
    code: "InsufficientResource";
    message: string;
    resource: string;
    requested: number;
    free: number;
    allocatable: number;
    used: number;
} | {
    code: "HostPortConflict";
    message: string;
    hostPort: HostPort;
    usedPort: HostPort;
    usedBy: PodRef;
} | {
    code: "TooManyPods";
    message: string;
    pods: number;
    allocatable: number;
} | {
    code: "Preempts";
    message: string;
    victims: PreemptionVictim[];
    pdbViolations: number;
    resolves: PlacementReason[];
} | {
    code: "PreemptionNotHelpful";
    message: string;
    cause: PreemptionCause;
    priority?: number;
    remaining?: PlacementReason[];
} | ({
    code: "Rejected";
} & ApiRejection);
export interface NodePlacement {
    node: string;
    placement: Placement;
    /** `NodeShouldRunDaemonPod`: the controller wants a pod here. */
    shouldRun: boolean;
    /** `NodeShouldRunDaemonPod`: a daemon pod already running here is kept. */
    shouldContinueRunning: boolean;
    /** Empty when the pod runs. */
    reasons: readonly PlacementReason[];
}
/** How a RollingUpdate would proceed over the desired nodes (pkg/controller/daemon/update.go). */
export interface RolloutPlan {
    /** `RollingUpdate` unless the manifest says otherwise. */
    strategy: string;
    /** The configured values after apps/v1 defaulting (ints or percent strings); absent for OnDelete. */
    maxUnavailableSpec?: number | string;
    maxSurgeSpec?: number | string;
    /** Scaled against `desired`, rounding up; null for OnDelete or when a value cannot be scaled. */
    maxUnavailable: number | null;
    maxSurge: number | null;
    /** Nodes updated at once: the larger of maxSurge (when surging) and maxUnavailable. */
    perWave: number | null;
    /** ceil(desired / perWave); 0 with no desired node; null when there is no automatic rollout. */
    waves: number | null;
    /** The template's host ports (hostNetwork containerPorts included), as `9100/TCP`. */
    hostPorts: string[];
    /**
     * maxSurge > 0 with host ports: the surge pod cannot bind the old pod's port
     * (NodePorts), stays Pending, and the old pod is only deleted once the new
     * one is available, so the rollout never progresses.
     */
    hostPortSurgeDeadlock: boolean;
    /** Why the values could not be scaled (`GetScaledValueFromIntOrPercent`); the controller skips the rollout. */
    error?: string;
}
/** How a DaemonSet's placements add up over a set of nodes: the whole inventory, or one node pool (pools.ts). */
export interface PlacementCounts {
    nodes: number;
    runs: number;
    pending: number;
    excluded: number;
    /** Excluded nodes where a running pod would be kept (shouldContinueRunning). */
    excludedKeepingPod: number;
    /** Nodes where the DaemonSet is rejected: all of them, or none. */
    rejected: number;
    /** Of `runs`, the nodes where the pod runs only by preempting lower-priority pods. */
    preempting: number;
    /** The pods those preemptions evict. */
    preemptedPods: number;
}
export interface SimulationSummary extends PlacementCounts {
    /** `desiredNumberScheduled`: nodes with shouldRun (runs + pending). */
    desired: number;
    /** The daemon pod's priority as admission gives it (src/k8s/priority.ts `resolvePriority`). */
    priority: DaemonPodPriority;
    rollout: RolloutPlan;
}
/** The daemon pod's priority, or the class that could not be resolved. */
export type DaemonPodPriority = {
    value: number;
    preemptionPolicy: PreemptionPolicy;
    source: "class" | "globalDefault" | "none";
    className?: string;
} | {
    unknownClass: string;
};
export interface DaemonSetSimulation {
    name: string;
    namespace?: string;
    /** Set when the API server rejects the DaemonSet: then every node is `rejected`. */
    rejected?: ApiRejection;
    nodes: NodePlacement[];
    summary: SimulationSummary;
}
/** A node's side of a diff: its placement (`rejected` when that version of the DaemonSet is), or `absent` when the node is not in that inventory. */
export type DiffPlacement = Placement | "absent";
/**
 * - `gains`: a pod is created where there was none (excluded or absent before).
 * - `loses`: the pod goes away (excluded, rejected or absent after); `evicted` when a running pod is
 *   deleted (never for `rejected`: the API server refuses the change, so nothing is deleted).
 * - `runs-to-pending` / `pending-to-runs`: a pod either way, but the scheduler's answer changes.
 */
export type PlacementChange = "gains" | "loses" | "runs-to-pending" | "pending-to-runs";
export interface NodePlacementChange {
    node: string;
    change: PlacementChange;
    before: DiffPlacement;
    after: DiffPlacement;
    /** For `loses`: a pod running on the node is deleted (shouldContinueRunning false, or the node is gone). */
    evicted?: boolean;
    /** Why the node is where it is after the change (before, for a node that disappeared). */
    reasons: readonly PlacementReason[];
}
export interface SimulationDiff {
    name: string;
    namespace?: string;
    /** The API server's rejection of either side, when it rejects it. */
    rejected?: {
        before?: ApiRejection;
        after?: ApiRejection;
    };
    changes: NodePlacementChange[];
    summary: {
        gains: number;
        loses: number;
        evicted: number;
        runsToPending: number;
        pendingToRuns: number;
        desiredBefore: number;
        desiredAfter: number;
    };
}
