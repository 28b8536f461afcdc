import type { Path } from "../path.js";
import { type Obj } from "../values.js";
/** Why a warning is raised, for callers that leave some to other rules. */
export type PodWarningKind = "node-label" | "node-label-value" | "null-label-selector" | "annotation" | "volume-plugin" | "ephemeral-storage" | "volume-paths" | "host-alias" | "image-pull-secret" | "fractional-bytes" | "seccomp-annotation" | "apparmor-annotation" | "env" | "port" | "port-name" | "grace-period";
export interface PodWarning {
    kind: PodWarningKind;
    /** The text after "Warning: ", as the API server writes it. */
    message: string;
    /** The field in the DaemonSet. */
    path: Path;
    /** The warning is about the map key at `path`. */
    onKey?: boolean;
}
/** A path as Go's field.Path prints it: `spec.template.spec.volumes[0].gitRepo`, keys in brackets. */
export declare function fieldPathText(path: Path, keyed?: boolean): string;
/** Every warning the API server of `version` returns for the DaemonSet's pod template, in its order. */
export declare function podTemplateWarnings(template: Obj, version: string | undefined): PodWarning[];
