/**
 * The shape of an Ir read back from outside the checker (the cache on
 * disk, a message to a worker thread): the evaluator trusts every field it
 * reads (a `param` slot indexes an array, `slots` sizes one), so an Ir the
 * checker could not have written is refused before it is compiled. A slot
 * named "constructor" would read Array itself; `slots: 5e8` would exhaust
 * the heap (a fatal error, not an exception).
 */
import { CALLBACK_METHODS, HELPERS, IR_FORMAT, VALUE_METHODS } from "./ir.js";
/** Deeper than any Ir the checker writes (it refuses expressions nested more than 200 levels, and field paths of more than 200 keys). */
const MAX_IR_DEPTH = 256;
const UNARY = new Set(["-", "+", "!", "typeof"]);
const BINARY = new Set(["===", "!==", "==", "!=", "<", "<=", ">", ">=", "+", "-", "*", "/", "%", "**", "in"]);
const LOGICAL = new Set(["&&", "||", "??"]);
const HELPER_ARITY = { quantity: 1, image: 1, selects: 2, tolerates: 2, keys: 1 };
class MalformedIr extends Error {
}
function fail(what) {
    throw new MalformedIr(`malformed compiled custom rule: ${what}`);
}
function isObject(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isKey(value) {
    return typeof value === "string" || (typeof value === "number" && Number.isFinite(value));
}
function isSlot(value) {
    return typeof value === "number" && Number.isInteger(value) && value >= 0;
}
function oneOf(list, value) {
    return typeof value === "string" && list.includes(value);
}
/** Checks every node; returns the number of slots the callbacks may use and the highest slot read or written (-1 for none). */
class Walker {
    callbacks = 0;
    highestSlot = -1;
    slot(value) {
        if (!isSlot(value))
            fail(`slot ${JSON.stringify(value)}`);
        this.highestSlot = Math.max(this.highestSlot, value);
    }
    nodes(list, depth) {
        if (!Array.isArray(list))
            fail("a list of nodes is not a list");
        for (const item of list)
            this.node(item, depth);
    }
    node(node, depth) {
        if (depth > MAX_IR_DEPTH)
            fail("nested too deeply");
        if (!isObject(node))
            fail("a node is not an object");
        const d = depth + 1;
        switch (node.k) {
            case "literal": {
                const v = node.value;
                if (!(typeof v === "string" || typeof v === "boolean" || v === null || (typeof v === "number" && Number.isFinite(v))))
                    fail("literal value");
                return;
            }
            case "undefined":
                return;
            case "name":
                if (typeof node.name !== "string")
                    fail("name");
                return;
            case "param":
                this.slot(node.slot);
                return;
            case "get":
                if (!isKey(node.key))
                    fail("key");
                this.node(node.object, d);
                return;
            case "index":
                this.node(node.object, d);
                this.node(node.key, d);
                return;
            case "unary":
                if (typeof node.op !== "string" || !UNARY.has(node.op))
                    fail("unary operator");
                this.node(node.operand, d);
                return;
            case "binary":
            case "logical":
                if (typeof node.op !== "string" || !(node.k === "binary" ? BINARY : LOGICAL).has(node.op))
                    fail(`${node.k} operator`);
                this.node(node.left, d);
                this.node(node.right, d);
                return;
            case "conditional":
                this.node(node.test, d);
                this.node(node.consequent, d);
                this.node(node.alternate, d);
                return;
            case "array":
                if (!Array.isArray(node.items))
                    fail("array items");
                for (const item of node.items) {
                    if (!isObject(item) || typeof item.spread !== "boolean")
                        fail("array item");
                    this.node(item.value, d);
                }
                return;
            case "object":
                if (!Array.isArray(node.entries))
                    fail("object entries");
                for (const entry of node.entries) {
                    if (!isObject(entry))
                        fail("object entry");
                    if (Object.hasOwn(entry, "spread"))
                        this.node(entry.spread, d);
                    else {
                        if (typeof entry.key !== "string")
                            fail("object key");
                        this.node(entry.value, d);
                    }
                }
                return;
            case "template":
                if (!Array.isArray(node.quasis) || !node.quasis.every((q) => typeof q === "string"))
                    fail("template text");
                if (!Array.isArray(node.values) || node.quasis.length !== node.values.length + 1)
                    fail("template values");
                this.nodes(node.values, d);
                return;
            case "helper":
                if (!oneOf(HELPERS, node.helper))
                    fail("helper");
                if (!Array.isArray(node.args) || node.args.length !== HELPER_ARITY[node.helper])
                    fail("helper arguments");
                this.nodes(node.args, d);
                return;
            case "method":
                if (!oneOf(VALUE_METHODS, node.method))
                    fail("method");
                if (!Array.isArray(node.args) || node.args.length > 1)
                    fail("method arguments");
                this.nodes(node.args, d);
                this.node(node.object, d);
                return;
            case "callback":
                if (!oneOf(CALLBACK_METHODS, node.method))
                    fail("list method");
                this.callbacks++;
                this.slot(node.element);
                if (node.index !== undefined)
                    this.slot(node.index);
                this.node(node.object, d);
                this.node(node.body, d);
                return;
            case "test":
                if (typeof node.source !== "string" || typeof node.flags !== "string" || !/^[imsu]*$/.test(node.flags))
                    fail("regular expression");
                try {
                    // What the checker made sure of before reading the pattern: V8 accepts it.
                    new RegExp(node.source, node.flags);
                }
                catch {
                    fail("regular expression");
                }
                this.node(node.subject, d);
                return;
            default:
                fail(`node kind ${JSON.stringify(node.k)}`);
        }
    }
}
/** The Ir as the evaluator may compile it; throws when it is not one the checker could have written. */
export function checkIr(ir) {
    if (!isObject(ir))
        fail("not an object");
    if (ir.format !== IR_FORMAT)
        fail(`compiled custom rule of format ${String(ir.format)}; this dslint reads format ${IR_FORMAT}`);
    const walker = new Walker();
    switch (ir.role) {
        case "field":
            if (typeof ir.root !== "string" || !Array.isArray(ir.keys) || !ir.keys.every(isKey))
                fail("field path");
            if (ir.keys.length > MAX_IR_DEPTH)
                fail("field path too long");
            return ir;
        case "expression":
            walker.node(ir.root, 0);
            break;
        case "template":
            if (!Array.isArray(ir.parts))
                fail("template parts");
            for (const part of ir.parts)
                if (typeof part !== "string")
                    walker.node(part, 0);
            break;
        default:
            fail(`role ${JSON.stringify(ir.role)}`);
    }
    // The checker gives each arrow function one slot, two with an index: no more, and every slot in range.
    if (!isSlot(ir.slots) || ir.slots > 2 * walker.callbacks || walker.highestSlot >= ir.slots)
        fail("slots");
    return ir;
}
