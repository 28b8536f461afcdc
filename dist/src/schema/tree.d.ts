import type { Path, PathSegment } from "../path.js";
import { OTHER_VERSIONS_KEYWORD } from "./files.js";
export interface JsonSchema {
    $ref?: string;
    type?: string | string[];
    properties?: Record<string, JsonSchema>;
    additionalProperties?: boolean | JsonSchema;
    items?: JsonSchema;
    required?: string[];
    enum?: unknown[];
    pattern?: string;
    definitions?: Record<string, JsonSchema>;
    [OTHER_VERSIONS_KEYWORD]?: Record<string, string[]>;
}
/** A schema with its `$ref` followed; `definition` names where it came from. */
export interface SchemaNode {
    schema: JsonSchema;
    definition?: string;
}
export interface Walk {
    /** The node at the root and after each segment; shorter than `path` + 1 when the path leaves the schema. */
    nodes: SchemaNode[];
    /** Indices of the segments that are map keys. */
    mapKeys: Set<number>;
}
export declare class SchemaTree {
    private readonly root;
    constructor(root: JsonSchema);
    resolve(schema: JsonSchema): SchemaNode;
    walk(path: Path): Walk;
    child(node: SchemaNode, segment: PathSegment): {
        node: SchemaNode;
        mapKey: boolean;
    } | undefined;
    /**
     * Routes of plain fields (no lists, no maps) below `node`, at most `depth`
     * fields deep, that end in a field called `name`.
     */
    findBelow(node: SchemaNode, name: string, depth: number): string[][];
}
export declare function fieldsOf(node: SchemaNode): string[];
/** The versions in which a field missing from this node's definition exists. */
export declare function otherVersionsOf(node: SchemaNode, field: string): string[] | undefined;
