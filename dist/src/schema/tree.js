/**
 * Reads a generated kind schema as a tree of fields, to explain errors:
 * which definition a path lands in, which fields it declares, and which path
 * segments are map keys (label names, resource names) rather than fields.
 */
import { ownEntry } from "../values.js";
import { OTHER_VERSIONS_KEYWORD } from "./files.js";
const REF_PREFIX = "#/definitions/";
export class SchemaTree {
    root;
    constructor(root) {
        this.root = root;
    }
    resolve(schema) {
        if (schema.$ref === undefined)
            return { schema };
        const definition = schema.$ref.slice(REF_PREFIX.length);
        const target = this.root.definitions?.[definition];
        if (!target)
            throw new Error(`schema has no definition ${definition}`);
        return { ...this.resolve(target), definition };
    }
    walk(path) {
        const nodes = [this.resolve(this.root)];
        const mapKeys = new Set();
        for (const [i, segment] of path.entries()) {
            const step = this.child(nodes[i], segment);
            if (!step)
                break;
            if (step.mapKey)
                mapKeys.add(i);
            nodes.push(step.node);
        }
        return { nodes, mapKeys };
    }
    child(node, segment) {
        const { schema } = node;
        if (typeof segment === "number")
            return schema.items ? { node: this.resolve(schema.items), mapKey: false } : undefined;
        const field = ownEntry(schema.properties, segment);
        if (field)
            return { node: this.resolve(field), mapKey: false };
        if (typeof schema.additionalProperties === "object")
            return { node: this.resolve(schema.additionalProperties), mapKey: true };
        return undefined;
    }
    /**
     * Routes of plain fields (no lists, no maps) below `node`, at most `depth`
     * fields deep, that end in a field called `name`.
     */
    findBelow(node, name, depth) {
        const found = [];
        const visit = (current, route) => {
            const properties = current.schema.properties ?? {};
            if (route.length > 0 && Object.hasOwn(properties, name))
                found.push(route);
            if (route.length >= depth)
                return;
            for (const [field, schema] of Object.entries(properties)) {
                const next = this.resolve(schema);
                if (next.schema.properties)
                    visit(next, [...route, field]);
            }
        };
        visit(node, []);
        return found;
    }
}
export function fieldsOf(node) {
    return Object.keys(node.schema.properties ?? {});
}
/** The versions in which a field missing from this node's definition exists. */
export function otherVersionsOf(node, field) {
    return ownEntry(node.schema[OTHER_VERSIONS_KEYWORD], field);
}
