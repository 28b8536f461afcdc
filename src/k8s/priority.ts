/**
 * Pod priority: the PriorityClasses Kubernetes defines itself, PriorityClass
 * objects, and the priority and preemption policy the Priority admission
 * plugin gives a pod (plugin/pkg/admission/priority/admission.go).
 */
import { isRecord } from "../values.js";

/**
 * The classes the API server creates on start-up (pkg/apis/scheduling
 * `SystemPriorityClasses`): system-node-critical for what a node cannot work
 * without, system-cluster-critical for what the cluster cannot. No other
 * class may have a name that starts with `system-` (ValidatePriorityClass).
 */
export const SYSTEM_PRIORITY_CLASSES: readonly string[] = ["system-node-critical", "system-cluster-critical"];

export function isSystemPriorityClass(name: string): boolean {
  return SYSTEM_PRIORITY_CLASSES.includes(name);
}

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

/** pkg/apis/scheduling: `SystemCriticalPriority` and the node-critical class 1000 above it. */
const SYSTEM_CLASS_VALUES: Readonly<Record<string, number>> = {
  "system-node-critical": 2000001000,
  "system-cluster-critical": 2000000000,
};

/** `DefaultPriorityWhenNoDefaultClassExists`. */
export const DEFAULT_POD_PRIORITY = 0;

function systemClass(name: string): PriorityClassInfo | undefined {
  const value = Object.hasOwn(SYSTEM_CLASS_VALUES, name) ? SYSTEM_CLASS_VALUES[name] : undefined;
  return value === undefined ? undefined : { name, value, globalDefault: false, preemptionPolicy: "PreemptLowerPriority" };
}

/**
 * A parsed PriorityClass object (`scheduling.k8s.io/v1`), or undefined when
 * it has no name or no integer value (the API server would not have stored it).
 */
export function priorityClassFromObject(object: unknown): PriorityClassInfo | undefined {
  if (!isRecord(object) || !isRecord(object.metadata)) return undefined;
  const name = object.metadata.name;
  if (typeof name !== "string" || name === "" || typeof object.value !== "number" || !Number.isInteger(object.value)) return undefined;
  return {
    name,
    value: object.value,
    globalDefault: object.globalDefault === true,
    preemptionPolicy: object.preemptionPolicy === "Never" ? "Never" : "PreemptLowerPriority",
  };
}

/** What admission gives a pod: its priority, and where that came from. */
export type ResolvedPriority =
  | {
      value: number;
      preemptionPolicy: PreemptionPolicy;
      /** `class`: the pod's priorityClassName; `globalDefault`: the cluster's default class; `none`: no class at all (priority 0). */
      source: "class" | "globalDefault" | "none";
      /** The class that gave the value (the default class's name for `globalDefault`). */
      className?: string;
    }
  | {
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
export function resolvePriority(className: string | undefined, classes: readonly PriorityClassInfo[]): ResolvedPriority {
  if (className === undefined || className === "") {
    let fallback: PriorityClassInfo | undefined;
    for (const c of classes) if (c.globalDefault && (fallback === undefined || c.value < fallback.value)) fallback = c;
    if (fallback) return { value: fallback.value, preemptionPolicy: fallback.preemptionPolicy, source: "globalDefault", className: fallback.name };
    return { value: DEFAULT_POD_PRIORITY, preemptionPolicy: "PreemptLowerPriority", source: "none" };
  }
  const found = systemClass(className) ?? classes.find((c) => c.name === className);
  if (!found) return { unknownClass: className };
  return { value: found.value, preemptionPolicy: found.preemptionPolicy, source: "class", className };
}
