import type { Taint } from "./tolerations.js";
/** The kind of node a taint is on, as far as node affinity can tell. */
export interface TaintedNodeKind {
    /** Where the taint comes from, for messages: a preset name, or "expectedTaints". */
    source: string;
    taint: Readonly<Taint>;
    /** Labels every such node carries with this value: a selection that needs another value excludes the kind. */
    labels: Readonly<Record<string, string>>;
    /** Labels every such node carries with a value that varies (the accelerator model): present, not decisive. */
    openLabels: readonly string[];
}
interface Preset {
    taint: Taint;
    labels?: Record<string, string>;
    openLabels?: string[];
    /** Where the provider documents it. */
    doc: string;
}
export declare const TAINT_PRESETS: Readonly<Record<string, Preset>>;
export declare const TAINT_PRESET_NAMES: readonly string[];
/** The node kind of a preset, or undefined for an unknown name. */
export declare function presetNodeKind(name: string): TaintedNodeKind | undefined;
/** A taint the user lists: nothing is known about its nodes' labels. */
export declare function expectedNodeKind(taint: Taint): TaintedNodeKind;
/**
 * Which label keys tell such nodes apart from the nodes a selection wants:
 * the labels the kind is known to carry, and any other label that is not
 * per-node (arch, hostname, zone) or, when the kind's OS is unknown, the OS.
 * A selection on a pool label the kind is not known to carry is taken as
 * aiming at other nodes.
 */
export declare function decisiveKeys(kind: TaintedNodeKind): (key: string) => boolean;
export {};
