/**
 * Globs of the configuration (`ignore`, `overrides[].files`) and of the API's
 * `ignore` option: one meaning for all, that of `.gitignore` and ESLint.
 *
 * Glob syntax mistakes. minimatch takes an unclosed `[` or `{` literally, so
 * `deploy/[prod/*.yaml` silently matches nothing (or a file nobody meant),
 * and a reversed range such as `[z-a]` never matches: both are reported
 * instead, for command-line globs and the configuration's alike.
 */
import { isAbsolute, relative, sep } from "node:path";
import { Minimatch } from "minimatch";
const compiled = new WeakMap();
function compile(globs) {
    let list = compiled.get(globs);
    if (!list) {
        list = globs.map((glob) => {
            const g = glob.replace(/\/$/, "");
            const anchored = g.includes("/");
            const pattern = anchored ? g : `**/${g}`;
            return { anchored, self: new Minimatch(pattern, { dot: true }), inside: new Minimatch(`${pattern}/**`, { dot: true }) };
        });
        compiled.set(globs, list);
    }
    return list;
}
/**
 * Whether one of the globs, relative to `dir`, matches `absolutePath` or a
 * folder above it (everything in a matched folder is matched). A glob with
 * a slash (other than a trailing one) is a path from `dir`: `deploy/*.yaml`
 * is only the top of `deploy/`. A glob without one matches a file or folder
 * name at any depth below `dir`: `*.yaml`, `vendor`.
 */
export function matchesGlobs(absolutePath, { dir, globs }) {
    if (globs.length === 0)
        return false;
    const rel = relative(dir, absolutePath).split(sep).join("/");
    if (rel === "" || isAbsolute(rel))
        return false;
    const outside = rel === ".." || rel.startsWith("../");
    return compile(globs).some((g) => (g.anchored || !outside) && (g.self.match(rel) || g.inside.match(rel)));
}
/** What is wrong with a glob's syntax, in one line, or undefined. */
export function globSyntaxProblem(glob) {
    const braces = [];
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === "\\") {
            i++;
            continue;
        }
        if (c === "{")
            braces.push(i);
        else if (c === "}")
            braces.pop();
        else if (c === "[") {
            const end = classEnd(glob, i);
            if (typeof end === "string")
                return end;
            i = end;
        }
    }
    if (braces.length > 0)
        return `the "{" at column ${braces[0] + 1} is never closed (to match "{" itself, write "\\{")`;
    return undefined;
}
/** The index of the `]` closing the class opened at `open`, or why there is none. */
function classEnd(glob, open) {
    const unclosed = `the "[" at column ${open + 1} is never closed (to match "[" itself, write "\\[")`;
    let i = open + 1;
    if (glob[i] === "!" || glob[i] === "^")
        i++;
    // A `]` first in the class is one of its characters.
    let first = true;
    let previous;
    for (; i < glob.length; i++, first = false) {
        const c = glob[i];
        if (c === "/")
            return unclosed;
        if (c === "]" && !first)
            return i;
        if (c === "[" && glob[i + 1] === ":") {
            const close = glob.indexOf(":]", i + 2);
            if (close < 0 || glob.slice(i, close).includes("/"))
                return unclosed;
            i = close + 1;
            previous = undefined;
            continue;
        }
        let member = c;
        if (c === "\\" && i + 1 < glob.length)
            member = glob[++i];
        if (member === "-" && previous !== undefined && glob[i + 1] !== undefined && glob[i + 1] !== "]" && glob[i + 1] !== "/") {
            let to = glob[i + 1];
            let step = 1;
            if (to === "\\" && i + 2 < glob.length) {
                to = glob[i + 2];
                step = 2;
            }
            if (to < previous)
                return `the range "${previous}-${to}" in the "[" at column ${open + 1} is reversed, so it matches nothing`;
            i += step;
            previous = undefined;
            continue;
        }
        previous = member;
    }
    return unclosed;
}
