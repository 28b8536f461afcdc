/**
 * Custom rules from configuration to compiled form: each expression parsed
 * and checked against the DaemonSet schema of the target Kubernetes
 * version, or read back from the cache (cache.ts). The compiled form is
 * plain data, sent to worker threads as it is.
 */
import { packageJson } from "../../package.js";
import type { SchemaTree } from "../../schema/tree.js";
import { schemaTree } from "../../schema/validate.js";
import { readCache, writeCache } from "./cache.js";
import { compileExpression, evaluator, IR_FORMAT, type Ir, type Role } from "./language.js";
import { scopeTypes } from "./scopes.js";
import { EXPRESSION_KEYS, type CustomRuleSpec, type ExpressionKey, type ScalarSource } from "./spec.js";

export interface CompiledCustomRule {
  spec: CustomRuleSpec;
  ir: Partial<Record<ExpressionKey, Ir>>;
}

const ROLES: Record<ExpressionKey, Role> = { when: "expression", assert: "expression", message: "template", at: "field" };

/** Bumped when the compiled form changes, so that no older cache entry is read. */
const COMPILED_FORMAT = IR_FORMAT;

/** A configuration-time problem, placed in the configuration file. */
export interface CustomRuleProblem {
  line: number;
  column: number;
  message: string;
}

type Compiled = { rules: CompiledCustomRule[] } | { problems: CustomRuleProblem[] };

const compiled = new WeakMap<readonly CustomRuleSpec[], Map<string, Compiled>>();

/**
 * The rules compiled for a Kubernetes version, or their problems (each at its
 * line and column in the configuration). Remembered per list of rules and
 * version, and cached on disk between runs.
 */
export function compileCustomRules(specs: readonly CustomRuleSpec[], version: string): Compiled {
  if (specs.length === 0) return { rules: [] };
  let byVersion = compiled.get(specs);
  if (!byVersion) compiled.set(specs, (byVersion = new Map()));
  let result = byVersion.get(version);
  if (!result) byVersion.set(version, (result = compileAll(specs, version)));
  return result;
}

type Irs = Array<Partial<Record<ExpressionKey, Ir>>>;

function compileAll(specs: readonly CustomRuleSpec[], version: string): Compiled {
  // Everything the compiled form depends on, and nothing else (not where the rules sit in the file).
  const key = JSON.stringify([COMPILED_FORMAT, packageJson().version, version, specs.map((s) => [s.forEach ?? null, EXPRESSION_KEYS.map((k) => s[k]?.text ?? null)])]);
  const cached = readCache<Irs>(key);
  if (cached && cached.length === specs.length && cached.every(evaluable)) return { rules: specs.map((spec, i) => ({ spec, ir: cached[i]! })) };
  const tree = schemaTree(version, "DaemonSet");
  try {
    return compileUncached(specs, version, tree, key);
  } catch (err) {
    // A copy of dslint without its dependencies (a bare checkout, a bundle copied alone) can still run rules from the cache.
    if ((err as NodeJS.ErrnoException).code !== "MODULE_NOT_FOUND") throw err;
    const at = specs[0]!.place.range;
    return { problems: [{ line: at.line, column: at.column, message: `custom rules need the package ${PARSER} to be compiled, and it cannot be loaded (${(err as Error).message.split("\n")[0]}); install dslint with its dependencies (npm install daemonset-lint)` }] };
  }
}

const PARSER = "@typescript-eslint/typescript-estree";

/** Whether a cache entry's compiled expressions can be run: a damaged file is compiled again, not trusted. */
function evaluable(irs: Partial<Record<ExpressionKey, Ir>>): boolean {
  try {
    for (const ir of Object.values(irs)) evaluator(ir);
    return typeof irs === "object" && irs !== null && irs.assert !== undefined && irs.message !== undefined;
  } catch {
    return false;
  }
}

function compileUncached(specs: readonly CustomRuleSpec[], version: string, tree: SchemaTree, key: string): Compiled {
  const problems: CustomRuleProblem[] = [];
  const irs: Irs = specs.map((spec) => {
    const scope = scopeTypes(spec.forEach);
    const ir: Partial<Record<ExpressionKey, Ir>> = {};
    for (const k of EXPRESSION_KEYS) {
      const expression = spec[k];
      if (!expression) continue;
      const result = compileExpression(expression.text, ROLES[k], scope, tree, version);
      if ("ir" in result) ir[k] = result.ir;
      else for (const p of result.problems) problems.push({ ...positionIn(expression.source, expression.text, p.start), message: `custom rule "${spec.id}": ${k}: ${p.message}` });
    }
    return ir;
  });
  if (problems.length > 0) return { problems };
  writeCache(key, irs);
  return { rules: specs.map((spec, i) => ({ spec, ir: irs[i]! })) };
}

/**
 * Where character `offset` of a scalar's value was written. The value is
 * found in the scalar's source character by character, stepping over what
 * YAML removes (quotes, escapes, indentation, a block scalar's header), so
 * a problem in a multi-line `assert: |` lands on its own line.
 */
export function positionIn(source: ScalarSource, value: string, offset: number): { line: number; column: number } {
  const { raw } = source;
  let p = 0;
  // A block scalar's value starts on the line after its header (`|`, `>-`, `|2`).
  if (raw.startsWith("|") || raw.startsWith(">")) p = raw.indexOf("\n") + 1 || raw.length;
  else if (raw.startsWith('"') || raw.startsWith("'")) p = 1;
  const target = Math.min(offset, value.length);
  for (let i = 0; i <= target && i < value.length; i++) {
    const at = raw.indexOf(value[i]!, p);
    if (at < 0) break;
    if (i === target) {
      p = at;
      break;
    }
    p = at + 1;
  }
  let line = source.line;
  let column = source.column;
  for (let i = 0; i < p && i < raw.length; i++) {
    if (raw[i] === "\n") {
      line++;
      column = 1;
    } else column++;
  }
  return { line, column };
}
