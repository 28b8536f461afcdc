/**
 * What the static checks know about a value: a type inferred from the
 * scope's names (definitions of the DaemonSet schema of the target
 * Kubernetes version, or primitives) through member access, helpers and
 * methods. Member access on a schema type must name a field of that version;
 * anything the checks cannot follow is `unknown`, which allows everything.
 */
import { KNOWN_VERSIONS, compareVersions } from "../../k8s/versions.js";
import { closestMatch } from "../../schema/suggest.js";
import { fieldsOf, otherVersionsOf } from "../../schema/tree.js";
import { ownEntry } from "../../values.js";
import { indexOfKey } from "./runtime.js";
export const UNKNOWN = { kind: "unknown" };
export const NULLISH = { kind: "nullish" };
export const STRING = { kind: "string" };
export const NUMBER = { kind: "number" };
export const BOOLEAN = { kind: "boolean" };
export function listOf(item) {
    return { kind: "list", item };
}
/** The types a value may have, flattened: unknown absorbs everything, nullish disappears next to anything else. */
export function union(types) {
    const flat = [];
    const add = (t) => {
        if (t.kind === "union")
            t.of.forEach(add);
        else if (!flat.some((known) => sameType(known, t)))
            flat.push(t);
    };
    types.forEach(add);
    if (flat.some((t) => t.kind === "unknown"))
        return UNKNOWN;
    const present = flat.length > 1 ? flat.filter((t) => t.kind !== "nullish") : flat;
    // Objects of several definitions are one schema type, so a field of any of them is accepted.
    const schemas = present.filter((t) => t.kind === "schema");
    const rest = present.filter((t) => t.kind !== "schema");
    if (schemas.length > 1)
        rest.push({ kind: "schema", nodes: schemas.flatMap((t) => t.nodes) });
    else
        rest.push(...schemas);
    if (rest.length === 0)
        return NULLISH;
    return rest.length === 1 ? rest[0] : { kind: "union", of: rest };
}
function sameType(a, b) {
    if (a.kind !== b.kind)
        return false;
    if (a.kind === "schema" && b.kind === "schema")
        return a.nodes.length === b.nodes.length && a.nodes.every((n, i) => n.definition === b.nodes[i].definition && n.schema === b.nodes[i].schema);
    if (a.kind === "list" && b.kind === "list")
        return sameType(a.item, b.item);
    if (a.kind === "map" && b.kind === "map")
        return sameType(a.value, b.value);
    if (a.kind === "record" || a.kind === "union")
        return a === b;
    return true;
}
/** A schema (its `$ref` followed) as a static type; objects with fields keep their schema node, read field by field. */
export function fromSchema(tree, node) {
    const schema = node.schema;
    if (schema.properties)
        return { kind: "schema", nodes: [node] };
    if (typeof schema.additionalProperties === "object")
        return { kind: "map", value: fromSchema(tree, tree.resolve(schema.additionalProperties)) };
    if (schema.items)
        return listOf(fromSchema(tree, tree.resolve(schema.items)));
    const types = (Array.isArray(schema.type) ? schema.type : schema.type === undefined ? [] : [schema.type]).filter((t) => t !== "null");
    if (types.length === 0)
        return UNKNOWN;
    return union(types.map((t) => {
        switch (t) {
            case "string":
                return STRING;
            case "integer":
            case "number":
                return NUMBER;
            case "boolean":
                return BOOLEAN;
            case "array":
                return listOf(UNKNOWN);
            default:
                return UNKNOWN;
        }
    }));
}
/** `Container` for io.k8s.api.core.v1.Container. */
export function shortName(node) {
    return node.definition?.split(".").pop() ?? "object";
}
function article(word) {
    return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
}
/** The type in words, for messages: `a string`, `a list of Container`, `a map`. */
export function describe(t) {
    switch (t.kind) {
        case "unknown":
            return "a value";
        case "nullish":
            return "undefined";
        case "string":
        case "number":
        case "boolean":
            return `a ${t.kind}`;
        case "list":
            return t.item.kind === "schema" ? `a list of ${shortName(t.item.nodes[0])}` : "a list";
        case "map":
            return "a map";
        case "schema":
            return article(shortName(t.nodes[0]));
        case "record":
            return "an object";
        case "union":
            return [...new Set(t.of.map(describe))].join(" or ");
    }
}
/**
 * The type of `receiver[key]`; `key` undefined for a computed key. A
 * problem when the key can never be there: not a field of the definition in
 * this Kubernetes version, or a field of something that has none.
 */
export function memberType(t, key, ctx) {
    switch (t.kind) {
        case "unknown":
        case "nullish":
            return { type: UNKNOWN };
        case "union": {
            const found = [];
            const problems = [];
            for (const alternative of t.of) {
                const result = memberType(alternative, key, ctx);
                if ("type" in result)
                    found.push(result.type);
                // The schema's problem says the most (did you mean, other versions): `(x ?? {}).field`.
                else if (alternative.kind === "schema")
                    problems.unshift(result.problem);
                else
                    problems.push(result.problem);
            }
            return found.length > 0 ? { type: union(found) } : { problem: problems[0] };
        }
        case "map":
            return { type: t.value };
        case "list":
            if (key === undefined || indexOfKey(key) >= 0)
                return { type: t.item };
            if (key === "length")
                return { type: NUMBER };
            // Point to the items when they have the field (pod.containers.name).
            if ((t.item.kind === "schema" || t.item.kind === "record" || t.item.kind === "union") && "type" in memberType(t.item, key, ctx)) {
                return { problem: `${ctx.receiver} is ${describe(t)}: "${key}" is a field of its items; pick one with an index such as [0], or use some(), every(), filter(), find() or map()` };
            }
            return { problem: `${ctx.receiver} is ${describe(t)}, which has no field "${key}"` };
        case "string":
            if (key === undefined || indexOfKey(key) >= 0)
                return { type: STRING };
            if (key === "length")
                return { type: NUMBER };
            return { problem: `${ctx.receiver} is a string, which has no field "${key}"` };
        case "number":
        case "boolean":
            if (key === undefined)
                return { type: UNKNOWN };
            return { problem: `${ctx.receiver} is a ${t.kind}, which has no field "${key}"` };
        case "record": {
            if (key === undefined || t.open)
                return { type: key === undefined ? UNKNOWN : (ownEntry(t.fields, String(key)) ?? UNKNOWN) };
            const field = ownEntry(t.fields, String(key));
            if (field)
                return { type: field };
            const near = closestMatch(String(key), Object.keys(t.fields));
            return { problem: `"${key}" is not a field of ${t.name}${near ? `; did you mean "${near}"?` : ""}` };
        }
        case "schema":
            return schemaMember(t.nodes, key, ctx);
    }
}
function schemaMember(nodes, key, ctx) {
    if (key === undefined)
        return { type: UNKNOWN };
    const name = String(key);
    const found = [];
    for (const node of nodes) {
        const field = ownEntry(node.schema.properties, name);
        if (field)
            found.push(fromSchema(ctx.tree, ctx.tree.resolve(field)));
        else if (typeof node.schema.additionalProperties === "object")
            found.push(fromSchema(ctx.tree, ctx.tree.resolve(node.schema.additionalProperties)));
    }
    if (found.length > 0)
        return { type: union(found) };
    const where = `"${name}" is not a field of ${shortName(nodes[0])} in Kubernetes ${ctx.version}`;
    for (const node of nodes) {
        const versions = otherVersionsOf(node, name);
        if (versions && versions.length > 0)
            return { problem: `${where} (${versionNote(versions, ctx.version)})` };
    }
    const near = closestMatch(name, new Set(nodes.flatMap(fieldsOf)));
    return { problem: near ? `${where}; did you mean "${near}"?` : where };
}
/** In which versions a field missing from the target exists, in the schema stage's terms (src/schema/explain.ts). */
function versionNote(versions, target) {
    const sorted = [...versions].sort(compareVersions);
    const index = (v) => KNOWN_VERSIONS.indexOf(v);
    const contiguous = sorted.every((v, i) => i === 0 || index(v) === index(sorted[i - 1]) - 1);
    const first = sorted[0];
    const last = sorted.at(-1);
    if (contiguous && compareVersions(first, target) > 0 && last === KNOWN_VERSIONS[0])
        return `it is in ${first} and later`;
    if (contiguous && compareVersions(last, target) < 0 && index(last) > 0)
        return `it was removed in ${KNOWN_VERSIONS[index(last) - 1]}`;
    if (sorted.length === 1)
        return `it is only in ${first}`;
    return contiguous ? `it is in ${first} to ${last}` : `it is in ${sorted.join(", ")}`;
}
/** The type of a list's items (an arrow parameter of some(), map(), ...). */
export function itemType(t) {
    if (t.kind === "list")
        return t.item;
    if (t.kind === "union")
        return union(t.of.filter((a) => a.kind === "list" || a.kind === "unknown").map(itemType));
    return UNKNOWN;
}
/** Whether a value of this type may be what a method needs; unknown and nullish may. */
export function mayBe(t, needed) {
    switch (t.kind) {
        case "unknown":
        case "nullish":
            return true;
        case "union":
            return t.of.some((a) => mayBe(a, needed));
        case "list":
            return needed !== "string";
        case "string":
            return needed !== "list";
        default:
            return false;
    }
}
