export type SchemaKind = "DaemonSet" | "Node" | "PriorityClass";
export declare const SCHEMA_KINDS: readonly SchemaKind[];
/** The OpenAPI definition each kind is validated against. */
export declare const ROOT_DEFINITIONS: Record<SchemaKind, string>;
/**
 * On a definition: its fields that exist only in other Kubernetes versions,
 * each with the versions that have it, so an unknown field can be explained
 * by the target version.
 */
export declare const OTHER_VERSIONS_KEYWORD = "x-dslint-fields-in-other-versions";
/** `schemas/v1.36` */
export declare function versionDirName(version: string): string;
/** The draft-07 schema of one kind: `daemonset.schema.json`. */
export declare function schemaFileName(kind: SchemaKind): string;
export declare const VERSIONS_FILE = "versions.json";
export declare function schemasDir(): string;
