import { closestMatch } from "../../schema/suggest.js";
import { CALLBACK_METHODS, HELPERS, IR_FORMAT, VALUE_METHODS, } from "./ir.js";
import { parseExpression, parseTemplate, userOffset } from "./parse.js";
import { regexProblems } from "./regex.js";
import { indexOfKey } from "./runtime.js";
import { BOOLEAN, NULLISH, NUMBER, STRING, UNKNOWN, describe, itemType, listOf, mayBe, memberType, union, } from "./types.js";
/** Deeper expressions are refused: evaluation recurses once per level. */
const MAX_DEPTH = 200;
const ARITY = {
    quantity: { count: 1, signature: 'quantity(text), such as quantity("200Mi")' },
    image: { count: 1, signature: "image(reference), such as image(container.image)" },
    selects: { count: 2, signature: "selects(selector, labels)" },
    tolerates: { count: 2, signature: "tolerates(tolerations, taint)" },
    keys: { count: 1, signature: "keys(map), such as keys(metadata.labels)" },
};
const HELPER_RESULTS = {
    quantity: NUMBER,
    image: {
        kind: "record",
        name: "the result of image()",
        fields: { registry: STRING, repository: STRING, tag: STRING, digest: STRING },
        open: false,
    },
    selects: BOOLEAN,
    tolerates: BOOLEAN,
    keys: listOf(STRING),
};
export const CALLS_ALLOWED = `calls are limited to the helpers ${HELPERS.map((h) => `${h}()`).join(", ")}; ` +
    "the list methods some, every, filter, map, find, includes and flatMap; " +
    "the string methods startsWith, endsWith, includes, toLowerCase, toUpperCase, trim and split; " +
    "and /regular expression/.test(text)";
const ARROWS_ALLOWED = "arrow functions are allowed only as the argument of some(), every(), filter(), map(), find() and flatMap()";
const READ_ONLY = "a rule only reads the manifest";
const REGEX_FLAGS = "imsu";
const FAILED = { ir: { k: "undefined" }, type: UNKNOWN };
/** TypeScript syntax that does nothing at run time. */
const TYPE_ONLY = new Set(["TSNonNullExpression", "TSAsExpression", "TSSatisfiesExpression", "TSTypeAssertion"]);
function withoutTypes(node) {
    let current = node;
    while (TYPE_ONLY.has(current.type))
        current = current.expression;
    return current;
}
function isRegexLiteral(node) {
    return node.type === "Literal" && "regex" in node && node.regex !== undefined;
}
/** A key written as a literal: `["team"]`, `[0]`, `` [`team`] ``. */
function literalKey(node) {
    const key = withoutTypes(node);
    if (key.type === "Literal") {
        const value = key.value;
        if (typeof value === "string")
            return value;
        if (typeof value === "number" && Number.isFinite(value))
            return value;
        return undefined;
    }
    if (key.type === "TemplateLiteral") {
        const template = key;
        if (template.expressions.length === 0)
            return template.quasis[0]?.value.cooked ?? undefined;
    }
    return undefined;
}
/** Node types outside the language, and what to say about them. */
const NOT_IN_LANGUAGE = {
    AwaitExpression: '"await" is not part of the rule language',
    YieldExpression: '"yield" is not part of the rule language',
    ClassExpression: "classes are not part of the rule language",
    FunctionExpression: `functions are not part of the rule language: ${ARROWS_ALLOWED}`,
    Super: '"super" is not available in a rule',
    TSInstantiationExpression: "type arguments are not part of the rule language",
    PrivateIdentifier: "private names are not part of the rule language",
};
class Checker {
    scope;
    tree;
    version;
    problems = [];
    slots = 0;
    source = { text: "", base: 0 };
    scopeTypes = new Map();
    tooDeep = false;
    constructor(scope, tree, version) {
        this.scope = scope;
        this.tree = tree;
        this.version = version;
    }
    get slotCount() {
        return this.slots;
    }
    withSource(source, run) {
        this.source = source;
        return run();
    }
    report(at, message) {
        const [start, end] = "type" in at ? this.range(at) : at;
        this.problems.push({ start, end, message });
    }
    range(node) {
        const { text, base } = this.source;
        return [base + userOffset(node.range[0], text.length), base + userOffset(node.range[1], text.length)];
    }
    /** The node's text for a message, or "this value" when it is long. */
    snippet(node) {
        const [start, end] = this.range(node);
        const text = this.source.text.slice(start - this.source.base, end - this.source.base).replace(/\s+/g, " ");
        return text.length <= 40 ? text : "this value";
    }
    scopeType(name) {
        let type = this.scopeTypes.get(name);
        if (type === undefined) {
            type = fromValueType(this.scope[name], this.tree);
            this.scopeTypes.set(name, type);
        }
        return type;
    }
    lower(node, env, depth) {
        if (depth > MAX_DEPTH) {
            if (!this.tooDeep)
                this.report(node, "the expression is nested too deeply");
            this.tooDeep = true;
            return FAILED;
        }
        const d = depth + 1;
        const type = node.type;
        if (TYPE_ONLY.has(type))
            return this.lower(node.expression, env, d);
        switch (type) {
            case "Literal":
                return this.literal(node);
            case "TemplateLiteral": {
                const template = node;
                const values = template.expressions.map((e) => this.lower(e, env, d).ir);
                return { ir: { k: "template", quasis: template.quasis.map((q) => q.value.cooked ?? q.value.raw), values }, type: STRING };
            }
            case "Identifier":
                return this.identifier(node, env);
            case "MemberExpression":
                return this.member(node, env, d);
            case "ChainExpression":
                // Optional chaining changes nothing: reading from undefined is undefined anyway.
                return this.lower(node.expression, env, d);
            case "CallExpression":
                return this.call(node, env, d);
            case "UnaryExpression":
                return this.unary(node, env, d);
            case "BinaryExpression":
                return this.binary(node, env, d);
            case "LogicalExpression":
                return this.logical(node, env, d);
            case "ConditionalExpression": {
                const c = node;
                const test = this.lower(c.test, env, d);
                const consequent = this.lower(c.consequent, env, d);
                const alternate = this.lower(c.alternate, env, d);
                return {
                    ir: { k: "conditional", test: test.ir, consequent: consequent.ir, alternate: alternate.ir },
                    type: union([consequent.type, alternate.type]),
                };
            }
            case "ArrayExpression":
                return this.array(node, env, d);
            case "ObjectExpression":
                return this.object(node, env, d);
            case "ArrowFunctionExpression":
                this.report(node, ARROWS_ALLOWED);
                return FAILED;
            case "NewExpression":
                this.report(node, `"new" is not allowed: ${CALLS_ALLOWED}`);
                return FAILED;
            case "TaggedTemplateExpression":
                this.report(node, `tagged templates are not allowed: ${CALLS_ALLOWED}`);
                return FAILED;
            case "ImportExpression":
                this.report(node, `import() is not allowed: ${CALLS_ALLOWED}`);
                return FAILED;
            case "AssignmentExpression":
                this.report(node, `assignment is not allowed: ${READ_ONLY}`);
                return FAILED;
            case "UpdateExpression":
                this.report(node, `"${node.operator}" is not allowed: ${READ_ONLY}`);
                return FAILED;
            case "SequenceExpression":
                this.report(node, "the comma operator is not allowed: write exactly one expression");
                return FAILED;
            case "ThisExpression":
                this.report(node, '"this" is not available in a rule');
                return FAILED;
            case "MetaProperty": {
                const meta = node;
                this.report(node, `"${meta.meta.name}.${meta.property.name}" is not available in a rule`);
                return FAILED;
            }
            default:
                this.report(node, NOT_IN_LANGUAGE[type] ?? `this syntax (${type}) is not part of the rule language`);
                return FAILED;
        }
    }
    literal(node) {
        if (isRegexLiteral(node)) {
            this.report(node, "a regular expression can only be used as /.../.test(text)");
            return FAILED;
        }
        if ("bigint" in node && node.bigint !== undefined) {
            this.report(node, "BigInt literals are not part of the rule language");
            return FAILED;
        }
        const value = node.value;
        if (typeof value === "number" && !Number.isFinite(value)) {
            this.report(node, "this number is too large");
            return FAILED;
        }
        const type = typeof value === "string" ? STRING : typeof value === "number" ? NUMBER : typeof value === "boolean" ? BOOLEAN : NULLISH;
        return { ir: { k: "literal", value }, type };
    }
    identifier(node, env) {
        const name = node.name;
        const local = findLocal(env, name);
        if (local)
            return { ir: { k: "param", slot: local.slot }, type: local.type };
        if (Object.hasOwn(this.scope, name))
            return { ir: { k: "name", name }, type: this.scopeType(name) };
        if (name === "undefined")
            return { ir: { k: "undefined" }, type: NULLISH };
        if (HELPERS.includes(name)) {
            this.report(node, `${name} is a helper: call it, as in ${ARITY[name].signature}`);
            return FAILED;
        }
        this.report(node, this.notDefined(name, env));
        return FAILED;
    }
    notDefined(name, env) {
        const names = [...env.map((l) => l.name), ...Object.keys(this.scope)];
        const near = closestMatch(name, [...names, ...HELPERS]);
        if (near)
            return `"${name}" is not defined; did you mean "${near}"?`;
        const available = [...new Set(names)];
        return `"${name}" is not defined; a rule here can read ${available.length > 0 ? available.join(", ") : "nothing but literals"} and call the helpers ${HELPERS.join(", ")}`;
    }
    member(node, env, d) {
        const object = this.lower(node.object, env, d);
        if (node.property.type === "PrivateIdentifier") {
            this.report(node.property, "private names are not part of the rule language");
            return FAILED;
        }
        let key;
        let computed;
        if (!node.computed)
            key = node.property.name;
        else {
            key = literalKey(node.property);
            if (key === undefined)
                computed = this.lower(node.property, env, d);
        }
        const result = memberType(object.type, key, { tree: this.tree, version: this.version, receiver: this.snippet(node.object) });
        let type = UNKNOWN;
        if ("problem" in result)
            this.report(node.property, result.problem);
        else
            type = result.type;
        if (computed)
            return { ir: { k: "index", object: object.ir, key: computed.ir }, type };
        return { ir: { k: "get", object: object.ir, key: keyFor(object.type, key) }, type };
    }
    call(node, env, d) {
        const callee = withoutTypes(node.callee);
        const spread = node.arguments.find((arg) => arg.type === "SpreadElement");
        if (spread) {
            this.report(spread, "spread arguments are not allowed");
            return FAILED;
        }
        if (callee.type === "Identifier") {
            const name = callee.name;
            const shadowed = findLocal(env, name) !== undefined || Object.hasOwn(this.scope, name);
            if (!shadowed && HELPERS.includes(name))
                return this.helper(name, node, env, d);
            const near = shadowed ? undefined : closestMatch(name, HELPERS);
            this.report(callee, near ? `"${name}" is not a helper; did you mean "${near}"?` : `"${name}" cannot be called: ${CALLS_ALLOWED}`);
            return FAILED;
        }
        if (callee.type === "MemberExpression") {
            const member = callee;
            if (!member.computed && member.property.type === "Identifier") {
                const method = member.property.name;
                const receiver = withoutTypes(member.object);
                if (isRegexLiteral(receiver)) {
                    if (method === "test")
                        return this.regexTest(node, receiver, env, d);
                    this.report(member.property, `"${method}" cannot be called: ${CALLS_ALLOWED}`);
                    return FAILED;
                }
                if (CALLBACK_METHODS.includes(method))
                    return this.callbackMethod(method, node, member, env, d);
                if (VALUE_METHODS.includes(method))
                    return this.valueMethod(method, node, member, env, d);
                this.report(member.property, `"${method}" cannot be called: ${CALLS_ALLOWED}`);
                return FAILED;
            }
        }
        this.report(callee, `this cannot be called: ${CALLS_ALLOWED}`);
        return FAILED;
    }
    helper(name, node, env, d) {
        const { count, signature } = ARITY[name];
        if (node.arguments.length !== count) {
            this.report(node, `${name}() takes ${count === 1 ? "one argument" : `${count} arguments`}: ${signature}`);
            return FAILED;
        }
        const args = node.arguments.map((arg) => this.lower(arg, env, d).ir);
        return { ir: { k: "helper", helper: name, args }, type: HELPER_RESULTS[name] };
    }
    callbackMethod(method, node, callee, env, d) {
        const receiver = this.lower(callee.object, env, d);
        if (!mayBe(receiver.type, "list"))
            this.report(callee.property, `${method}() is a list method, but ${this.snippet(callee.object)} is ${describe(receiver.type)}`);
        const arrow = node.arguments[0] && withoutTypes(node.arguments[0]);
        const usage = `${method}() takes one arrow function, such as ${method}(c => c.name === "agent")`;
        if (node.arguments.length !== 1 || !arrow || arrow.type !== "ArrowFunctionExpression") {
            this.report(arrow ?? node, usage);
            return FAILED;
        }
        const fn = arrow;
        let usable = true;
        const fail = (at, message) => {
            this.report(at, message);
            usable = false;
        };
        if (fn.async)
            fail(fn, "async arrow functions are not allowed");
        if (fn.params.length === 0 || fn.params.length > 2)
            fail(fn, `${method}()'s arrow function takes the item and, if needed, its index: (item, index) => ...`);
        const names = [];
        for (const param of fn.params) {
            if (param.type !== "Identifier")
                fail(param, "an arrow function's parameters must be plain names");
            else {
                const name = param.name;
                if (name === "undefined")
                    fail(param, '"undefined" cannot be a parameter name');
                else if (names.includes(name))
                    fail(param, `"${name}" is already a parameter`);
                names.push(name);
            }
        }
        if (fn.body.type === "BlockStatement") {
            fail(fn.body, "an arrow function's body must be an expression, not a block: write c => c.x === 1, not c => { ... }");
        }
        if (!usable)
            return FAILED;
        const element = this.slots++;
        const index = names.length > 1 ? this.slots++ : undefined;
        const item = itemType(receiver.type);
        const locals = [...env, { name: names[0], slot: element, type: item }];
        if (index !== undefined)
            locals.push({ name: names[1], slot: index, type: NUMBER });
        const body = this.lower(fn.body, locals, d);
        const ir = { k: "callback", method, object: receiver.ir, element, body: body.ir };
        if (index !== undefined)
            ir.index = index;
        return { ir, type: callbackResult(method, item, body.type) };
    }
    valueMethod(method, node, callee, env, d) {
        const receiver = this.lower(callee.object, env, d);
        const what = this.snippet(callee.object);
        if (method === "includes") {
            if (!mayBe(receiver.type, "list or string"))
                this.report(callee.property, `includes() needs a list or a string, but ${what} is ${describe(receiver.type)}`);
        }
        else if (!mayBe(receiver.type, "string")) {
            this.report(callee.property, `${method}() is a string method, but ${what} is ${describe(receiver.type)}`);
        }
        const count = method === "toLowerCase" || method === "toUpperCase" || method === "trim" ? 0 : 1;
        if (node.arguments.length !== count) {
            this.report(node, `${method}() takes ${count === 0 ? "no arguments" : "one argument"}`);
            return FAILED;
        }
        const separator = node.arguments[0];
        if (method === "split" && separator && isRegexLiteral(withoutTypes(separator))) {
            this.report(separator, "split() takes a string separator, not a regular expression");
            return FAILED;
        }
        const args = node.arguments.map((arg) => this.lower(arg, env, d).ir);
        const type = method === "split" ? listOf(STRING) : method === "toLowerCase" || method === "toUpperCase" || method === "trim" ? STRING : BOOLEAN;
        return { ir: { k: "method", method, object: receiver.ir, args }, type };
    }
    regexTest(node, literal, env, d) {
        const { pattern, flags } = literal.regex;
        const bad = [...flags].filter((f) => !REGEX_FLAGS.includes(f));
        if (bad.length > 0) {
            this.report(literal, `the flag${bad.length > 1 ? "s" : ""} ${bad.join(", ")} cannot be used: a regular expression may use only the flags i, m, s and u (g and y would make test() remember where it stopped)`);
        }
        else {
            let valid = true;
            try {
                new RegExp(pattern, flags);
            }
            catch (err) {
                valid = false;
                this.report(literal, err instanceof Error ? err.message : String(err));
            }
            if (valid) {
                // Offsets in the pattern start after the literal's opening slash.
                const [start] = this.range(literal);
                for (const problem of regexProblems(pattern, flags))
                    this.report([start + 1 + problem.start, start + 1 + problem.end], problem.message);
            }
        }
        if (node.arguments.length !== 1) {
            this.report(node, "test() takes one argument: the text to test");
            return FAILED;
        }
        const subject = this.lower(node.arguments[0], env, d);
        return { ir: { k: "test", source: pattern, flags, subject: subject.ir }, type: BOOLEAN };
    }
    unary(node, env, d) {
        const op = node.operator;
        if (op === "delete") {
            this.report(node, `"delete" is not allowed: ${READ_ONLY}`);
            return FAILED;
        }
        if (op !== "-" && op !== "+" && op !== "!" && op !== "typeof") {
            this.report(node, `"${op}" is not part of the rule language`);
            return FAILED;
        }
        const operand = this.lower(node.argument, env, d);
        const type = op === "!" ? BOOLEAN : op === "typeof" ? STRING : NUMBER;
        return { ir: { k: "unary", op, operand: operand.ir }, type };
    }
    binary(node, env, d) {
        const op = node.operator;
        if (!BINARY_OPERATORS.has(op)) {
            this.report(node, `"${op}" is not part of the rule language`);
            return FAILED;
        }
        if (node.left.type === "PrivateIdentifier") {
            this.report(node.left, "private names are not part of the rule language");
            return FAILED;
        }
        const left = this.lower(node.left, env, d);
        const right = this.lower(node.right, env, d);
        let type;
        if (op === "+") {
            type = left.type.kind === "string" || right.type.kind === "string" ? STRING : left.type.kind === "number" && right.type.kind === "number" ? NUMBER : UNKNOWN;
        }
        else
            type = ARITHMETIC.has(op) ? NUMBER : BOOLEAN;
        return { ir: { k: "binary", op: op, left: left.ir, right: right.ir }, type };
    }
    logical(node, env, d) {
        // JavaScript refuses `a ?? b || c` (which would it mean?); the parser lets it through.
        const mixed = (child, side) => child.type === "LogicalExpression" &&
            (child.operator === "??") !== (node.operator === "??") &&
            child.range[side] === node.range[side];
        if (mixed(node.left, 0) || mixed(node.right, 1)) {
            this.report(node, "?? cannot be mixed with && or || without parentheses");
            return FAILED;
        }
        const left = this.lower(node.left, env, d);
        const right = this.lower(node.right, env, d);
        return { ir: { k: "logical", op: node.operator, left: left.ir, right: right.ir }, type: union([left.type, right.type]) };
    }
    array(node, env, d) {
        const items = [];
        const types = [];
        for (const element of node.elements) {
            if (element === null) {
                this.report(node, "empty slots in a list are not allowed");
                return FAILED;
            }
            if (element.type === "SpreadElement") {
                const spread = this.lower(element.argument, env, d);
                items.push({ spread: true, value: spread.ir });
                types.push(itemType(spread.type));
            }
            else {
                const value = this.lower(element, env, d);
                items.push({ spread: false, value: value.ir });
                types.push(value.type);
            }
        }
        return { ir: { k: "array", items }, type: listOf(union(types)) };
    }
    object(node, env, d) {
        const entries = [];
        const fields = Object.create(null);
        let open = false;
        for (const property of node.properties) {
            if (property.type === "SpreadElement") {
                entries.push({ spread: this.lower(property.argument, env, d).ir });
                open = true;
                continue;
            }
            const p = property;
            if (p.kind !== "init" || p.method) {
                this.report(p, p.kind !== "init" ? "getters and setters are not allowed" : "methods are not allowed in objects");
                continue;
            }
            const key = p.computed ? undefined : p.key.type === "Identifier" ? p.key.name : literalKey(p.key);
            if (key === undefined) {
                this.report(p.key, "an object's keys must be plain names or strings, not computed");
                continue;
            }
            const name = String(key);
            if (name === "__proto__") {
                this.report(p.key, '"__proto__" cannot be a key');
                continue;
            }
            const value = this.lower(p.value, env, d);
            entries.push({ key: name, value: value.ir });
            fields[name] = value.type;
        }
        return { ir: { k: "object", entries }, type: { kind: "record", name: "this object", fields, open } };
    }
    /** `at`: a scope name and literal keys, checked against the schema like any member access. */
    field(node) {
        const chain = [];
        let current = withoutTypes(node);
        for (;;) {
            const type = current.type;
            if (type === "ChainExpression")
                current = withoutTypes(current.expression);
            else if (type === "MemberExpression") {
                const member = current;
                const key = member.computed ? literalKey(member.property) : member.property.type === "Identifier" ? member.property.name : undefined;
                if (key === undefined) {
                    this.report(member.property, 'a field path takes literal keys only, such as pod.tolerations[0] or metadata.labels["team"]');
                    return undefined;
                }
                chain.unshift({ key, node: member });
                current = withoutTypes(member.object);
            }
            else
                break;
        }
        // The evaluator reads a field path as nested member accesses: as deep as an expression may be, no deeper.
        if (chain.length > MAX_DEPTH) {
            this.report(node, "the field path is nested too deeply");
            return undefined;
        }
        if (current.type !== "Identifier" || !Object.hasOwn(this.scope, current.name)) {
            if (current.type === "Identifier")
                this.report(current, this.notDefined(current.name, []));
            else
                this.report(current, "a field path starts with a name, such as container.securityContext.runAsUser or pod.tolerations[0]");
            return undefined;
        }
        const root = current.name;
        let type = this.scopeType(root);
        const keys = [];
        for (const { key, node: member } of chain) {
            const result = memberType(type, key, { tree: this.tree, version: this.version, receiver: this.snippet(member.object) });
            keys.push(keyFor(type, key));
            if ("problem" in result) {
                this.report(member.property, result.problem);
                type = UNKNOWN;
            }
            else
                type = result.type;
        }
        return { root, keys };
    }
}
const BINARY_OPERATORS = new Set(["===", "!==", "==", "!=", "<", "<=", ">", ">=", "+", "-", "*", "/", "%", "**", "in"]);
const ARITHMETIC = new Set(["-", "*", "/", "%", "**"]);
function findLocal(env, name) {
    for (let i = env.length - 1; i >= 0; i--)
        if (env[i].name === name)
            return env[i];
    return undefined;
}
/** A key into a list as a number (`["0"]` is item 0), so paths name list items as Kubernetes does. */
function keyFor(type, key) {
    if (type.kind === "list" && typeof key === "string" && indexOfKey(key) >= 0)
        return indexOfKey(key);
    return key;
}
function callbackResult(method, item, body) {
    switch (method) {
        case "some":
        case "every":
            return BOOLEAN;
        case "filter":
            return listOf(item);
        case "find":
            return item;
        case "map":
            return listOf(body);
        case "flatMap":
            // A list's items join the result; anything else is one item.
            return listOf(body.kind === "list" ? body.item : body.kind === "union" ? union(body.of.map((t) => (t.kind === "list" ? t.item : t))) : body);
    }
}
export function fromValueType(value, tree) {
    switch (value) {
        case "string":
            return STRING;
        case "number":
            return NUMBER;
        case "boolean":
            return BOOLEAN;
        case "unknown":
            return UNKNOWN;
        default: {
            const nodes = [];
            for (const definition of value.schema) {
                try {
                    nodes.push(tree.resolve({ $ref: `#/definitions/${definition}` }));
                }
                catch {
                    // A definition this version lacks: the others still check.
                }
            }
            return nodes.length === 0 ? UNKNOWN : union(nodes.map((node) => ({ kind: "schema", nodes: [node] })));
        }
    }
}
function sorted(problems) {
    const seen = new Set();
    return problems
        .filter((p) => {
        const key = `${p.start}:${p.end}:${p.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    })
        .sort((a, b) => a.start - b.start || a.end - b.end);
}
/**
 * Parses `text` and checks it: syntax, names in scope, calls, fields against
 * the DaemonSet schema of `kubernetesVersion` (`tree`), regular
 * expressions. `scope` names what the rule may read besides the helpers.
 * Offsets of problems are in `text` (for role "template", the message).
 */
export function compile(text, role, scope, tree, kubernetesVersion) {
    const checker = new Checker(scope, tree, kubernetesVersion);
    if (role === "template") {
        const template = parseTemplate(text);
        if ("problem" in template)
            return { problems: [template.problem] };
        const parts = [];
        for (const part of template.parts) {
            if ("text" in part)
                parts.push(part.text);
            else
                parts.push(checker.withSource({ text: text.slice(part.start, part.end), base: part.start }, () => checker.lower(part.expression, [], 0).ir));
        }
        if (checker.problems.length > 0)
            return { problems: sorted(checker.problems) };
        return { ir: { format: IR_FORMAT, role, slots: checker.slotCount, parts } };
    }
    const parsed = parseExpression(text);
    if (!parsed.ok)
        return { problems: [parsed.problem] };
    return checker.withSource({ text, base: 0 }, () => {
        if (role === "field") {
            const field = checker.field(parsed.expression);
            if (!field || checker.problems.length > 0)
                return { problems: sorted(checker.problems) };
            return { ir: { format: IR_FORMAT, role, root: field.root, keys: field.keys } };
        }
        const root = checker.lower(parsed.expression, [], 0);
        if (checker.problems.length > 0)
            return { problems: sorted(checker.problems) };
        return { ir: { format: IR_FORMAT, role, slots: checker.slotCount, root: root.ir } };
    });
}
