import { dependency } from "../../modules.js";
let estree;
function parser() {
    return (estree ??= dependency("@typescript-eslint/typescript-estree"));
}
/**
 * The text is parsed as `(` + text + `\n)`: in parentheses an object literal
 * at the start is not a block, and the line break ends a trailing `//`
 * comment before the closing parenthesis. Node ranges are then one more
 * than the user's offsets: see `userOffset`.
 */
const PREFIX = "(";
const SUFFIX = "\n)";
/** The user's offset of a position in the parsed text. */
export function userOffset(position, textLength) {
    return Math.min(Math.max(position - PREFIX.length, 0), textLength);
}
function asParseFailure(err) {
    if (typeof err !== "object" || err === null)
        return undefined;
    const e = err;
    const start = e.location?.start?.offset;
    if (typeof e.message !== "string" || typeof start !== "number")
        return undefined;
    const end = e.location?.end?.offset;
    return { message: e.message, start, end: typeof end === "number" ? end : start };
}
/** Exactly one expression, or the problem with the text: a syntax error (the parser's message and position), or more than one expression. */
export function parseExpression(text) {
    const wrapped = PREFIX + text + SUFFIX;
    let program;
    try {
        program = parser().parse(wrapped, { range: true, loc: false, comment: true, jsDocParsingMode: "none" });
    }
    catch (err) {
        // The parser recurses: thousands of nested parentheses exhaust the stack.
        if (err instanceof RangeError)
            return { ok: false, problem: { start: 0, end: text.length, message: "the expression is nested too deeply" } };
        const failure = asParseFailure(err);
        if (!failure)
            throw err;
        if (failure.start >= PREFIX.length + text.length) {
            // The parser ran into the closing parenthesis we added: was it closed early by one of the user's (`a) // b`)?
            const early = unmatchedParenthesis(text);
            if (early !== undefined)
                return { ok: false, problem: { start: early, end: early + 1, message: UNMATCHED } };
        }
        const start = userOffset(failure.start, text.length);
        // An empty range would be invisible: mark at least one character, when there is one.
        let end = Math.max(userOffset(failure.end, text.length), start);
        if (end === start && start < text.length)
            end = start + 1;
        // The parser expects the wrapper's ")" where a second statement starts.
        const message = text[start] === ";" ? "';' cannot be used here: a rule is exactly one expression" : failure.message;
        return { ok: false, problem: { start, end, message } };
    }
    const statement = program.body[0];
    // The wrapper's parentheses enclose the expression exactly when it starts after the opening one.
    if (program.body.length === 1 && statement?.type === "ExpressionStatement" && statement.expression.range[0] >= PREFIX.length) {
        return { ok: true, expression: statement.expression, comments: program.comments ?? [] };
    }
    return { ok: false, problem: unbalanced(text, wrapped) };
}
const UNMATCHED = "')' has no matching '(': write exactly one expression";
/** Where parsing the text as it is stops at a `)`, if it does. */
function unmatchedParenthesis(text) {
    try {
        parser().parse(text, { range: true, jsDocParsingMode: "none" });
    }
    catch (err) {
        const at = asParseFailure(err)?.start;
        if (at !== undefined && text[at] === ")")
            return at;
    }
    return undefined;
}
/** A `)` of the user's that closes the wrapper's `(` (`a) + (b`): the text is more than one expression. */
function unbalanced(text, wrapped) {
    const tokens = parser().parse(wrapped, { range: true, tokens: true, jsDocParsingMode: "none" }).tokens ?? [];
    let depth = 0;
    for (const token of tokens) {
        if (token.type !== "Punctuator")
            continue;
        if (token.value === "(" || token.value === "[" || token.value === "{")
            depth++;
        else if (token.value === ")" || token.value === "]" || token.value === "}") {
            depth--;
            if (depth === 0 && token.range[1] < wrapped.length) {
                const start = userOffset(token.range[0], text.length);
                return { start, end: start + 1, message: UNMATCHED };
            }
        }
    }
    return { start: 0, end: text.length, message: "write exactly one expression" };
}
/** How many `}` a placeholder may hold (in strings, object literals) before the one that closes it. */
const MAX_CLOSE_TRIES = 64;
/**
 * Splits a message into literal text and `${...}` placeholders. Literal text
 * is taken as it is (a backslash or backtick is itself, a `$` not before `{`
 * too). A placeholder ends at the first `}` after which its text is one
 * complete expression, so `}` inside strings or object literals of the
 * expression does not end it.
 */
export function parseTemplate(message) {
    const parts = [];
    let literalStart = 0;
    let at = message.indexOf("${");
    while (at >= 0) {
        if (at > literalStart)
            parts.push({ text: message.slice(literalStart, at) });
        const start = at + 2;
        let lastFailure;
        let found;
        // Each try parses the placeholder's text again: a bounded number of them, or `${(` followed by thousands of `}` takes minutes.
        let tries = 0;
        for (let close = message.indexOf("}", start); close >= 0 && !found && tries < MAX_CLOSE_TRIES; close = message.indexOf("}", close + 1), tries++) {
            const source = message.slice(start, close);
            const parsed = parseExpression(source);
            if (!parsed.ok) {
                lastFailure = { ...parsed.problem, start: parsed.problem.start + start, end: parsed.problem.end + start };
                continue;
            }
            // `${a // }` would have ended inside a comment in JavaScript: look for a later `}`.
            const endsInLineComment = parsed.comments.some((c) => c.type === "Line" && c.range[1] === PREFIX.length + source.length);
            if (endsInLineComment)
                continue;
            found = { end: close, expression: parsed.expression };
        }
        if (!found) {
            return { problem: lastFailure ?? { start: at, end: start, message: "this placeholder has no closing '}'" } };
        }
        parts.push({ start, end: found.end, expression: found.expression });
        literalStart = found.end + 1;
        at = message.indexOf("${", literalStart);
    }
    if (literalStart < message.length)
        parts.push({ text: message.slice(literalStart) });
    return { parts };
}
