import { type PodContext } from "./pod-context.js";
import { type FieldPath } from "./report.js";
import { type Obj } from "./values.js";
/** `validatePodSpecSecurityContext`. The internal type keeps hostPID and friends in the security context. */
export declare function validatePodSecurityContext(ctx: PodContext): void;
/** `ValidateSecurityContext` for one container. Privileged containers are assumed allowed (`--allow-privileged`). */
export declare function validateContainerSecurityContext(ctx: PodContext, sc: Obj, path: FieldPath, who: string): void;
/** `validateHostUsers`: a user-namespaced pod may not share host namespaces. */
export declare function validateHostUsers(ctx: PodContext): void;
/** `validateWindowsHostProcessPod`. */
export declare function validateWindowsHostProcessPod(ctx: PodContext): void;
/** `validateOS`, then `validateLinux` / `validateWindows` for the fields the other OS does not have. */
export declare function validateOS(ctx: PodContext): void;
/**
 * `validateSeccompAnnotationsAndFields` and
 * `validateAppArmorAnnotationsAndFieldsMatchOnCreate`: when both the
 * deprecated annotation and the field are set, they must agree.
 */
export declare function validateSecurityAnnotationsMatchFields(ctx: PodContext, annotationsValue: unknown): void;
