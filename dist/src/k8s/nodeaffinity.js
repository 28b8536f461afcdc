import { formatPath } from "../path.js";
import { labelValue, qualifiedName } from "./syntax.js";
import { isRecord, scalarText } from "../values.js";
/** A NodeView from a plain label object, for rules that ask about hypothetical nodes. */
export function nodeView(name, labels = {}) {
    return { name, labels: new Map(Object.entries(labels)) };
}
// strconv.ParseInt(s, 10, 64): optional sign, decimal digits, int64 range.
const INT64 = /^[+-]?[0-9]+$/;
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
/** Go's `strconv.ParseInt(s, 10, 64)`, or undefined when it would fail. */
export function parseInt64(textValue) {
    if (!INT64.test(textValue))
        return undefined;
    const value = BigInt(textValue);
    return value < INT64_MIN || value > INT64_MAX ? undefined : value;
}
const LABEL_OPERATORS = new Set(["In", "NotIn", "Exists", "DoesNotExist", "Gt", "Lt"]);
function readRequirement(raw, path, fail) {
    if (!isRecord(raw)) {
        fail(path, "must be an object");
        return { key: "", operator: "", values: [] };
    }
    const values = [];
    if (Array.isArray(raw.values)) {
        raw.values.forEach((v, i) => {
            const value = scalarText(v);
            if (value === undefined)
                fail([...path, "values", i], "must be a string");
            else
                values.push(value);
        });
    }
    else if (raw.values !== undefined && raw.values !== null) {
        fail([...path, "values"], "must be a list of strings");
    }
    return { key: scalarText(raw.key) ?? "", operator: scalarText(raw.operator) ?? "", values };
}
/** `nodeSelectorRequirementsAsSelector` + `labels.NewRequirement` checks for one matchExpressions entry. */
function compileExpression(requirement, index, path, fail) {
    const { key, operator, values } = requirement;
    const compiled = { field: "matchExpressions", index, requirement };
    if (!LABEL_OPERATORS.has(operator)) {
        // Upstream rejects the operator before building the requirement, so nothing else is checked.
        fail([...path, "operator"], `Unsupported value: "${operator}": not a valid node selector operator`);
        return compiled;
    }
    for (const problem of qualifiedName(key))
        fail([...path, "key"], `Invalid value: "${key}": ${problem}`);
    if ((operator === "In" || operator === "NotIn") && values.length === 0) {
        fail([...path, "values"], "Invalid value: for 'in', 'notin' operators, values set can't be empty");
    }
    else if ((operator === "Exists" || operator === "DoesNotExist") && values.length !== 0) {
        fail([...path, "values"], "Invalid value: values set must be empty for exists and does not exist");
    }
    else if (operator === "Gt" || operator === "Lt") {
        if (values.length !== 1)
            fail([...path, "values"], "Invalid value: for 'Gt', 'Lt' operators, exactly one value is required");
        values.forEach((value, i) => {
            const bound = parseInt64(value);
            if (bound === undefined)
                fail([...path, "values", i], `Invalid value: "${value}": for 'Gt', 'Lt' operators, the value must be an integer`);
            else if (values.length === 1)
                compiled.bound = bound;
        });
    }
    values.forEach((value, i) => {
        for (const problem of labelValue(value))
            fail([...path, "values", i], `Invalid value: "${value}": ${problem}`);
    });
    return compiled;
}
/** `nodeSelectorRequirementsAsFieldSelector`: only In / NotIn with exactly one value. */
function compileField(requirement, index, path, fail) {
    const { operator, values } = requirement;
    if (operator === "In" || operator === "NotIn") {
        if (values.length !== 1)
            fail([...path, "values"], "Invalid value: must have one element");
    }
    else {
        fail([...path, "operator"], `Invalid value: "${operator}": not a valid selector operator`);
    }
    return { field: "matchFields", index, requirement };
}
/**
 * Parses a `requiredDuringSchedulingIgnoredDuringExecution` object
 * (`NewLazyErrorNodeSelector`). Empty terms and unparsable terms are left
 * out of matching; a nil or empty term list therefore matches no node.
 */
export function compileNodeSelector(selector) {
    const rawTerms = isRecord(selector) && Array.isArray(selector.nodeSelectorTerms) ? selector.nodeSelectorTerms : [];
    const terms = [];
    const emptyTerms = [];
    const parseErrors = [];
    rawTerms.forEach((rawTerm, termIndex) => {
        const termPath = ["nodeSelectorTerms", termIndex];
        const term = isRecord(rawTerm) ? rawTerm : {};
        const rawExpressions = Array.isArray(term.matchExpressions) ? term.matchExpressions : [];
        const rawFields = Array.isArray(term.matchFields) ? term.matchFields : [];
        if (rawExpressions.length === 0 && rawFields.length === 0) {
            emptyTerms.push(termIndex);
            return;
        }
        const errorCount = parseErrors.length;
        const fail = (at, message) => parseErrors.push({ termIndex, path: at, message: `${formatPath(at)}: ${message}` });
        const compiled = { index: termIndex };
        if (rawExpressions.length > 0) {
            compiled.expressions = rawExpressions.map((raw, i) => {
                const path = [...termPath, "matchExpressions", i];
                return compileExpression(readRequirement(raw, path, fail), i, path, fail);
            });
        }
        if (rawFields.length > 0) {
            compiled.fields = rawFields.map((raw, i) => {
                const path = [...termPath, "matchFields", i];
                return compileField(readRequirement(raw, path, fail), i, path, fail);
            });
        }
        if (parseErrors.length === errorCount)
            terms.push(compiled);
    });
    return { terms, termCount: rawTerms.length, emptyTerms, parseErrors };
}
/** `Requirement.Matches` for a parsed label requirement. */
function expressionMatches(compiled, labels) {
    const { key, operator, values } = compiled.requirement;
    const actual = labels.get(key);
    switch (operator) {
        case "In":
            return actual !== undefined && values.includes(actual);
        case "NotIn":
            return actual === undefined || !values.includes(actual);
        case "Exists":
            return actual !== undefined;
        case "DoesNotExist":
            return actual === undefined;
        case "Gt":
        case "Lt": {
            if (actual === undefined || compiled.bound === undefined)
                return false;
            const value = parseInt64(actual);
            if (value === undefined)
                return false;
            return operator === "Gt" ? value > compiled.bound : value < compiled.bound;
        }
        default:
            return false;
    }
}
/** The only field a node exposes to matchFields is `metadata.name`; other keys read as "". */
function fieldValue(key, node) {
    return key === "metadata.name" ? node.name : "";
}
function fieldMatches(compiled, node) {
    const { key, operator, values } = compiled.requirement;
    const equal = fieldValue(key, node) === values[0];
    return operator === "In" ? equal : !equal;
}
/** `nodeSelectorTerm.match`: matchFields are skipped for a node without a name (empty field set). */
function termMatches(term, node) {
    if (term.expressions && !term.expressions.every((r) => expressionMatches(r, node.labels)))
        return false;
    if (term.fields && node.name !== "" && !term.fields.every((r) => fieldMatches(r, node)))
        return false;
    return true;
}
/** `LazyErrorNodeSelector.Match`: terms are ORed. */
export function nodeSelectorMatches(selector, node) {
    for (const term of selector.terms)
        if (termMatches(term, node))
            return true;
    return false;
}
function mismatchOf(compiled, node) {
    const actual = compiled.field === "matchExpressions" ? (node.labels.get(compiled.requirement.key) ?? null) : fieldValue(compiled.requirement.key, node);
    return { field: compiled.field, index: compiled.index, requirement: compiled.requirement, actual };
}
/** Why each term of the selector does not match the node, in term order. */
export function explainNodeSelector(selector, node) {
    const byTerm = new Map();
    for (const index of selector.emptyTerms)
        byTerm.set(index, { termIndex: index, empty: true });
    for (const error of selector.parseErrors) {
        const entry = byTerm.get(error.termIndex) ?? { termIndex: error.termIndex, parseErrors: [] };
        entry.parseErrors.push(error.message);
        byTerm.set(error.termIndex, entry);
    }
    for (const term of selector.terms) {
        const failed = [];
        for (const r of term.expressions ?? [])
            if (!expressionMatches(r, node.labels))
                failed.push(mismatchOf(r, node));
        if (node.name !== "")
            for (const r of term.fields ?? [])
                if (!fieldMatches(r, node))
                    failed.push(mismatchOf(r, node));
        if (failed.length > 0)
            byTerm.set(term.index, { termIndex: term.index, failed });
    }
    return [...byTerm.values()].sort((a, b) => a.termIndex - b.termIndex);
}
/** `GetRequiredNodeAffinity` for a parsed pod spec. */
export function requiredNodeAffinity(podSpec) {
    const spec = isRecord(podSpec) ? podSpec : {};
    const nodeSelector = [];
    if (isRecord(spec.nodeSelector)) {
        for (const [key, value] of Object.entries(spec.nodeSelector))
            nodeSelector.push([key, scalarText(value) ?? ""]);
    }
    const affinity = isRecord(spec.affinity) ? spec.affinity : undefined;
    const nodeAffinity = affinity && isRecord(affinity.nodeAffinity) ? affinity.nodeAffinity : undefined;
    const required = nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
    const result = { nodeSelector };
    if (required !== undefined && required !== null)
        result.required = compileNodeSelector(required);
    return result;
}
/**
 * What a node's result depends on: the label keys the nodeSelector and the
 * parsed terms read, and whether matchFields read the node's name. Nodes
 * that agree on these get the same answer and the same explanation.
 */
export function affinityInputs(affinity) {
    const keys = new Set(affinity.nodeSelector.map(([key]) => key));
    let readsName = false;
    for (const term of affinity.required?.terms ?? []) {
        for (const r of term.expressions ?? [])
            keys.add(r.requirement.key);
        if (term.fields)
            readsName = true;
    }
    return { labelKeys: [...keys], readsName };
}
/** `RequiredNodeAffinity.Match`: every nodeSelector entry, then the required selector. */
export function requiredNodeAffinityMatches(affinity, node) {
    for (const [key, value] of affinity.nodeSelector)
        if (node.labels.get(key) !== value)
            return false;
    return affinity.required === undefined || nodeSelectorMatches(affinity.required, node);
}
/** Why the node fails `RequiredNodeAffinity`, or undefined when it matches. */
export function explainRequiredNodeAffinity(affinity, node) {
    const nodeSelector = [];
    for (const [key, expected] of affinity.nodeSelector) {
        const actual = node.labels.get(key);
        if (actual !== expected)
            nodeSelector.push({ key, expected, actual: actual ?? null });
    }
    const affinityFails = affinity.required !== undefined && !nodeSelectorMatches(affinity.required, node);
    if (nodeSelector.length === 0 && !affinityFails)
        return undefined;
    const mismatch = { nodeSelector };
    if (affinityFails)
        mismatch.affinity = { terms: explainNodeSelector(affinity.required, node) };
    return mismatch;
}
/**
 * Whether the required node selection can never match a kind of node,
 * whatever the labels that kind leaves open. `node` is a hypothetical node
 * with the labels every node of that kind carries (see wellknown.ts), and
 * `decisive` says which label keys tell the kind apart: a mismatch on any
 * other key (a per-node label such as arch, hostname or zone, or a label
 * this question ignores) does not count, since some node of the kind may
 * have the value the selection wants.
 *
 * The kind is excluded when a nodeSelector entry fails on a decisive key, or
 * when every term of the required affinity fails on a decisive
 * matchExpressions requirement. A term that matches no node at all (empty or
 * unparsable, `LazyErrorNodeSelector`) excludes the kind as well, unless
 * `unmatchableTerms` is `"inconclusive"`: then such terms, or a term list
 * with none, prove nothing about the kind and the answer is false.
 */
export function excludesNodeKind(affinity, node, decisive, options = {}) {
    const mismatch = explainRequiredNodeAffinity(affinity, node);
    if (!mismatch)
        return false;
    if (mismatch.nodeSelector.some((m) => decisive(m.key)))
        return true;
    if (!mismatch.affinity)
        return false;
    const failsDecisively = (term) => (term.failed ?? []).some((f) => f.field === "matchExpressions" && decisive(f.requirement.key));
    const terms = mismatch.affinity.terms;
    if (options.unmatchableTerms === "inconclusive")
        return terms.length > 0 && terms.every(failsDecisively);
    return terms.every((term) => term.empty === true || term.parseErrors !== undefined || failsDecisively(term));
}
/** `key In [a, b]`, `key Exists`, `cores Gt 5`: a requirement as one line. */
export function formatRequirement(requirement) {
    const { key, operator, values } = requirement;
    if (operator === "Exists" || operator === "DoesNotExist")
        return `${key} ${operator}`;
    if (operator === "Gt" || operator === "Lt")
        return `${key} ${operator} ${values.join(", ")}`;
    return `${key} ${operator} [${values.join(", ")}]`;
}
/** What the node has for a requirement: `node has zone=a`, `node has no label zone`, `node is named n1`. */
export function formatActual(mismatch) {
    if (mismatch.field === "matchFields") {
        return mismatch.requirement.key === "metadata.name" ? `node is named ${mismatch.actual ?? ""}` : `${mismatch.requirement.key} is not a node field`;
    }
    return formatNodeLabel(mismatch.requirement.key, mismatch.actual);
}
/** `node has zone=a`, `node has edge=""`, or `node has no label zone`. */
export function formatNodeLabel(key, actual) {
    if (actual === null)
        return `node has no label ${key}`;
    return `node has ${key}=${actual === "" ? '""' : actual}`;
}
/**
 * The values every node of the selection has: its nodeSelector's labels
 * and, under a key no label can have, the template's nodeName. Two
 * selections that disagree on one of these share no node, which lets a
 * caller with many selections compare only those that agree
 * (nodeSelectionsIntersect decides the rest).
 */
export function fixedNodeValues(selection) {
    const values = new Map(selection.affinity.nodeSelector);
    if (selection.nodeName)
        values.set(NAME_KEY, selection.nodeName);
    return values;
}
/** The node's name, which matchFields and nodeName read; a key no label can have (label keys have no NUL). */
const NAME_KEY = "\u0000metadata.name";
/**
 * Whether some node could satisfy both selections, so that pods of both can
 * run on it. Conservative: true unless the two provably exclude each other,
 * term by term (terms are ORed, their requirements ANDed): a label both need
 * with values no one value satisfies (`In [amd64]` against `In [arm64]`,
 * `Exists` against `DoesNotExist`, `Gt 5` against `Lt 3`), or two node names.
 * A selection that matches no node at all (no matchable term) shares none.
 * Labels are taken as independent: that two keys always agree on real nodes
 * (kubernetes.io/os and beta.kubernetes.io/os) is not known here.
 */
export function nodeSelectionsIntersect(a, b) {
    const left = alternatives(a);
    const right = alternatives(b);
    for (const x of left)
        for (const y of right)
            if (satisfiable([...x, ...y]))
                return true;
    return false;
}
/** The selection as ORed lists of ANDed constraints; none when it matches no node. */
function alternatives(selection) {
    const base = selection.affinity.nodeSelector.map(([key, value]) => ({ key, operator: "In", values: [value] }));
    if (selection.nodeName)
        base.push({ key: NAME_KEY, operator: "In", values: [selection.nodeName] });
    const required = selection.affinity.required;
    if (!required)
        return [base];
    return required.terms.map((term) => [
        ...base,
        ...(term.expressions ?? []).map((r) => constraintOf(r.requirement.key, r)),
        // Only metadata.name is a node field; another reads "" (fieldValue above), which is left open here.
        ...(term.fields ?? []).filter((r) => r.requirement.key === "metadata.name").map((r) => constraintOf(NAME_KEY, r)),
    ]);
}
function constraintOf(key, compiled) {
    const constraint = { key, operator: compiled.requirement.operator, values: compiled.requirement.values };
    if (compiled.bound !== undefined)
        constraint.bound = compiled.bound;
    return constraint;
}
/** Whether some node's labels (and name) meet every constraint: each key on its own. */
function satisfiable(constraints) {
    const byKey = new Map();
    for (const c of constraints) {
        const list = byKey.get(c.key);
        if (list)
            list.push(c);
        else
            byKey.set(c.key, [c]);
    }
    for (const [key, list] of byKey)
        if (!keySatisfiable(list, key === NAME_KEY))
            return false;
    return true;
}
/** `expressionMatches` for a value that may be absent (undefined). */
function allows(c, value) {
    switch (c.operator) {
        case "In":
            return value !== undefined && c.values.includes(value);
        case "NotIn":
            return value === undefined || !c.values.includes(value);
        case "Exists":
            return value !== undefined;
        case "DoesNotExist":
            return value === undefined;
        case "Gt":
        case "Lt": {
            if (value === undefined || c.bound === undefined)
                return false;
            const n = parseInt64(value);
            return n !== undefined && (c.operator === "Gt" ? n > c.bound : n < c.bound);
        }
        default:
            return false;
    }
}
/**
 * Whether one value (or its absence) meets every constraint on one key. The
 * candidates: absence (never for the name, which every node has), the values
 * the constraints name, and integers just past their bounds; any other value
 * meets the same constraints as a fresh one, tried last.
 */
function keySatisfiable(list, always) {
    const candidates = new Set();
    for (const c of list) {
        for (const v of c.values)
            candidates.add(v);
        if (c.bound !== undefined)
            for (const d of [-1n, 1n])
                candidates.add(String(c.bound + d));
    }
    const bounds = list.filter((c) => c.bound !== undefined);
    if (bounds.length > 0) {
        // Between the greatest Gt and the least Lt: enough integers to pass the NotIn values too.
        const lows = bounds.filter((c) => c.operator === "Gt").map((c) => c.bound);
        const highs = bounds.filter((c) => c.operator === "Lt").map((c) => c.bound);
        const low = lows.length > 0 ? lows.reduce((m, v) => (v > m ? v : m)) : undefined;
        const high = highs.length > 0 ? highs.reduce((m, v) => (v < m ? v : m)) : undefined;
        const start = low !== undefined ? low + 1n : high !== undefined ? high - 1n : 0n;
        const step = low !== undefined ? 1n : -1n;
        const excluded = list.reduce((n, c) => n + (c.operator === "NotIn" ? c.values.length : 0), 0);
        for (let k = 0n; k <= BigInt(excluded); k++)
            candidates.add(String(start + step * k));
    }
    if (!always && list.every((c) => allows(c, undefined)))
        return true;
    for (const v of candidates)
        if (list.every((c) => allows(c, v)))
            return true;
    // A value no constraint names: meets NotIn and Exists, and In, Gt and Lt only through the candidates above.
    return list.every((c) => c.operator === "NotIn" || c.operator === "Exists");
}
