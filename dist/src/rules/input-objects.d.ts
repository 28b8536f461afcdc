/**
 * The ServiceAccounts, ConfigMaps and Secrets of the whole input, as
 * load/referenced.ts keeps them, for the cross-document rules that ask
 * whether what a DaemonSet names exists where its pods run.
 *
 * Where a DaemonSet's pods run is its namespace. One without a namespace
 * lands wherever it is applied; the objects without a namespace in its own
 * file land with it (applied together), as overlapping-selectors reasons.
 */
import type { ReferencedKind, ReferencedObject } from "../load/referenced.js";
/** Where a DaemonSet's pods look for the objects they name. */
export interface PodScope {
    namespace?: string;
    file: string;
    /**
     * Judge only by the objects of the DaemonSet's own file (the rules'
     * `acrossFiles: false`): a folder of unrelated projects that share a
     * namespace says nothing of each other's objects.
     */
    withinFile?: boolean;
}
export declare class InputObjects {
    /** By kind and scope (a namespace, or a file for objects without one), then by name. */
    private readonly scoped;
    /** By kind and name, wherever they are. */
    private readonly everywhere;
    /** By kind and name, those without a namespace: they may land in any. */
    private readonly unplaced;
    /** The kinds of which the input defines any object. */
    private readonly kinds;
    /** Whether the input defines any object of these kinds: where it defines none, nothing can be judged missing. */
    definesAny(kinds: readonly ReferencedKind[]): boolean;
    add(file: string, object: ReferencedObject): void;
    /**
     * Whether the input shows the objects of this kind where the pods run, so
     * that one it lacks can be judged missing: it defines some in the
     * DaemonSet's namespace, or, for a DaemonSet without one, some without a
     * namespace in the DaemonSet's file; `withinFile`: in the DaemonSet's file.
     */
    shows(kind: ReferencedKind, at: PodScope): boolean;
    /**
     * The objects of this kind and name the pods may find: those of their
     * namespace and those without one (which may be applied to it); for a
     * DaemonSet without a namespace, any of that name.
     */
    find(kind: ReferencedKind, name: string, at: PodScope): readonly ReferencedObject[];
    /**
     * Whether an object of this kind that `shows` looks at has no data: a
     * placeholder that a controller fills (metallb's webhook certificate),
     * a sign that the controller also makes objects the input does not show.
     */
    hasPlaceholder(kind: ReferencedKind, at: PodScope): boolean;
    /** The names of the objects of this kind `shows` looks at, for suggestions. */
    names(kind: ReferencedKind, at: PodScope): string[];
}
