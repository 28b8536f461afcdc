import type { SchemaTree } from "../../schema/tree.js";
import { type Ir, type Role } from "./ir.js";
import { type SourceProblem } from "./parse.js";
import { type StaticType } from "./types.js";
/** What a name in scope holds, for the static checks: a union of definitions of the DaemonSet JSON schema, or a primitive. */
export type ValueType = {
    schema: readonly string[];
} | "string" | "number" | "boolean" | "unknown";
export declare const CALLS_ALLOWED: string;
export declare function fromValueType(value: ValueType, tree: SchemaTree): StaticType;
/**
 * Parses `text` and checks it: syntax, names in scope, calls, fields against
 * the DaemonSet schema of `kubernetesVersion` (`tree`), regular
 * expressions. `scope` names what the rule may read besides the helpers.
 * Offsets of problems are in `text` (for role "template", the message).
 */
export declare function compile(text: string, role: Role, scope: Readonly<Record<string, ValueType>>, tree: SchemaTree, kubernetesVersion: string): {
    ir: Ir;
} | {
    problems: SourceProblem[];
};
