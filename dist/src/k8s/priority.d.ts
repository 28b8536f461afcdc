/**
 * The classes the API server creates on start-up (pkg/apis/scheduling
 * `SystemPriorityClasses`): system-node-critical for what a node cannot work
 * without, system-cluster-critical for what the cluster cannot. No other
 * class may have a name that starts with `system-` (ValidatePriorityClass).
 */
export declare const SYSTEM_PRIORITY_CLASSES: readonly string[];
export declare function isSystemPriorityClass(name: string): boolean;
/** `PreemptLowerPriority` (the default) or `Never`: whether a pending pod may preempt others. */
export type PreemptionPolicy = "PreemptLowerPriority" | "Never";
/** A PriorityClass as admission reads it. */
export interface PriorityClassInfo {
    name: string;
    value: number;
    globalDefault: boolean;
    /** scheduling.k8s.io/v1 defaults it to PreemptLowerPriority (SetDefaults_PriorityClass). */
    preemptionPolicy: PreemptionPolicy;
}
/** `DefaultPriorityWhenNoDefaultClassExists`. */
export declare const DEFAULT_POD_PRIORITY = 0;
/**
 * A parsed PriorityClass object (`scheduling.k8s.io/v1`), or undefined when
 * it has no name or no integer value (the API server would not have stored it).
 */
export declare function priorityClassFromObject(object: unknown): PriorityClassInfo | undefined;
/** What admission gives a pod: its priority, and where that came from. */
export type ResolvedPriority = {
    value: number;
    preemptionPolicy: PreemptionPolicy;
    /** `class`: the pod's priorityClassName; `globalDefault`: the cluster's default class; `none`: no class at all (priority 0). */
    source: "class" | "globalDefault" | "none";
    /** The class that gave the value (the default class's name for `globalDefault`). */
    className?: string;
} | {
    /** The pod names a class that is neither built in nor among the known classes: admission rejects it, or the class is defined elsewhere. */
    unknownClass: string;
};
/**
 * The priority admission gives a pod with this priorityClassName: a built-in
 * class, then the known classes; without a name, the global default class
 * (the lowest-valued one when several claim it, as `getDefaultPriorityClass`
 * picks), else 0 and PreemptLowerPriority. The pod's own preemptionPolicy
 * never wins: admission sets the class's, and rejects a pod that asks for another.
 */
export declare function resolvePriority(className: string | undefined, classes: readonly PriorityClassInfo[]): ResolvedPriority;
