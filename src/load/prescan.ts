/**
 * A cheap look at a YAML stream before parsing it: the stream is cut at its
 * document markers, and documents whose top-level `kind:` names an object no
 * DaemonSet check needs (CustomResourceDefinitions, ConfigMaps, RBAC, ...)
 * and that have an apiVersion are not parsed at all, only counted. In the manifests dslint is pointed
 * at, such documents are most of the bytes (two thirds of the corpus are
 * CRDs). Their YAML syntax is then not checked: dslint reads DaemonSets.
 */

/** Kinds that are parsed: what the checks, the simulator and the priority rules read. */
const NEEDED_KINDS = new Set(["DaemonSet", "Node", "PriorityClass", "List"]);
const isNeeded = (kind: string): boolean => NEEDED_KINDS.has(kind) || kind.endsWith("List");

// A document marker alone on its line (content after `---` starts a document on that line: not a cut).
const MARKER = /^(?:---|\.\.\.)[ \t]*(?:#[^\n]*)?\r?$/gm;
const TOP_LEVEL_KIND = /^kind:[ \t]*(["']?)([A-Za-z][A-Za-z0-9]*)\1[ \t]*(?:#[^\n]*)?\r?$|^kind:/gm;
const DIRECTIVE = /^%/gm;
const TOP_LEVEL_API_VERSION = /^apiVersion:[ \t]*\S/gm;

export interface Segment {
  /** Offsets in the text, end exclusive. */
  start: number;
  end: number;
  /** Lines before the segment (add to the segment's 1-based line numbers). */
  lineOffset: number;
  /** Not parsed: one plain top-level kind that no check needs. */
  skip: boolean;
}

export function splitDocuments(text: string): Segment[] {
  // JSON (and anything that does not start as a block mapping) is parsed whole.
  const first = /\S/.exec(text);
  if (!first || first[0] === "{" || first[0] === "[") return [{ start: 0, end: text.length, lineOffset: 0, skip: false }];
  const segments: Segment[] = [];
  // Searched once: a directive-free stream (nearly all) needs no per-document search.
  const hasDirectives = text.startsWith("%") || text.includes("\n%");
  let start = 0;
  let line = 0;
  // Each segment starts at its marker line, as a document does.
  const push = (end: number) => {
    if (end === start) return;
    segments.push({ start, end, lineOffset: line, skip: skippable(text, start, end, hasDirectives) });
    line += countLines(text, start, end);
    start = end;
  };
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) push(m.index);
  push(text.length);
  if (segments.length === 0) segments.push({ start: 0, end: text.length, lineOffset: 0, skip: false });
  return segments;
}

function skippable(text: string, start: number, end: number, hasDirectives: boolean): boolean {
  if (hasDirectives) {
    DIRECTIVE.lastIndex = start;
    const directive = DIRECTIVE.exec(text);
    if (directive && directive.index < end) return false;
  }
  TOP_LEVEL_KIND.lastIndex = start;
  let kind: string | undefined;
  let kinds = 0;
  for (let m = TOP_LEVEL_KIND.exec(text); m && m.index < end; m = TOP_LEVEL_KIND.exec(text)) {
    kinds++;
    kind = m[2];
  }
  if (kinds !== 1 || kind === undefined || isNeeded(kind)) return false;
  // Without an apiVersion the document is parsed, so that mistake is reported.
  TOP_LEVEL_API_VERSION.lastIndex = start;
  const apiVersion = TOP_LEVEL_API_VERSION.exec(text);
  return apiVersion !== null && apiVersion.index < end;
}

function countLines(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = text.indexOf("\n", start); i >= 0 && i < end; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
