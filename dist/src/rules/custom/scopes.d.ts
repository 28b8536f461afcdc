/**
 * The names a custom rule's expressions read, their types for the
 * configuration-time field checks, and the values and paths they take in
 * one DaemonSet: once for the DaemonSet, or once per item of a `forEach`
 * scope, walked as the built-in rules walk them (src/k8s/pod-walk.ts).
 */
import type { Path } from "../../path.js";
import { type DaemonSetView } from "../view.js";
import type { Scope, ValueType } from "./language.js";
import type { ForEachScope } from "./spec.js";
/** The names a rule with this `forEach` may read (besides the helpers), and their types. */
export declare function scopeTypes(forEach: ForEachScope | undefined): Readonly<Record<string, ValueType>>;
/** One evaluation's names, and the path of what it is run for: where a finding sits when nothing better is known. */
export interface ScopeItem extends Scope {
    at: Path;
}
/**
 * The scopes a rule runs in for one DaemonSet. Made once per DaemonSet and
 * `forEach`, and shared by the rules that walk alike: nothing evaluated
 * changes them.
 */
export declare function scopeItems(view: DaemonSetView, forEach: ForEachScope | undefined): ScopeItem[];
