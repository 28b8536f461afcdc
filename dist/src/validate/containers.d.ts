import { type PodContext } from "./pod-context.js";
/** `validateContainers`: regular containers, their names, probes and host ports. */
export declare function validateContainers(ctx: PodContext): void;
/** `validateInitContainers`: names must not repeat regular or earlier init names; sidecars may have probes. */
export declare function validateInitContainers(ctx: PodContext): void;
/**
 * `validateEphemeralContainers`. Templates may not have ephemeral containers
 * at all (reported by the template check), but their fields are validated too.
 */
export declare function validateEphemeralContainers(ctx: PodContext): void;
