/**
 * The compiled form of a custom rule's expression: a tree of plain JSON
 * objects, so that it can be cached on disk and posted to worker threads.
 * The checker (check.ts) writes it once the expression has passed every
 * static check; the evaluator (evaluate.ts) turns it into closures. Nothing
 * here depends on the parser.
 */
/** Bumped whenever the meaning or shape of the Ir changes, so cached Ir of an older dslint is not evaluated. */
export declare const IR_FORMAT = 1;
export type Role = "expression" | "template" | "field";
export type UnaryOperator = "-" | "+" | "!" | "typeof";
export type BinaryOperator = "===" | "!==" | "==" | "!=" | "<" | "<=" | ">" | ">=" | "+" | "-" | "*" | "/" | "%" | "**" | "in";
export type LogicalOperator = "&&" | "||" | "??";
export type HelperName = "quantity" | "image" | "selects" | "tolerates" | "keys";
/** Methods of strings and lists that take values. */
export type ValueMethod = "includes" | "startsWith" | "endsWith" | "toLowerCase" | "toUpperCase" | "trim" | "split";
/** List methods that take an arrow function. */
export type CallbackMethod = "some" | "every" | "filter" | "map" | "find" | "flatMap";
export type IrNode = {
    k: "literal";
    value: string | number | boolean | null;
} | {
    k: "undefined";
}
/** A name of the rule's scope. */
 | {
    k: "name";
    name: string;
}
/** An arrow function's parameter, held in a slot of the evaluation. */
 | {
    k: "param";
    slot: number;
}
/** Member access with a key written in the expression (`.image`, `[0]`, `["team"]`). */
 | {
    k: "get";
    object: IrNode;
    key: string | number;
}
/** Member access with a computed key. */
 | {
    k: "index";
    object: IrNode;
    key: IrNode;
} | {
    k: "unary";
    op: UnaryOperator;
    operand: IrNode;
} | {
    k: "binary";
    op: BinaryOperator;
    left: IrNode;
    right: IrNode;
} | {
    k: "logical";
    op: LogicalOperator;
    left: IrNode;
    right: IrNode;
} | {
    k: "conditional";
    test: IrNode;
    consequent: IrNode;
    alternate: IrNode;
} | {
    k: "array";
    items: Array<{
        spread: boolean;
        value: IrNode;
    }>;
} | {
    k: "object";
    entries: Array<{
        key: string;
        value: IrNode;
    } | {
        spread: IrNode;
    }>;
}
/** A template literal: `quasis` has one more entry than `values`. */
 | {
    k: "template";
    quasis: string[];
    values: IrNode[];
} | {
    k: "helper";
    helper: HelperName;
    args: IrNode[];
} | {
    k: "method";
    method: ValueMethod;
    object: IrNode;
    args: IrNode[];
}
/** `object.method((element, index) => body)`; `index` is the slot of the second parameter, when written. */
 | {
    k: "callback";
    method: CallbackMethod;
    object: IrNode;
    element: number;
    index?: number;
    body: IrNode;
}
/** `/source/flags.test(subject)`. */
 | {
    k: "test";
    source: string;
    flags: string;
    subject: IrNode;
};
/** A compiled `when` or `assert`. `slots`: how many arrow parameters the evaluation holds. */
export interface ExpressionIr {
    format: typeof IR_FORMAT;
    role: "expression";
    slots: number;
    root: IrNode;
}
/** A compiled `message`: literal text and placeholders, in order. */
export interface TemplateIr {
    format: typeof IR_FORMAT;
    role: "template";
    slots: number;
    parts: Array<string | IrNode>;
}
/** A compiled `at`: a scope name and the keys below it, list indices as numbers. */
export interface FieldIr {
    format: typeof IR_FORMAT;
    role: "field";
    root: string;
    keys: Array<string | number>;
}
export type Ir = ExpressionIr | TemplateIr | FieldIr;
export declare const HELPERS: readonly HelperName[];
export declare const CALLBACK_METHODS: readonly CallbackMethod[];
export declare const VALUE_METHODS: readonly ValueMethod[];
