import type { Path } from "../path.js";
import type { FieldPath, Report } from "./report.js";
import { type Obj } from "./values.js";
export declare const isHugePages: (name: string) => boolean;
/** `IsNativeResource`: unprefixed, or in the kubernetes.io namespace. */
export declare const isNativeResource: (name: string) => boolean;
/** `IsExtendedResourceName`. */
export declare function isExtendedResource(name: string): boolean;
/** `IsOvercommitAllowed`: extended resources and hugepages must request exactly their limit. */
export declare const isOvercommitAllowed: (name: string) => boolean;
/** A quantity rounded up to milli-units, as stored; undefined for what does not decode. */
export declare function storedQuantity(value: unknown): number | undefined;
export interface ResourceTarget {
    /** `...resources` (the Go path the `limits` / `requests` children hang from). */
    path: FieldPath;
    /** Who the resources belong to, for messages: `container "web"`. */
    owner: string;
    /** Where the limits map is written when it is not at `path.limits` (pod overhead). */
    writtenLimits?: Path;
    /** Names of `spec.resourceClaims`, for `resources.claims`. */
    claimNames?: ReadonlySet<string>;
}
/** `ValidateResourceRequirements` for one container (or the pod overhead). */
export declare function validateResourceRequirements(report: Report, resources: Obj, target: ResourceTarget): void;
