/**
 * Turns schema errors (checker.ts) into one plain-words problem per mistake, at the field
 * that is wrong: unknown fields (with the likely fix), missing required
 * fields, wrong types (spotting YAML's implicit typing), bad enum values and
 * malformed quantities.
 */
import { quote } from "../text.js";
import { setField } from "../fix/edits.js";
import { quantityReadings, suggestQuantity } from "../k8s/quantity.js";
import { KNOWN_VERSIONS, compareVersions } from "../k8s/versions.js";
import { formatPath } from "../path.js";
import { closestMatch } from "./suggest.js";
import { fieldsOf, otherVersionsOf } from "./tree.js";
const QUANTITY = "io.k8s.apimachinery.pkg.api.resource.Quantity";
const INT_OR_STRING = "io.k8s.apimachinery.pkg.util.intstr.IntOrString";
/** How deep below a misplaced field to look for where it belongs. */
const SEARCH_DEPTH = 3;
/**
 * Unknown fields come first, so that a misspelt required field, reported as
 * the misspelling, is not reported again as missing. A value that fails its
 * type also fails its enum or pattern: only the type is reported.
 */
const ORDER = ["additionalProperties", "required", "type", "enum", "pattern"];
const VALUE_KEYWORDS = new Set(["type", "enum", "pattern"]);
export function explainErrors(errors, ctx) {
    const state = { ...ctx, meant: new Set() };
    const problems = [];
    const reportedValues = new Set();
    const rank = (e) => {
        const i = ORDER.indexOf(e.keyword);
        return i === -1 ? ORDER.length : i;
    };
    for (const error of [...errors].sort((a, b) => rank(a) - rank(b))) {
        if (VALUE_KEYWORDS.has(error.keyword)) {
            if (reportedValues.has(error.instancePath))
                continue;
            reportedValues.add(error.instancePath);
        }
        if (error.keyword === "required" && state.meant.has(`${error.instancePath}/${String(error.params.missingProperty)}`))
            continue;
        problems.push(explain(error, toPath(error.instancePath, ctx.object.value), state));
    }
    return withoutCollidingRenames(problems);
}
function explain(error, path, state) {
    const params = error.params;
    switch (error.keyword) {
        case "additionalProperties": {
            const { problem, meant } = unknownField(path, String(params.additionalProperty), state);
            if (meant)
                state.meant.add(toPointer(meant));
            return problem;
        }
        case "required":
            return missingField(path, String(params.missingProperty), state);
        case "type":
            return wrongType(path, expectedTypes(params.type), state);
        case "enum":
            return notInEnum(path, params.allowedValues ?? [], state);
        case "pattern":
            return badQuantity(path, state);
        default:
            return schemaProblem(path, `does not match the ${state.kind} schema of Kubernetes ${state.version} (${error.keyword})`);
    }
}
/** Two fields cannot both be renamed or moved to one place: neither is, and the author picks. */
function withoutCollidingRenames(problems) {
    const target = (p) => {
        const edit = p.autofix?.edits[0];
        if (edit?.op === "rename")
            return JSON.stringify([...edit.path.slice(0, -1), edit.key]);
        return edit?.op === "move" ? JSON.stringify(edit.to) : undefined;
    };
    const counts = new Map();
    for (const p of problems) {
        const t = target(p);
        if (t !== undefined)
            counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    for (const p of problems) {
        const t = target(p);
        if (t !== undefined && counts.get(t) > 1)
            delete p.autofix;
    }
    return problems;
}
/** The problem, and the path of the field it was probably meant to be. */
function unknownField(parent, name, ctx) {
    const walk = ctx.tree.walk(parent);
    const here = walk.nodes[parent.length];
    let message = `unknown field ${quote(name)} in ${where(parent, walk.mapKeys, ctx)}`;
    let fix;
    let meant;
    const versions = here && otherVersionsOf(here, name);
    if (here && versions) {
        const note = versionNote(versions, ctx.version);
        message += `: \`${name}\` on ${describeDefinition(here)} ${note.text}; the target is ${ctx.version}`;
        fix = note.fix;
    }
    else if (here) {
        ({ fix, meant } = placementHint(parent, name, walk.nodes, walk.mapKeys, ctx.tree));
    }
    const problem = { ...schemaProblem([...parent, name], message, fix), onKey: true };
    // A misspelling with one candidate is renamed, unless the right field is there too (the two would collide).
    const sibling = meant && meant.length === parent.length + 1 && parent.every((segment, i) => meant[i] === segment);
    const renamed = sibling ? String(meant.at(-1)) : undefined;
    const siblings = valueAt(ctx.object.value, parent);
    if (renamed !== undefined && typeof siblings === "object" && siblings !== null && !Object.hasOwn(siblings, renamed)) {
        problem.autofix = { title: `Rename ${name} to ${renamed}`, edits: [{ op: "rename", path: [...parent, name], key: renamed }] };
    }
    else if (meant && !sibling && valueAt(ctx.object.value, meant) === undefined) {
        // Indented under the wrong parent, where the schema has one place for it: moved there, its text kept.
        const under = meant.slice(0, -1);
        problem.autofix = { title: `Move ${name} ${under.length === 0 ? "to the top level" : `under ${formatPath(under, walk.mapKeys)}`}`, edits: [{ op: "move", path: [...parent, name], to: meant }] };
    }
    return { problem, meant };
}
/**
 * Where the field was meant to go: a different case here, the same name on
 * an ancestor (indented too far) or just below (not far enough), else a
 * near spelling here.
 */
function placementHint(parent, name, nodes, mapKeys, tree) {
    const here = nodes[parent.length];
    const fields = fieldsOf(here);
    const sameLetters = fields.find((f) => f.toLowerCase() === name.toLowerCase());
    if (sameLetters)
        return { fix: `did you mean \`${sameLetters}\`?`, meant: [...parent, sameLetters] };
    for (let depth = parent.length - 1; depth >= 0; depth--) {
        if (fieldsOf(nodes[depth]).includes(name))
            return belongsUnder(parent.slice(0, depth), name, mapKeys);
    }
    const below = shallowest(tree.findBelow(here, name, SEARCH_DEPTH));
    if (below)
        return belongsUnder([...parent, ...below], name, mapKeys);
    const near = closestMatch(name, fields);
    return near ? { fix: `did you mean \`${near}\`?`, meant: [...parent, near] } : {};
}
function belongsUnder(path, name, mapKeys) {
    const fix = path.length === 0
        ? `\`${name}\` belongs at the top level: check the indentation`
        : `\`${name}\` belongs under \`${formatPath(path, mapKeys)}\`: check the indentation`;
    return { fix, meant: [...path, name] };
}
function missingField(parent, name, ctx) {
    const { mapKeys } = ctx.tree.walk(parent);
    return {
        ...schemaProblem(parent, `missing required field \`${name}\` in ${where(parent, mapKeys, ctx)}`),
        apiError: { field: formatPath([...parent, name], mapKeys), type: "Required" },
    };
}
function wrongType(path, expected, ctx) {
    const { nodes, mapKeys } = ctx.tree.walk(path);
    const node = nodes.length === path.length + 1 ? nodes[path.length] : undefined;
    const value = valueAt(ctx.object.value, path);
    const wanted = describeExpected(expected, node);
    const scalar = ctx.object.scalar(path);
    if (scalar?.plain && expected.includes("string") && (typeof value === "boolean" || typeof value === "number")) {
        return implicitType(path, scalar, value, wanted, mapKeys);
    }
    const fix = scalar && !scalar.plain && typeof value === "string" ? unquoteHint(value, expected) : undefined;
    return schemaProblem(path, `expected ${wanted}, got ${describeValue(value)}`, fix);
}
/** A plain scalar YAML typed as a boolean or number where Kubernetes wants a string. */
function implicitType(path, scalar, value, wanted, mapKeys) {
    const yaml11 = scalar.yaml12Value !== undefined ? " (YAML 1.1)" : "";
    const quoted = quote(scalar.source);
    return {
        ruleId: "yaml-implicit-type",
        severity: "error",
        message: `\`${scalar.source}\` is read as ${describeValue(value)} by Kubernetes${yaml11}, ` +
            `but \`${fieldLabel(path, mapKeys)}\` must be ${wanted}; quote it: ${quoted}`,
        path,
        fix: `quote the value: ${quoted}`,
        autofix: { title: `Quote ${scalar.source} as the string ${quoted}`, edits: [{ op: "quote", path }] },
    };
}
/** A quoted `"8080"` or `"true"` where a number or boolean was meant. */
function unquoteHint(value, expected) {
    const text = value.trim();
    const fits = (expected.includes("boolean") && (text === "true" || text === "false")) ||
        (expected.includes("integer") && /^-?\d+$/.test(text)) ||
        (expected.includes("number") && text !== "" && Number.isFinite(Number(text)));
    return fits ? `remove the quotes: ${text}` : undefined;
}
function notInEnum(path, allowed, ctx) {
    const value = valueAt(ctx.object.value, path);
    const choices = allowed.filter((v) => typeof v === "string" && v !== "");
    const { mapKeys } = ctx.tree.walk(path);
    const text = String(value);
    const near = closestMatch(text, choices);
    return {
        ...schemaProblem(path, `${quote(value)} is not a valid ${fieldName(path)}; use one of ${choices.join(", ")}`, near ? `did you mean \`${near}\`?` : undefined),
        apiError: { field: formatPath(path, mapKeys), type: "NotSupported" },
    };
}
function badQuantity(path, ctx) {
    const value = String(valueAt(ctx.object.value, path));
    const suggestion = suggestQuantity(value);
    const problem = schemaProblem(path, `\`${value}\` is not a valid Kubernetes quantity`, suggestion ? `use ${suggestion}` : 'use a number with an optional suffix, such as "500m", "128Mi" or "2Gi"');
    // The likeliest reading is the unit as written (MB is M, not Mi).
    const meant = quantityReadings(value)[0];
    if (meant !== undefined)
        problem.autofix = setField(`Write ${meant}`, path, meant);
    return problem;
}
function schemaProblem(path, message, fix) {
    return fix === undefined
        ? { ruleId: "schema", severity: "error", message, path }
        : { ruleId: "schema", severity: "error", message, path, fix };
}
function where(path, mapKeys, ctx) {
    return path.length === 0 ? `the ${ctx.kind}` : formatPath(path, mapKeys);
}
/** The end of a path, enough to recognise the field: `env[0].value`, `labels[version]`. */
function fieldLabel(path, mapKeys) {
    const named = path.flatMap((segment, i) => (typeof segment === "string" ? [i] : []));
    const start = named.length >= 2 ? named.at(-2) : 0;
    const shifted = new Set([...mapKeys].filter((i) => i >= start).map((i) => i - start));
    return formatPath(path.slice(start), shifted);
}
/** The field a value belongs to, for list items the list's: `imagePullPolicy`, `accessModes`. */
function fieldName(path) {
    const last = [...path].reverse().find((segment) => typeof segment === "string");
    return last ?? "value";
}
function expectedTypes(type) {
    const types = Array.isArray(type) ? type.map(String) : String(type).split(",");
    return types.filter((t) => t !== "null");
}
function describeExpected(types, node) {
    if (node?.definition === QUANTITY)
        return 'a quantity (a string such as "500m" or "1Gi", or a number)';
    if (node?.definition === INT_OR_STRING)
        return "an integer or a string";
    const words = {
        string: "a string",
        integer: "an integer",
        number: "a number",
        boolean: "a boolean",
        object: "an object",
        array: "a list",
    };
    return types.map((t) => words[t] ?? t).join(" or ");
}
function describeValue(value) {
    if (value === null || value === undefined)
        return "null";
    if (Array.isArray(value))
        return "a list";
    switch (typeof value) {
        case "string":
            return `the string ${JSON.stringify(value.length > 40 ? value.slice(0, 37) + "..." : value)}`;
        case "number":
            return `the number ${value}`;
        case "boolean":
            return `the boolean ${value}`;
        case "object":
            return "an object";
        default:
            return String(value);
    }
}
/** `a container`, `a pod spec`: the definition's type name in words. */
function describeDefinition(node) {
    const type = (node.definition ?? "object").split(".").pop();
    const words = type
        .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
        .replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2")
        .split(" ")
        .map((w) => (/^[A-Z][a-z]/.test(w) ? w.toLowerCase() : w))
        .join(" ");
    return `${/^[aeiou]/i.test(words) ? "an" : "a"} ${words}`;
}
/** Why a field of other versions is unknown in `target`, and what to do about it. */
function versionNote(versions, target) {
    const span = versions.length === 1 ? versions[0] : `${versions[0]} to ${versions.at(-1)}`;
    const index = (v) => KNOWN_VERSIONS.indexOf(v);
    const contiguous = versions.every((v, i) => i === 0 || index(v) === index(versions[i - 1]) - 1);
    const newest = versions.at(-1);
    if (contiguous && compareVersions(versions[0], target) > 0) {
        return newest === KNOWN_VERSIONS[0]
            ? { text: `needs Kubernetes ${versions[0]} or later`, fix: `target Kubernetes ${versions[0]} or later, or remove the field` }
            : { text: `exists only in Kubernetes ${span}`, fix: "remove the field" };
    }
    if (contiguous && compareVersions(newest, target) < 0) {
        return { text: `was removed in Kubernetes ${KNOWN_VERSIONS[index(newest) - 1]}`, fix: "remove the field" };
    }
    return { text: `exists only in Kubernetes ${versions.join(", ")}`, fix: "remove the field" };
}
function toPointer(path) {
    return path.map((segment) => "/" + String(segment).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}
/** ajv's JSON pointer back to path segments, with list indices as numbers. */
function toPath(pointer, root) {
    if (pointer === "")
        return [];
    const path = [];
    let value = root;
    for (const raw of pointer.slice(1).split("/")) {
        const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
        const segment = Array.isArray(value) ? Number(key) : key;
        path.push(segment);
        value = value !== null && typeof value === "object" ? value[segment] : undefined;
    }
    return path;
}
function valueAt(root, path) {
    let value = root;
    for (const segment of path) {
        if (value === null || typeof value !== "object")
            return undefined;
        value = value[segment];
    }
    return value;
}
function shallowest(routes) {
    const depth = Math.min(...routes.map((r) => r.length));
    const candidates = routes.filter((r) => r.length === depth);
    return candidates.length === 1 ? candidates[0] : undefined;
}
