/**
 * Checks a value against one of the generated JSON Schemas (schemas/v1.NN/
 * <kind>.schema.json) and reports what ajv (draft-07, allErrors) would, in
 * ajv's order: the same keyword, instance path and params per error.
 *
 * The schemas use a handful of keywords (type, enum, pattern, required,
 * properties, additionalProperties, items, $ref), so a small interpreter
 * over the schema, compiled once into linked nodes, replaces 450 kB of
 * generated validator code per version: a check of one file no longer
 * loads and compiles that code, and a large run checks at the same speed.
 * test/schema-checker.test.ts compares it with ajv on the corpus and on
 * mutated DaemonSets.
 */
// Bits of a schema's `type`; "number" includes the integers, as in JSON Schema.
const NULL = 1;
const BOOLEAN = 2;
const INTEGER = 4;
const NUMBER = 8;
const STRING = 16;
const ARRAY = 32;
const OBJECT = 64;
const TYPE_BITS = { null: NULL, boolean: BOOLEAN, integer: INTEGER, number: NUMBER, string: STRING, array: ARRAY, object: OBJECT };
/** Compiles a schema document; the returned function gives null for a valid value. */
export function compileSchema(document) {
    const definitions = (document.definitions ?? {});
    const compiled = new Map();
    const compile = (schema) => {
        const type = schema.type;
        const typeNames = type === undefined ? [] : Array.isArray(type) ? type : [type];
        let types = 0;
        for (const name of typeNames)
            types |= TYPE_BITS[name] ?? 0;
        const node = {
            types,
            typeParam: type,
            typeFirst: true,
            ref: undefined,
            enumValues: Array.isArray(schema.enum) ? schema.enum : undefined,
            pattern: typeof schema.pattern === "string" ? new RegExp(schema.pattern, "u") : undefined,
            patternParam: typeof schema.pattern === "string" ? schema.pattern : undefined,
            items: undefined,
            required: Array.isArray(schema.required) ? schema.required : undefined,
            properties: undefined,
            declared: undefined,
            additional: undefined,
            hasStringKeywords: false,
            hasArrayKeywords: false,
            hasObjectKeywords: false,
        };
        if (typeof schema.$ref === "string") {
            const ref = schema.$ref;
            let target;
            node.ref = () => (target ??= resolve(ref));
        }
        if (isSchema(schema.items))
            node.items = compile(schema.items);
        if (isSchema(schema.properties)) {
            // ajv leaves out properties whose schema accepts anything, and `__proto__`.
            const entries = Object.entries(schema.properties).filter(([name]) => name !== "__proto__");
            node.declared = new Set(entries.map(([name]) => name));
            node.properties = entries.filter(([, s]) => isSchema(s) && !acceptsAnything(s)).map(([name, s]) => [name, compile(s), escapePointer(name)]);
        }
        if (schema.additionalProperties === false)
            node.additional = false;
        else if (isSchema(schema.additionalProperties) && !acceptsAnything(schema.additionalProperties))
            node.additional = compile(schema.additionalProperties);
        node.hasStringKeywords = node.pattern !== undefined;
        node.hasArrayKeywords = node.items !== undefined;
        node.hasObjectKeywords = node.required !== undefined || node.properties !== undefined || node.additional !== undefined;
        const hasKeywordsOf = (bits) => (bits === STRING && node.hasStringKeywords) || (bits === ARRAY && node.hasArrayKeywords) || (bits === OBJECT && node.hasObjectKeywords);
        node.typeFirst = !(typeNames.length === 1 && hasKeywordsOf(types));
        return node;
    };
    const resolve = (ref) => {
        const known = compiled.get(ref);
        if (known)
            return known;
        const name = /^#\/definitions\/(.+)$/.exec(ref)?.[1];
        const target = name === undefined ? undefined : definitions[decodePointer(name)];
        if (!target)
            throw new Error(`schema reference ${ref} does not resolve`);
        const node = compile(target);
        compiled.set(ref, node);
        return node;
    };
    const root = compile(document);
    return (value) => {
        const walk = new Walk();
        walk.node(root, value);
        return walk.errors;
    };
}
/** One check: the errors so far and the path of the value being checked. */
class Walk {
    errors = null;
    /** Escaped pointer segments of the current value. */
    path = [];
    node(node, value) {
        const actual = node.types === 0 ? 0 : typeBits(value);
        const wrongType = node.types !== 0 && (actual & node.types) === 0;
        if (wrongType && node.typeFirst)
            this.report("type", { type: node.typeParam });
        if (node.ref)
            this.node(node.ref(), value);
        if (node.enumValues && !inEnum(node.enumValues, value))
            this.report("enum", { allowedValues: node.enumValues });
        if (node.hasStringKeywords) {
            if (typeof value === "string") {
                if (!node.pattern.test(value))
                    this.report("pattern", { pattern: node.patternParam });
            }
            else if (wrongType && !node.typeFirst && node.types === STRING)
                this.report("type", { type: node.typeParam });
        }
        if (node.hasArrayKeywords) {
            if (Array.isArray(value))
                this.items(node.items, value);
            else if (wrongType && !node.typeFirst && node.types === ARRAY)
                this.report("type", { type: node.typeParam });
        }
        if (node.hasObjectKeywords) {
            if (value !== null && typeof value === "object" && !Array.isArray(value))
                this.object(node, value);
            else if (wrongType && !node.typeFirst && node.types === OBJECT)
                this.report("type", { type: node.typeParam });
        }
    }
    items(schema, list) {
        for (let i = 0; i < list.length; i++) {
            this.path.push(String(i));
            this.node(schema, list[i]);
            this.path.pop();
        }
    }
    /** required, then the fields not declared (for-in order), then the declared ones (schema order): ajv's order. */
    object(node, object) {
        if (node.required) {
            for (const name of node.required)
                if (object[name] === undefined)
                    this.report("required", { missingProperty: name });
        }
        const { additional, declared } = node;
        if (additional !== undefined) {
            for (const key in object) {
                if (declared?.has(key))
                    continue;
                if (additional === false) {
                    this.report("additionalProperties", { additionalProperty: key });
                }
                else {
                    this.path.push(escapePointer(key));
                    this.node(additional, object[key]);
                    this.path.pop();
                }
            }
        }
        if (node.properties) {
            for (const [name, schema, segment] of node.properties) {
                const value = object[name];
                if (value === undefined)
                    continue;
                this.path.push(segment);
                this.node(schema, value);
                this.path.pop();
            }
        }
    }
    report(keyword, params) {
        const error = { keyword, instancePath: this.path.length === 0 ? "" : `/${this.path.join("/")}`, params };
        (this.errors ??= []).push(error);
    }
}
function typeBits(value) {
    switch (typeof value) {
        case "string":
            return STRING;
        case "boolean":
            return BOOLEAN;
        case "number":
            // ajv's integer: no fraction and not NaN (Infinity counts, as ajv without strictNumbers).
            return value % 1 === 0 || value === Infinity || value === -Infinity ? NUMBER | INTEGER : NUMBER;
        case "object":
            return value === null ? NULL : Array.isArray(value) ? ARRAY : OBJECT;
        default:
            return 0;
    }
}
function inEnum(values, value) {
    for (const v of values)
        if (v === value || (typeof v === "object" && v !== null && deepEqual(v, value)))
            return true;
    return false;
}
function deepEqual(a, b) {
    if (a === b)
        return true;
    if (typeof a !== "object" || typeof b !== "object" || a === null || b === null || Array.isArray(a) !== Array.isArray(b))
        return false;
    const ka = Object.keys(a);
    if (ka.length !== Object.keys(b).length)
        return false;
    return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k]));
}
function isSchema(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
/** `{}`: ajv generates nothing for it. */
function acceptsAnything(schema) {
    return isSchema(schema) && Object.keys(schema).length === 0;
}
/** A JSON Pointer segment (RFC 6901), as ajv writes it in instancePath. */
function escapePointer(segment) {
    return segment.replace(/~/g, "~0").replace(/\//g, "~1");
}
function decodePointer(segment) {
    return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}
