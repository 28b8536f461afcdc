/**
 * Field paths in Kubernetes' `field.Path` form and the collector of
 * validation issues. An issue names the Kubernetes field (`field`, exactly as
 * the API server reports it) and the place in the manifest as the user wrote
 * it (`path`), which can differ: Kubernetes validates the defaulted object and
 * reports some errors on a parent or a sibling path.
 */
import type { FieldErrorType } from "../finding.js";
import type { Path, PathSegment } from "../path.js";
import type { ApiServerProfile } from "../k8s/versions.js";

export type ValidationRuleId = "api-validation" | "selector-mismatch";

/** One error the API server would return for the DaemonSet, explained. */
export interface FieldIssue {
  ruleId: ValidationRuleId;
  type: FieldErrorType;
  /** The Kubernetes field path (`spec.template.spec.containers[0].name`). */
  field: string;
  /** Where in the manifest as written: the deepest node the user wrote along the relevant path. */
  path: Path;
  /** Point at the map key at `path` rather than its value. */
  onKey?: boolean;
  message: string;
  fix?: string;
}

/** Go's `field.Path`: children joined with `.`, indices and map keys in brackets. */
export class FieldPath {
  private constructor(
    /** The same location as manifest segments. */
    readonly segments: readonly PathSegment[],
    private readonly text: string,
  ) {}

  static root(...names: string[]): FieldPath {
    const [first = "", ...rest] = names;
    return new FieldPath([first], first).child(...rest);
  }

  child(...names: string[]): FieldPath {
    return names.reduce<FieldPath>((p, name) => new FieldPath([...p.segments, name], `${p.text}.${name}`), this);
  }

  index(i: number): FieldPath {
    return new FieldPath([...this.segments, i], `${this.text}[${i}]`);
  }

  key(k: string): FieldPath {
    return new FieldPath([...this.segments, k], `${this.text}[${k}]`);
  }

  toString(): string {
    return this.text;
  }
}

export interface IssueDetail {
  message: string;
  fix?: string;
  /** Where the problem is written, when it is not at the field's own path. */
  at?: Path;
  onKey?: boolean;
  ruleId?: ValidationRuleId;
}

/** The deepest prefix of `path` that exists in `root`. */
export function nearestWritten(root: unknown, path: Path): Path {
  let node = root;
  const out: PathSegment[] = [];
  for (const segment of path) {
    if (node === null || typeof node !== "object") break;
    if (Array.isArray(node)) {
      if (typeof segment !== "number" || segment < 0 || segment >= node.length) break;
    } else if (typeof segment !== "string" || !Object.prototype.hasOwnProperty.call(node, segment)) {
      break;
    }
    node = (node as Record<PathSegment, unknown>)[segment];
    out.push(segment);
  }
  return out;
}

/** Collects issues and places each one in the manifest as written. */
export class Report {
  readonly issues: FieldIssue[] = [];

  constructor(
    /** The manifest as the user wrote it (before defaulting). */
    private readonly written: unknown,
    readonly profile: ApiServerProfile,
  ) {}

  /** Whether the user wrote a value at `path` (as opposed to a default filling it). */
  wasWritten(path: Path): boolean {
    return nearestWritten(this.written, path).length === path.length;
  }

  /** A report for errors that only count together (a volume is registered only when it has none). */
  fork(): Report {
    return new Report(this.written, this.profile);
  }

  /** Takes over the issues of a fork. */
  absorb(fork: Report): void {
    for (const issue of fork.issues) this.issues.push(issue);
  }

  add(type: FieldErrorType, field: FieldPath, detail: IssueDetail): void {
    const wanted = detail.at ?? field.segments;
    const path = nearestWritten(this.written, wanted);
    const issue: FieldIssue = {
      ruleId: detail.ruleId ?? "api-validation",
      type,
      field: field.toString(),
      path,
      message: detail.message,
    };
    if (detail.onKey && path.length === wanted.length) issue.onKey = true;
    if (detail.fix !== undefined) issue.fix = detail.fix;
    this.issues.push(issue);
  }

  invalid(field: FieldPath, detail: IssueDetail): void {
    this.add("Invalid", field, detail);
  }

  required(field: FieldPath, detail: IssueDetail): void {
    this.add("Required", field, detail);
  }

  forbidden(field: FieldPath, detail: IssueDetail): void {
    this.add("Forbidden", field, detail);
  }

  notSupported(field: FieldPath, detail: IssueDetail): void {
    this.add("NotSupported", field, detail);
  }

  duplicate(field: FieldPath, detail: IssueDetail): void {
    this.add("Duplicate", field, detail);
  }

  notFound(field: FieldPath, detail: IssueDetail): void {
    this.add("NotFound", field, detail);
  }

  tooLong(field: FieldPath, detail: IssueDetail): void {
    this.add("TooLong", field, detail);
  }
}

/** "one of A, B or C" for NotSupported messages. */
export function oneOf(values: readonly string[]): string {
  if (values.length <= 1) return values.join("");
  return `${values.slice(0, -1).join(", ")} or ${values[values.length - 1]}`;
}
