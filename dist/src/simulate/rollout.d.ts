import type { DaemonPod } from "./daemonpod.js";
import type { RolloutPlan } from "./types.js";
/**
 * The rollout over `desired` nodes. Each wave updates `perWave` nodes: the
 * larger of maxSurge (when surging) and maxUnavailable. The API forbids
 * setting both non-zero, so this is whichever one the DaemonSet uses.
 */
export declare function rolloutPlan(pod: DaemonPod, desired: number): RolloutPlan;
