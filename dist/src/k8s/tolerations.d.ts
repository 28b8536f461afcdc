export type TaintEffect = "NoSchedule" | "PreferNoSchedule" | "NoExecute";
export interface Taint {
    key: string;
    /** Missing values are `""`, as in Go. */
    value: string;
    /** Normally a TaintEffect; kept as written so odd inputs still round-trip. */
    effect: string;
}
export interface Toleration {
    /** `""` tolerates every key (the API requires operator Exists then). */
    key: string;
    /** `""` behaves like `Equal`, but the two are different in the merge tuple. */
    operator: string;
    value: string;
    /** `""` tolerates every effect. */
    effect: string;
    tolerationSeconds?: number;
}
export interface TolerationOptions {
    /**
     * The alpha gate `TaintTolerationComparisonOperators` (1.35+, off by
     * default). With it off, `Lt` and `Gt` tolerations tolerate nothing.
     */
    comparisonOperators?: boolean;
}
/** `key=value:Effect`, or `key:Effect` without a value, as kubectl prints taints. */
export declare function formatTaint(taint: Taint): string;
/** A readable one-line form such as `node-role.kubernetes.io/control-plane:NoSchedule (Exists)`. */
export declare function formatToleration(toleration: Toleration): string;
/** `Toleration.ToleratesTaint`. */
export declare function toleratesTaint(toleration: Toleration, taint: Taint, options?: TolerationOptions): boolean;
/** `TolerationsTolerateTaint`: true when any toleration tolerates the taint. */
export declare function tolerationsTolerateTaint(tolerations: readonly Toleration[], taint: Taint, options?: TolerationOptions): boolean;
export type TaintFilter = (taint: Taint) => boolean;
/** The taints the DaemonSet controller and the TaintToleration filter look at. */
export declare const isNoScheduleOrNoExecute: TaintFilter;
export declare const isNoExecute: TaintFilter;
/**
 * `FindMatchingUntoleratedTaint`: the first taint, in node order, that passes
 * the filter and that no toleration tolerates.
 */
export declare function findUntoleratedTaint(taints: readonly Taint[], tolerations: readonly Toleration[], effectFilter: TaintFilter, options?: TolerationOptions): Taint | undefined;
/** Every taint, in node order, that passes the filter and that no toleration tolerates. */
export declare function findUntoleratedTaints(taints: readonly Taint[], tolerations: readonly Toleration[], effectFilter: TaintFilter, options?: TolerationOptions): Taint[];
/** `Toleration.MatchToleration`: the merge identity is the exact (key, effect, operator, value) tuple. */
export declare function sameTolerationTuple(a: Toleration, b: Toleration): boolean;
/**
 * `AddOrUpdateTolerationInPodSpec` (pkg/apis/core/v1/helper): every toleration
 * with the same tuple is replaced in place by `toleration` (dropping its
 * tolerationSeconds); when none has it, it is appended.
 */
export declare function addOrUpdateToleration(tolerations: readonly Toleration[], toleration: Toleration): Toleration[];
/**
 * The tolerations every daemon pod gets, in the controller's order. Only the
 * NoExecute form of not-ready and unreachable is tolerated, so the NoSchedule
 * taints the node lifecycle controller also adds still keep new pods off
 * NotReady nodes; network-unavailable only for hostNetwork pods.
 */
export declare function defaultDaemonPodTolerations(hostNetwork: boolean): readonly Toleration[];
/** `AddOrUpdateDaemonPodTolerations`: the pod's tolerations merged with the daemon defaults. */
export declare function addOrUpdateDaemonPodTolerations(tolerations: readonly Toleration[], hostNetwork: boolean): Toleration[];
/** One taint from a parsed `node.spec.taints[i]`, or undefined when it is not an object. */
export declare function taintFromObject(value: unknown): Taint | undefined;
/** One toleration from a parsed `tolerations[i]`, or undefined when it is not an object. */
export declare function tolerationFromObject(value: unknown): Toleration | undefined;
/** The tolerations of a parsed pod spec as written (entries that are not objects are skipped). */
export declare function podSpecTolerations(podSpec: unknown): Toleration[];
/**
 * The tolerations the pods of a DaemonSet template really carry: the
 * template's own merged with the daemon defaults. Rules asking "does this
 * DaemonSet run on nodes with taint X?" should test against these.
 */
export declare function daemonPodTolerations(podSpec: unknown): Toleration[];
