import { type SchemaNode, type SchemaTree } from "../../schema/tree.js";
export type StaticType = {
    kind: "unknown";
}
/** `undefined` and `null`: reading from it is always undefined, and it adds nothing to a union. */
 | {
    kind: "nullish";
} | {
    kind: "string";
} | {
    kind: "number";
} | {
    kind: "boolean";
} | {
    kind: "list";
    item: StaticType;
}
/** An object whose keys are data (labels, annotations, resource names). */
 | {
    kind: "map";
    value: StaticType;
}
/** An object of a schema definition, or of any of several. */
 | {
    kind: "schema";
    nodes: readonly SchemaNode[];
}
/** An object the language makes: a helper's result, an object literal (`open` when it spreads another). */
 | {
    kind: "record";
    name: string;
    fields: Readonly<Record<string, StaticType>>;
    open: boolean;
} | {
    kind: "union";
    of: readonly StaticType[];
};
export declare const UNKNOWN: StaticType;
export declare const NULLISH: StaticType;
export declare const STRING: StaticType;
export declare const NUMBER: StaticType;
export declare const BOOLEAN: StaticType;
export declare function listOf(item: StaticType): StaticType;
/** The types a value may have, flattened: unknown absorbs everything, nullish disappears next to anything else. */
export declare function union(types: readonly StaticType[]): StaticType;
/** A schema (its `$ref` followed) as a static type; objects with fields keep their schema node, read field by field. */
export declare function fromSchema(tree: SchemaTree, node: SchemaNode): StaticType;
/** `Container` for io.k8s.api.core.v1.Container. */
export declare function shortName(node: SchemaNode): string;
/** The type in words, for messages: `a string`, `a list of Container`, `a map`. */
export declare function describe(t: StaticType): string;
export type MemberResult = {
    type: StaticType;
} | {
    problem: string;
};
export interface MemberContext {
    tree: SchemaTree;
    /** The target Kubernetes version. */
    version: string;
    /** The receiver as written, for messages (`container.image`). */
    receiver: string;
}
/**
 * The type of `receiver[key]`; `key` undefined for a computed key. A
 * problem when the key can never be there: not a field of the definition in
 * this Kubernetes version, or a field of something that has none.
 */
export declare function memberType(t: StaticType, key: string | number | undefined, ctx: MemberContext): MemberResult;
/** The type of a list's items (an arrow parameter of some(), map(), ...). */
export declare function itemType(t: StaticType): StaticType;
export type Receiver = "list" | "string" | "list or string";
/** Whether a value of this type may be what a method needs; unknown and nullish may. */
export declare function mayBe(t: StaticType, needed: Receiver): boolean;
