import { HELPER_FUNCTIONS } from "./helpers.js";
import { compileMatcher } from "./match.js";
import { checkIr } from "./validate.js";
import { IR_FORMAT, VALUE_METHODS } from "./ir.js";
import { BudgetExceeded, arithmetic, charge, chargeText, formatValue, getMember, hasKey, indexOfKey, isPlainObject, looseEquals, overBudget, pathSegment, plus, relational, strictEquals, toNumber, typeOf, } from "./runtime.js";
/** Steps one evaluation may take. */
export const STEP_BUDGET = 100_000;
const NO_VALUES = Object.freeze(Object.create(null));
function step(ctx) {
    if (++ctx.steps > ctx.budget)
        overBudget(ctx);
}
function readName(values, name) {
    return Object.hasOwn(values, name) ? values[name] : undefined;
}
// ---------------------------------------------------------------------------
// The fast evaluation
function compileFast(node) {
    switch (node.k) {
        case "literal": {
            const value = node.value;
            return (ctx) => {
                if (++ctx.steps > ctx.budget)
                    overBudget(ctx);
                return value;
            };
        }
        case "undefined":
            return (ctx) => {
                if (++ctx.steps > ctx.budget)
                    overBudget(ctx);
                return undefined;
            };
        case "name": {
            const name = node.name;
            return (ctx) => {
                if (++ctx.steps > ctx.budget)
                    overBudget(ctx);
                return readName(ctx.values, name);
            };
        }
        case "param": {
            const slot = node.slot;
            return (ctx) => {
                if (++ctx.steps > ctx.budget)
                    overBudget(ctx);
                return ctx.locals[slot];
            };
        }
        case "get":
            return compileGet(compileFast(node.object), node.key);
        case "index": {
            const object = compileFast(node.object);
            const key = compileFast(node.key);
            return (ctx) => {
                step(ctx);
                const o = object(ctx);
                return getMember(o, key(ctx));
            };
        }
        case "unary":
            return compileUnary(node.op, compileFast(node.operand));
        case "binary": {
            const operate = binaryOperation(node.op);
            const left = compileFast(node.left);
            const right = compileFast(node.right);
            return (ctx) => {
                step(ctx);
                const a = left(ctx);
                return operate(ctx, a, right(ctx));
            };
        }
        case "logical":
            return compileLogical(node.op, compileFast(node.left), compileFast(node.right));
        case "conditional": {
            const test = compileFast(node.test);
            const consequent = compileFast(node.consequent);
            const alternate = compileFast(node.alternate);
            return (ctx) => {
                step(ctx);
                return test(ctx) ? consequent(ctx) : alternate(ctx);
            };
        }
        case "array": {
            const items = node.items.map((item) => ({ spread: item.spread, value: compileFast(item.value) }));
            return (ctx) => {
                step(ctx);
                const out = [];
                for (const item of items) {
                    const value = item.value(ctx);
                    if (!item.spread)
                        out.push(value);
                    else if (Array.isArray(value)) {
                        charge(ctx, value.length);
                        for (const element of value)
                            out.push(element);
                    }
                }
                return out;
            };
        }
        case "object": {
            const entries = node.entries.map((entry) => "spread" in entry ? { key: undefined, value: compileFast(entry.spread) } : { key: entry.key, value: compileFast(entry.value) });
            return (ctx) => {
                step(ctx);
                const out = Object.create(null);
                for (const entry of entries) {
                    const value = entry.value(ctx);
                    if (entry.key !== undefined)
                        out[entry.key] = value;
                    else
                        spreadInto(ctx, out, value);
                }
                return out;
            };
        }
        case "template": {
            const quasis = node.quasis;
            const values = node.values.map(compileFast);
            return (ctx) => {
                step(ctx);
                return interpolate(ctx, quasis, values.map((value) => value(ctx)));
            };
        }
        case "helper": {
            const helper = helperFunction(node.helper);
            // Helpers take one or two arguments: no array per call.
            const first = node.args[0] && compileFast(node.args[0]);
            const second = node.args[1] && compileFast(node.args[1]);
            return (ctx) => {
                step(ctx);
                const a = first?.(ctx);
                return helper(ctx, a, second?.(ctx));
            };
        }
        case "method": {
            const object = compileFast(node.object);
            const arg = node.args[0] && compileFast(node.args[0]);
            const method = node.method;
            if (!VALUE_METHODS.includes(method))
                throw new Error(`unknown method ${JSON.stringify(method)}`);
            return (ctx) => {
                step(ctx);
                const receiver = object(ctx);
                return callMethod(ctx, method, receiver, arg?.(ctx));
            };
        }
        case "callback":
            return compileCallback(node);
        case "test": {
            const matches = compileMatcher(node.source, checkedFlags(node.flags));
            const subject = compileFast(node.subject);
            return (ctx) => {
                step(ctx);
                const text = subject(ctx);
                return typeof text === "string" ? matches(ctx, text) : undefined;
            };
        }
        default:
            throw new Error(`unknown Ir node ${JSON.stringify(node.k)}`);
    }
}
/** Member access with a key written in the expression: the common shapes get a closure of their own. */
function compileGet(object, key) {
    if (key === "length" || indexOfKey(key) >= 0) {
        return (ctx) => {
            if (++ctx.steps > ctx.budget)
                overBudget(ctx);
            return getMember(object(ctx), key);
        };
    }
    // A field name: only objects can have it (lists and strings have no own keys but indices and length).
    return (ctx) => {
        if (++ctx.steps > ctx.budget)
            overBudget(ctx);
        const o = object(ctx);
        return typeof o === "object" && o !== null && Object.hasOwn(o, key) ? o[key] : undefined;
    };
}
function compileUnary(op, operand) {
    switch (op) {
        case "!":
            return (ctx) => {
                step(ctx);
                return !operand(ctx);
            };
        case "-":
            return (ctx) => {
                step(ctx);
                return -toNumber(ctx, operand(ctx));
            };
        case "+":
            return (ctx) => {
                step(ctx);
                return toNumber(ctx, operand(ctx));
            };
        case "typeof":
            return (ctx) => {
                step(ctx);
                return typeOf(operand(ctx));
            };
        default:
            throw new Error(`unknown operator ${JSON.stringify(op)}`);
    }
}
function compileLogical(op, left, right) {
    switch (op) {
        case "&&":
            return (ctx) => {
                step(ctx);
                return left(ctx) && right(ctx);
            };
        case "||":
            return (ctx) => {
                step(ctx);
                return left(ctx) || right(ctx);
            };
        case "??":
            return (ctx) => {
                step(ctx);
                return left(ctx) ?? right(ctx);
            };
        default:
            throw new Error(`unknown operator ${JSON.stringify(op)}`);
    }
}
function binaryOperation(op) {
    switch (op) {
        case "===":
            return (ctx, a, b) => strictEquals(ctx, a, b);
        case "!==":
            return (ctx, a, b) => !strictEquals(ctx, a, b);
        case "==":
            return (ctx, a, b) => looseEquals(ctx, a, b);
        case "!=":
            return (ctx, a, b) => !looseEquals(ctx, a, b);
        case "<":
        case "<=":
        case ">":
        case ">=":
            return (ctx, a, b) => relational(ctx, op, a, b);
        case "+":
            return (ctx, a, b) => plus(ctx, a, b);
        case "-":
        case "*":
        case "/":
        case "%":
        case "**":
            return (ctx, a, b) => arithmetic(ctx, op, a, b);
        case "in":
            return (_ctx, a, b) => hasKey(a, b);
        default:
            throw new Error(`unknown operator ${JSON.stringify(op)}`);
    }
}
/** `{...value}`: the own entries of an object; anything else adds nothing. */
function spreadInto(meter, out, value) {
    if (!isPlainObject(value))
        return;
    const names = Object.keys(value);
    charge(meter, names.length);
    // `out` has no prototype, so even a key named __proto__ becomes an own entry.
    for (const name of names)
        out[name] = value[name];
}
/** `text + piece`, charged for the text it makes. */
function appendText(meter, text, piece) {
    chargeText(meter, text.length + piece.length);
    return text + piece;
}
/** A template literal's text: its quasis with the values between them, formatted as messages show them. */
function interpolate(meter, quasis, values) {
    let text = quasis[0] ?? "";
    for (let i = 0; i < values.length; i++)
        text = appendText(meter, appendText(meter, text, formatValue(meter, values[i])), quasis[i + 1] ?? "");
    return text;
}
const ALLOWED_FLAGS = /^[imsu]*$/;
function checkedFlags(flags) {
    // g and y would make test() remember where it stopped (in V8; the matcher has no state, but the Ir says what the checks allowed).
    if (!ALLOWED_FLAGS.test(flags))
        throw new Error(`regular expression flags ${JSON.stringify(flags)} are not allowed`);
    return flags;
}
function helperFunction(name) {
    if (!Object.hasOwn(HELPER_FUNCTIONS, name))
        throw new Error(`unknown helper ${JSON.stringify(name)}`);
    return HELPER_FUNCTIONS[name];
}
/** A method of strings or lists (each takes at most one argument), on values already evaluated: undefined when their types do not fit. */
function callMethod(meter, method, receiver, arg) {
    if (Array.isArray(receiver)) {
        if (method !== "includes")
            return undefined;
        charge(meter, receiver.length);
        if (typeof arg === "string")
            chargeText(meter, receiver.length * Math.min(arg.length, 1 << 20));
        return receiver.includes(arg);
    }
    if (typeof receiver !== "string")
        return undefined;
    switch (method) {
        case "toLowerCase":
            chargeText(meter, receiver.length);
            return receiver.toLowerCase();
        case "toUpperCase":
            chargeText(meter, receiver.length);
            return receiver.toUpperCase();
        case "trim":
            chargeText(meter, receiver.length);
            return receiver.trim();
        case "includes":
        case "startsWith":
        case "endsWith":
            if (typeof arg !== "string")
                return undefined;
            chargeText(meter, receiver.length + arg.length);
            return method === "includes" ? receiver.includes(arg) : method === "startsWith" ? receiver.startsWith(arg) : receiver.endsWith(arg);
        case "split":
            return typeof arg === "string" ? split(meter, receiver, arg) : undefined;
    }
}
/** `text.split(separator)`, charged for every piece before any is made (`huge.split("")`). */
function split(meter, text, separator) {
    chargeText(meter, text.length);
    if (separator === "") {
        charge(meter, text.length);
        return text.split("");
    }
    let pieces = 1;
    for (let at = text.indexOf(separator); at >= 0; at = text.indexOf(separator, at + separator.length)) {
        pieces++;
        if ((pieces & 1023) === 0)
            charge(meter, 1024);
    }
    charge(meter, pieces & 1023);
    return text.split(separator);
}
function compileCallback(node) {
    const object = compileFast(node.object);
    const body = compileFast(node.body);
    const element = node.element;
    const index = node.index ?? -1;
    // Sets the parameters for item i and evaluates the body: one step per call.
    const call = (ctx, list, i) => {
        step(ctx);
        ctx.locals[element] = list[i];
        if (index >= 0)
            ctx.locals[index] = i;
        return body(ctx);
    };
    switch (node.method) {
        case "some":
            return (ctx) => {
                step(ctx);
                const list = object(ctx);
                if (!Array.isArray(list))
                    return undefined;
                for (let i = 0; i < list.length; i++)
                    if (call(ctx, list, i))
                        return true;
                return false;
            };
        case "every":
            return (ctx) => {
                step(ctx);
                const list = object(ctx);
                if (!Array.isArray(list))
                    return undefined;
                for (let i = 0; i < list.length; i++)
                    if (!call(ctx, list, i))
                        return false;
                return true;
            };
        case "find":
            return (ctx) => {
                step(ctx);
                const list = object(ctx);
                if (!Array.isArray(list))
                    return undefined;
                for (let i = 0; i < list.length; i++)
                    if (call(ctx, list, i))
                        return list[i];
                return undefined;
            };
        case "filter":
            return (ctx) => {
                step(ctx);
                const list = object(ctx);
                if (!Array.isArray(list))
                    return undefined;
                const out = [];
                for (let i = 0; i < list.length; i++)
                    if (call(ctx, list, i))
                        out.push(list[i]);
                return out;
            };
        case "map":
            return (ctx) => {
                step(ctx);
                const list = object(ctx);
                if (!Array.isArray(list))
                    return undefined;
                const out = [];
                for (let i = 0; i < list.length; i++)
                    out.push(call(ctx, list, i));
                return out;
            };
        case "flatMap":
            return (ctx) => {
                step(ctx);
                const list = object(ctx);
                if (!Array.isArray(list))
                    return undefined;
                const out = [];
                for (let i = 0; i < list.length; i++) {
                    const result = call(ctx, list, i);
                    if (Array.isArray(result)) {
                        charge(ctx, result.length);
                        for (const item of result)
                            out.push(item);
                    }
                    else
                        out.push(result);
                }
                return out;
            };
        default:
            throw new Error(`unknown method ${JSON.stringify(node.method)}`);
    }
}
/** The later read unless the earlier one is deeper. */
function deeper(earlier, later) {
    if (later === undefined)
        return earlier;
    if (earlier === undefined)
        return later;
    return later.length >= earlier.length ? later : earlier;
}
function plain(value, read) {
    return { value, path: undefined, read };
}
/** Where item i of a tracked list lives. */
function itemPath(list, i) {
    if (list.items)
        return list.items[i];
    return list.path && [...list.path, i];
}
/** `object[key]` with the path it reads: only objects, lists and missing values lead further into the manifest. */
function trackedGet(object, key, keyRead) {
    const value = getMember(object.value, key);
    let path;
    const o = object.value;
    if ((typeof key === "string" || typeof key === "number") && (o === undefined || o === null || typeof o === "object")) {
        const isLength = key === "length" && (Array.isArray(o) || !isPlainObject(o) || !Object.hasOwn(o, "length"));
        if (!isLength) {
            if (object.items && Array.isArray(o)) {
                const i = indexOfKey(key);
                path = i >= 0 ? object.items[i] : undefined;
            }
            else if (object.path)
                path = [...object.path, pathSegment(o, key)];
        }
    }
    return { value, path, read: deeper(deeper(object.read, keyRead), path) };
}
function compileTracking(node) {
    switch (node.k) {
        case "literal":
        case "undefined": {
            const value = node.k === "literal" ? node.value : undefined;
            return (ctx) => {
                step(ctx);
                return plain(value, undefined);
            };
        }
        case "name": {
            const name = node.name;
            return (ctx) => {
                step(ctx);
                const path = Object.hasOwn(ctx.paths, name) ? ctx.paths[name] : undefined;
                return { value: readName(ctx.values, name), path, read: path };
            };
        }
        case "param": {
            const slot = node.slot;
            return (ctx) => {
                step(ctx);
                const local = ctx.locals[slot];
                return { value: local.value, path: local.path, read: local.path, items: local.items };
            };
        }
        case "get": {
            const object = compileTracking(node.object);
            const key = node.key;
            return (ctx) => {
                step(ctx);
                return trackedGet(object(ctx), key, undefined);
            };
        }
        case "index": {
            const object = compileTracking(node.object);
            const key = compileTracking(node.key);
            return (ctx) => {
                step(ctx);
                const o = object(ctx);
                const k = key(ctx);
                return trackedGet(o, k.value, k.read);
            };
        }
        case "unary": {
            const operand = compileTracking(node.operand);
            const op = node.op;
            return (ctx) => {
                step(ctx);
                const a = operand(ctx);
                const value = op === "!" ? !a.value : op === "typeof" ? typeOf(a.value) : op === "-" ? -toNumber(ctx, a.value) : toNumber(ctx, a.value);
                return plain(value, a.read);
            };
        }
        case "binary": {
            const operate = binaryOperation(node.op);
            const left = compileTracking(node.left);
            const right = compileTracking(node.right);
            return (ctx) => {
                step(ctx);
                const a = left(ctx);
                const b = right(ctx);
                return plain(operate(ctx, a.value, b.value), deeper(a.read, b.read));
            };
        }
        case "logical": {
            const left = compileTracking(node.left);
            const right = compileTracking(node.right);
            const op = node.op;
            return (ctx) => {
                step(ctx);
                const a = left(ctx);
                // The left side decides alone: its value, its reads.
                if (op === "&&" ? !a.value : op === "||" ? a.value : a.value !== undefined && a.value !== null)
                    return a;
                const b = right(ctx);
                // a && b: when b is truthy both made it; when falsy, b alone.
                // a || b: when b is falsy both made it; when truthy, b alone.
                // a ?? b: a being missing is part of why (pod.x ?? 30) is what it is.
                const both = op === "&&" ? Boolean(b.value) : op === "||" ? !b.value : true;
                return both ? { ...b, read: deeper(a.read, b.read) } : b;
            };
        }
        case "conditional": {
            const test = compileTracking(node.test);
            const consequent = compileTracking(node.consequent);
            const alternate = compileTracking(node.alternate);
            return (ctx) => {
                step(ctx);
                const t = test(ctx);
                const branch = t.value ? consequent(ctx) : alternate(ctx);
                return { ...branch, read: deeper(t.read, branch.read) };
            };
        }
        case "array": {
            const items = node.items.map((item) => ({ spread: item.spread, value: compileTracking(item.value) }));
            return (ctx) => {
                step(ctx);
                const values = [];
                const paths = [];
                let read;
                for (const item of items) {
                    const t = item.value(ctx);
                    read = deeper(read, t.read);
                    if (!item.spread) {
                        values.push(t.value);
                        paths.push(t.path);
                    }
                    else if (Array.isArray(t.value)) {
                        charge(ctx, t.value.length);
                        t.value.forEach((element, i) => {
                            values.push(element);
                            paths.push(itemPath(t, i));
                        });
                    }
                }
                return { value: values, path: undefined, read, items: paths };
            };
        }
        case "object": {
            const entries = node.entries.map((entry) => "spread" in entry ? { key: undefined, value: compileTracking(entry.spread) } : { key: entry.key, value: compileTracking(entry.value) });
            return (ctx) => {
                step(ctx);
                const out = Object.create(null);
                let read;
                for (const entry of entries) {
                    const t = entry.value(ctx);
                    read = deeper(read, t.read);
                    if (entry.key !== undefined)
                        out[entry.key] = t.value;
                    else
                        spreadInto(ctx, out, t.value);
                }
                return plain(out, read);
            };
        }
        case "template": {
            const quasis = node.quasis;
            const values = node.values.map(compileTracking);
            return (ctx) => {
                step(ctx);
                const tracked = values.map((value) => value(ctx));
                return plain(interpolate(ctx, quasis, tracked.map((t) => t.value)), tracked.reduce((read, t) => deeper(read, t.read), undefined));
            };
        }
        case "helper": {
            const helper = helperFunction(node.helper);
            const args = node.args.map(compileTracking);
            return (ctx) => {
                step(ctx);
                const tracked = args.map((arg) => arg(ctx));
                return plain(helper(ctx, tracked[0]?.value, tracked[1]?.value), tracked.reduce((read, t) => deeper(read, t.read), undefined));
            };
        }
        case "method": {
            const object = compileTracking(node.object);
            const arg = node.args[0] && compileTracking(node.args[0]);
            const method = node.method;
            return (ctx) => {
                step(ctx);
                const receiver = object(ctx);
                const t = arg?.(ctx);
                return plain(callMethod(ctx, method, receiver.value, t?.value), deeper(receiver.read, t?.read));
            };
        }
        case "callback":
            return compileTrackingCallback(node);
        case "test": {
            const matches = compileMatcher(node.source, checkedFlags(node.flags));
            const subject = compileTracking(node.subject);
            return (ctx) => {
                step(ctx);
                const s = subject(ctx);
                return plain(typeof s.value === "string" ? matches(ctx, s.value) : undefined, s.read);
            };
        }
        default:
            throw new Error(`unknown Ir node ${JSON.stringify(node.k)}`);
    }
}
function compileTrackingCallback(node) {
    const object = compileTracking(node.object);
    const body = compileTracking(node.body);
    const element = node.element;
    const index = node.index ?? -1;
    const method = node.method;
    return (ctx) => {
        step(ctx);
        const list = object(ctx);
        if (!Array.isArray(list.value))
            return plain(undefined, list.read);
        const values = list.value;
        /** The reads of one call: the item it was given (the element that decided), then what the body read. */
        const call = (i) => {
            step(ctx);
            const item = { value: values[i], path: itemPath(list, i), read: undefined };
            ctx.locals[element] = item;
            if (index >= 0)
                ctx.locals[index] = plain(i, undefined);
            const result = body(ctx);
            return { result, read: deeper(item.path, result.read) };
        };
        // Reads of every call, for results that every call made (every → true, some → false, map).
        let allReads = list.read;
        switch (method) {
            case "some":
            case "every": {
                const wanted = method === "some";
                for (let i = 0; i < values.length; i++) {
                    const { result, read } = call(i);
                    // The call that decided is the whole reason.
                    if (Boolean(result.value) === wanted)
                        return plain(wanted, read);
                    allReads = deeper(allReads, read);
                }
                return plain(!wanted, allReads);
            }
            case "find": {
                for (let i = 0; i < values.length; i++) {
                    const { result, read } = call(i);
                    if (result.value)
                        return { value: values[i], path: itemPath(list, i), read };
                    allReads = deeper(allReads, read);
                }
                return plain(undefined, allReads);
            }
            case "filter": {
                const kept = [];
                const paths = [];
                let keptReads = list.read;
                for (let i = 0; i < values.length; i++) {
                    const { result, read } = call(i);
                    allReads = deeper(allReads, read);
                    if (result.value) {
                        kept.push(values[i]);
                        paths.push(itemPath(list, i));
                        keptReads = deeper(keptReads, read);
                    }
                }
                // What was kept made the result; when nothing was, every rejection did.
                return { value: kept, path: undefined, read: kept.length > 0 ? keptReads : allReads, items: paths };
            }
            case "map":
            case "flatMap": {
                const out = [];
                const paths = [];
                for (let i = 0; i < values.length; i++) {
                    const { result, read } = call(i);
                    allReads = deeper(allReads, read);
                    if (method === "flatMap" && Array.isArray(result.value)) {
                        charge(ctx, result.value.length);
                        result.value.forEach((item, j) => {
                            out.push(item);
                            paths.push(itemPath(result, j));
                        });
                    }
                    else {
                        out.push(result.value);
                        paths.push(undefined);
                    }
                }
                // A map's results are new values; flatMap keeps the paths of manifest lists it joins.
                return method === "map" ? plain(out, allReads) : { value: out, path: undefined, read: allReads, items: paths };
            }
        }
    };
}
// ---------------------------------------------------------------------------
// Evaluators
class CompiledEvaluator {
    ir;
    fast;
    tracking;
    ctx;
    constructor(ir, budget) {
        this.ir = ir;
        // Ir read back from the cache or posted to a worker is checked before anything trusts its fields.
        checkIr(ir);
        this.ctx = { values: NO_VALUES, paths: NO_VALUES, locals: [], steps: 0, budget };
        this.ctx.locals = ir.role === "field" ? [] : new Array(ir.slots).fill(undefined);
        this.fast = compileRoot(ir, compileFast, (parts) => (ctx) => {
            let text = "";
            for (const part of parts)
                text = appendText(ctx, text, typeof part === "string" ? part : formatValue(ctx, part(ctx)));
            return text;
        });
    }
    evaluate(scope) {
        return this.run(scope, this.fast);
    }
    blame(scope) {
        if (this.ir.role === "field")
            return this.path(scope);
        this.tracking ??= compileRoot(this.ir, compileTracking, (parts) => (ctx) => {
            let text = "";
            let read;
            for (const part of parts) {
                if (typeof part === "string")
                    text = appendText(ctx, text, part);
                else {
                    const t = part(ctx);
                    read = deeper(read, t.read);
                    text = appendText(ctx, text, formatValue(ctx, t.value));
                }
            }
            return plain(text, read);
        });
        return this.run(scope, this.tracking).read;
    }
    path(scope) {
        if (this.ir.role !== "field")
            return undefined;
        const root = Object.hasOwn(scope.paths, this.ir.root) ? scope.paths[this.ir.root] : undefined;
        if (root === undefined)
            return undefined;
        // Lists' items are numbers in a path, whatever the key was written as.
        let value = readName(scope.values, this.ir.root);
        const path = [...root];
        for (const key of this.ir.keys) {
            path.push(pathSegment(value, key));
            value = getMember(value, key);
        }
        return path;
    }
    text(scope) {
        const value = this.evaluate(scope);
        if (typeof value === "string")
            return value;
        const ctx = this.ctx;
        ctx.steps = 0;
        try {
            return formatValue(ctx, value);
        }
        catch (err) {
            throw asBudgetExceeded(err);
        }
    }
    run(scope, root) {
        const ctx = this.ctx;
        ctx.values = scope.values;
        ctx.paths = scope.paths;
        ctx.steps = 0;
        try {
            return root(ctx);
        }
        catch (err) {
            throw asBudgetExceeded(err);
        }
        finally {
            // Keep no manifest alive between evaluations.
            ctx.values = NO_VALUES;
            ctx.paths = NO_VALUES;
            if (ctx.locals.length > 0)
                ctx.locals.fill(undefined);
        }
    }
}
/** Running out of memory or stack (a string or list past V8's limits) counts as running out of budget. */
function asBudgetExceeded(err) {
    return err instanceof RangeError ? new BudgetExceeded(`the expression ran out of resources: ${err.message}`) : err;
}
function compileRoot(ir, compile, joinTemplate) {
    if (ir.format !== IR_FORMAT)
        throw new Error(`compiled custom rule of format ${String(ir.format)}; this dslint reads format ${IR_FORMAT}`);
    switch (ir.role) {
        case "expression":
            return compile(ir.root);
        case "template":
            return joinTemplate(ir.parts.map((part) => (typeof part === "string" ? part : compile(part))));
        case "field": {
            let node = { k: "name", name: ir.root };
            for (const key of ir.keys)
                node = { k: "get", object: node, key };
            return compile(node);
        }
    }
}
/** Compiles `ir` into closures once; each evaluation then only runs them. */
export function evaluator(ir, options = {}) {
    return new CompiledEvaluator(ir, options.budget ?? STEP_BUDGET);
}
