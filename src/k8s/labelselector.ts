/**
 * Kubernetes label selectors (`metav1.LabelSelector`): validation, conversion
 * to a matcher and matching, from k8s.io/apimachinery
 * (pkg/apis/meta/v1/helpers.go `LabelSelectorAsSelector`,
 * pkg/apis/meta/v1/validation `ValidateLabelSelector`, pkg/labels/selector.go).
 *
 * A nil selector selects nothing; a selector with neither matchLabels nor
 * matchExpressions selects everything. Callers pass the selector as decoded
 * from the manifest; wrongly-typed parts are treated as absent.
 */
import type { FieldErrorType } from "../finding.js";
import type { PathSegment } from "../path.js";
import { asObject, stringEntries } from "../values.js";
import { labelValue, qualifiedName } from "./syntax.js";

export type SelectorOperator = "In" | "NotIn" | "Exists" | "DoesNotExist";

export interface Requirement {
  key: string;
  operator: SelectorOperator;
  values: readonly string[];
}

/** What a selector matches: no object, every object, or the objects meeting all requirements. */
export type Selector =
  | { kind: "nothing" }
  | { kind: "everything" }
  | { kind: "requirements"; requirements: readonly Requirement[] };

/** One `ValidateLabelSelector` error, relative to the selector. */
export interface SelectorProblem {
  type: FieldErrorType;
  /** The Kubernetes field path below the selector (`matchLabels`, `matchExpressions[0].values`). */
  field: readonly PathSegment[];
  /** Where the offending entry is written, below the selector. */
  at: readonly PathSegment[];
  /** The problem is the map key at `at`, not its value. */
  onKey?: boolean;
  /** Plain-words explanation naming the value. */
  detail: string;
}

export type SelectorConversion =
  | { ok: true; selector: Selector }
  | { ok: false; problems: SelectorProblem[] };

interface RawExpression {
  index: number;
  key: string;
  operator: string;
  values: Array<[number, string]>;
  /** Number of entries in `values` as written, strings or not. */
  valueCount: number;
}

function rawExpressions(selector: Record<string, unknown>): RawExpression[] {
  const list = Array.isArray(selector.matchExpressions) ? selector.matchExpressions : [];
  const out: RawExpression[] = [];
  list.forEach((item, index) => {
    const expr = asObject(item);
    if (!expr) return;
    const values = Array.isArray(expr.values) ? expr.values : [];
    out.push({
      index,
      key: typeof expr.key === "string" ? expr.key : "",
      operator: typeof expr.operator === "string" ? expr.operator : "",
      values: values.flatMap((v, i): Array<[number, string]> => (typeof v === "string" ? [[i, v]] : [])),
      valueCount: values.length,
    });
  });
  return out;
}

/**
 * `IsQualifiedName` as Go reports it: an empty name part fails both the
 * emptiness and the pattern check.
 */
export function labelKeyProblems(key: string): string[] {
  const messages = qualifiedName(key);
  if (messages.includes("name part must be non-empty")) {
    messages.push(
      "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character",
    );
  }
  return messages;
}

/**
 * `ValidateLabels`: every key must be a qualified name and every value a label
 * value. Each message is one error on the map itself (`field`), as Kubernetes
 * reports it.
 */
export function labelMapProblems(labels: unknown): Array<{ key: string; onKey: boolean; detail: string }> {
  const out: Array<{ key: string; onKey: boolean; detail: string }> = [];
  for (const [key, value] of stringEntries(labels)) {
    for (const msg of labelKeyProblems(key)) {
      out.push({ key, onKey: true, detail: `label key "${key}" is invalid: ${msg}` });
    }
    for (const msg of labelValue(value)) {
      out.push({ key, onKey: false, detail: `label value "${value}" (key "${key}") is invalid: ${msg}` });
    }
  }
  return out;
}

/**
 * `ValidateLabelSelector` with `AllowInvalidLabelValueInSelector: false`, the
 * option the API server uses for new objects.
 */
export function validateLabelSelector(selectorValue: unknown): SelectorProblem[] {
  const selector = asObject(selectorValue);
  if (!selector) return [];
  const problems: SelectorProblem[] = [];
  for (const p of labelMapProblems(selector.matchLabels)) {
    problems.push({ type: "Invalid", field: ["matchLabels"], at: ["matchLabels", p.key], onKey: p.onKey, detail: p.detail });
  }
  for (const expr of rawExpressions(selector)) {
    const base: PathSegment[] = ["matchExpressions", expr.index];
    const what = `selector expression ${expr.key === "" ? "with no key" : `on "${expr.key}"`}`;
    switch (expr.operator) {
      case "In":
      case "NotIn":
        if (expr.valueCount === 0) {
          problems.push({
            type: "Required",
            field: [...base, "values"],
            at: [...base, "values"],
            detail: `${what} uses operator ${expr.operator} but lists no values`,
          });
        }
        break;
      case "Exists":
      case "DoesNotExist":
        if (expr.valueCount > 0) {
          problems.push({
            type: "Forbidden",
            field: [...base, "values"],
            at: [...base, "values"],
            detail: `${what} uses operator ${expr.operator}, which takes no values`,
          });
        }
        break;
      default:
        problems.push({
          type: "Invalid",
          field: [...base, "operator"],
          at: [...base, "operator"],
          detail: `${what} has operator "${expr.operator}", which is not one of In, NotIn, Exists, DoesNotExist`,
        });
    }
    for (const msg of labelKeyProblems(expr.key)) {
      problems.push({
        type: "Invalid",
        field: [...base, "key"],
        at: [...base, "key"],
        detail: `selector key "${expr.key}" is invalid: ${msg}`,
      });
    }
    for (const [i, value] of expr.values) {
      for (const msg of labelValue(value)) {
        problems.push({
          type: "Invalid",
          field: [...base, "values", i],
          at: [...base, "values", i],
          detail: `selector value "${value}" is invalid: ${msg}`,
        });
      }
    }
  }
  return problems;
}

/**
 * `LabelSelectorAsSelector`. The conversion fails exactly when the strict
 * validation above finds a problem (`labels.NewRequirement` checks the same
 * operators, value counts, keys and values), so a failure carries those
 * problems.
 */
export function labelSelectorAsSelector(selectorValue: unknown): SelectorConversion {
  const selector = asObject(selectorValue);
  if (!selector) return { ok: true, selector: { kind: "nothing" } };
  const matchLabels = stringEntries(selector.matchLabels);
  const expressions = rawExpressions(selector);
  // Entries of the wrong type do not count as requirements; a selector left with none selects everything.
  if (matchLabels.length + expressions.length === 0) return { ok: true, selector: { kind: "everything" } };
  const problems = validateLabelSelector(selector);
  if (problems.length > 0) return { ok: false, problems };
  const requirements: Requirement[] = [
    ...matchLabels.map(([key, value]): Requirement => ({ key, operator: "In", values: [value] })),
    ...expressions.map(
      (e): Requirement => ({ key: e.key, operator: e.operator as SelectorOperator, values: e.values.map(([, v]) => v) }),
    ),
  ];
  return { ok: true, selector: { kind: "requirements", requirements } };
}

/** `Requirement.Matches` from k8s.io/apimachinery/pkg/labels. */
export function requirementMatches(req: Requirement, labels: Readonly<Record<string, unknown>>): boolean {
  // Labels are strings; anything else in a manifest's label map is not a label.
  const value = Object.prototype.hasOwnProperty.call(labels, req.key) ? labels[req.key] : undefined;
  const has = typeof value === "string";
  switch (req.operator) {
    case "In":
      return has && req.values.includes(value);
    case "NotIn":
      return !has || !req.values.includes(value);
    case "Exists":
      return has;
    case "DoesNotExist":
      return !has;
  }
}

/** Whether `selector` selects an object carrying `labels` (absent labels are an empty set). */
export function matches(selector: Selector, labels: unknown): boolean {
  if (selector.kind === "nothing") return false;
  if (selector.kind === "everything") return true;
  const set = asObject(labels) ?? {};
  return selector.requirements.every((r) => requirementMatches(r, set));
}

/** The selector in `kubectl`'s notation: `app=web,tier in (a,b),!debug`. */
export function selectorToString(selector: Selector): string {
  if (selector.kind === "nothing") return "<none>";
  if (selector.kind === "everything") return "<everything>";
  return selector.requirements
    .map((r) => {
      switch (r.operator) {
        case "In":
          return r.values.length === 1 ? `${r.key}=${r.values[0]}` : `${r.key} in (${r.values.join(",")})`;
        case "NotIn":
          return `${r.key} notin (${r.values.join(",")})`;
        case "Exists":
          return r.key;
        case "DoesNotExist":
          return `!${r.key}`;
      }
    })
    .join(",");
}

/** The requirements of `selector` that `labels` fail, for explaining a mismatch. */
export function unmetRequirements(selector: Selector, labels: unknown): Requirement[] {
  if (selector.kind !== "requirements") return [];
  const set = Object.fromEntries(stringEntries(labels));
  return selector.requirements.filter((r) => !requirementMatches(r, set));
}
