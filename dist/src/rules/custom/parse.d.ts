/**
 * Parses the text of a custom rule's expression with
 * @typescript-eslint/typescript-estree, loaded on the first parse only
 * (half a second: a run without custom rules never pays it), and splits a
 * message template into literal text and `${...}` placeholders.
 */
import type { TSESTree } from "@typescript-eslint/typescript-estree";
/** A problem in an expression's text: UTF-16 offsets into the text as the user wrote it, end exclusive. */
export interface SourceProblem {
    start: number;
    end: number;
    message: string;
}
export type ParseResult = {
    ok: true;
    expression: TSESTree.Expression;
    comments: readonly TSESTree.Comment[];
} | {
    ok: false;
    problem: SourceProblem;
};
/** The user's offset of a position in the parsed text. */
export declare function userOffset(position: number, textLength: number): number;
/** Exactly one expression, or the problem with the text: a syntax error (the parser's message and position), or more than one expression. */
export declare function parseExpression(text: string): ParseResult;
/** A message template split into literal text and placeholders; offsets are the placeholder expression's in the message. */
export type TemplatePart = {
    text: string;
} | {
    start: number;
    end: number;
    expression: TSESTree.Expression;
};
/**
 * Splits a message into literal text and `${...}` placeholders. Literal text
 * is taken as it is (a backslash or backtick is itself, a `$` not before `{`
 * too). A placeholder ends at the first `}` after which its text is one
 * complete expression, so `}` inside strings or object literals of the
 * expression does not end it.
 */
export declare function parseTemplate(message: string): {
    parts: TemplatePart[];
} | {
    problem: SourceProblem;
};
