/**
 * Placement reasons grouped across nodes: nodes kept off for the same
 * predicate with the same data (the same taint, the same nodeSelector entry,
 * the same request) count as one reason, whatever differs from node to node
 * (the label value a node has, what is left free on it, which pod holds a
 * port). That part is kept apart as the group's detail.
 */
import { formatNodeLabel, formatActual, formatRequirement, type TermMismatch } from "../k8s/nodeaffinity.js";
import { formatHostPort, formatResourceAmount } from "../k8s/podresources.js";
import { formatTaint } from "../k8s/tolerations.js";
import type { PlacementReason, ReasonCode } from "./types.js";

export interface ReasonGroup {
  /** Stable: the code and the predicate's data, never a node's own values. */
  key: string;
  code: ReasonCode;
  /** Excluded (the controller's predicates) or pending (the scheduler's filters). */
  placement: "pending" | "excluded";
  /** What every node of the group fails, in plain words: `dedicated=batch:NoExecute not tolerated`. */
  text: string;
  /** What the node has, which may differ between nodes: `node has kubernetes.io/os=windows`. */
  detail?: string;
}

const SCHEDULER_CODES: ReadonlySet<ReasonCode> = new Set(["InsufficientResource", "HostPortConflict", "TooManyPods"]);

function termText(term: TermMismatch): string {
  if (term.empty) return `term ${term.termIndex} is empty`;
  if (term.parseErrors) return `term ${term.termIndex} is invalid`;
  return `term ${term.termIndex} needs ${(term.failed ?? []).map((m) => formatRequirement(m.requirement)).join(" and ")}`;
}

function groupParts(reason: PlacementReason): { text: string; detail?: string } {
  switch (reason.code) {
    case "NodeNameMismatch":
      return { text: `the template's spec.nodeName is "${reason.nodeName}"` };
    case "NodeSelectorMismatch":
      return {
        text: `nodeSelector ${reason.key}=${reason.expected === "" ? '""' : reason.expected} not matched`,
        detail: formatNodeLabel(reason.key, reason.actual),
      };
    case "NodeAffinityMismatch": {
      if (reason.terms.length === 0) return { text: "required node affinity has no nodeSelectorTerms" };
      const actual = reason.terms.flatMap((t) => (t.failed ?? []).map(formatActual));
      const parts: { text: string; detail?: string } = { text: `required node affinity not matched: ${reason.terms.map(termText).join("; ")}` };
      if (actual.length > 0) parts.detail = [...new Set(actual)].join(", ");
      return parts;
    }
    case "TaintNotTolerated":
      return { text: `${formatTaint(reason.taint)} not tolerated` };
    case "InsufficientResource": {
      const amount = (value: number): string => formatResourceAmount(reason.resource, value);
      return { text: `insufficient ${reason.resource} for ${amount(reason.requested)}`, detail: `${amount(Math.max(reason.free, 0))} free` };
    }
    case "HostPortConflict":
      return { text: `host port ${formatHostPort(reason.hostPort)} in use`, detail: `by pod ${reason.usedBy.namespace}/${reason.usedBy.name}` };
    case "TooManyPods":
      return { text: "too many pods", detail: `${reason.pods} of ${reason.allocatable} allocatable` };
  }
}

/** The group a reason belongs to. */
export function reasonGroupOf(reason: PlacementReason): ReasonGroup {
  const { text, detail } = groupParts(reason);
  const group: ReasonGroup = {
    // The text is made of the predicate's data alone, so with the code it is the key.
    key: `${reason.code}\u0000${text}`,
    code: reason.code,
    placement: SCHEDULER_CODES.has(reason.code) ? "pending" : "excluded",
    text,
  };
  if (detail !== undefined) group.detail = detail;
  return group;
}

/** A group and how many nodes are in it. */
export interface ReasonCount extends ReasonGroup {
  nodes: number;
}

/**
 * Counts reasons over many nodes. Nodes that fail for the same reasons share
 * one reasons array (simulate.ts), so each array is grouped once. The detail
 * of a group is kept only while every node counted has the same one.
 */
export class ReasonCounter {
  private readonly groupsOf = new Map<readonly PlacementReason[], ReasonGroup[]>();

  /** The groups of one node's reasons, made once per reasons array. */
  groups(reasons: readonly PlacementReason[]): readonly ReasonGroup[] {
    let groups = this.groupsOf.get(reasons);
    if (!groups) {
      groups = reasons.map(reasonGroupOf);
      this.groupsOf.set(reasons, groups);
    }
    return groups;
  }
}

/** Counts of reason groups for one set of nodes (a pool, or the nodes a change touches there). */
export class ReasonTally {
  private readonly counts = new Map<string, ReasonCount>();
  private readonly mixed = new Set<string>();

  add(groups: readonly ReasonGroup[], nodes = 1): void {
    for (const group of groups) {
      const count = this.counts.get(group.key);
      if (!count) {
        this.counts.set(group.key, { ...group, nodes });
        continue;
      }
      count.nodes += nodes;
      if (count.detail !== group.detail && !this.mixed.has(group.key)) {
        this.mixed.add(group.key);
        delete count.detail;
      }
    }
  }

  /** Excluded before pending, then the most nodes first, then by text. */
  counted(): ReasonCount[] {
    const order = (c: ReasonCount): number => (c.placement === "excluded" ? 0 : 1);
    return [...this.counts.values()].sort((a, b) => order(a) - order(b) || b.nodes - a.nodes || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  }
}
