import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Range, TextEdit } from "vscode-languageserver/node";
import { UNSUPPRESSIBLE } from "../builtin-findings.js";
import type { Finding } from "../finding.js";
import type { Correction } from "../fix/edits.js";
import { findingRange } from "./diagnostics.js";

/**
 * Edits computed from a finding and the text it was found in. Each is
 * offered only after the server has re-checked the edited text (code-actions.ts).
 */
export interface ProposedFix {
  title: string;
  edits: TextEdit[];
  /** The one obvious fix: editors apply it with a single "fix" key. */
  preferred: boolean;
}


/** `# dslint-disable-next-line <rule> -- <reason>` above the finding's first line, indented like it. */
export function suppressionFix(f: Finding, doc: TextDocument, range: Range): ProposedFix | undefined {
  // Offering to suppress what no comment can hide would do nothing.
  if (UNSUPPRESSIBLE.has(f.ruleId) || isJson(doc)) return undefined;
  const line = lineText(doc, range.start.line);
  const indent = /^[ \t]*/.exec(line)![0];
  const eol = lineEnding(doc, range.start.line);
  return {
    title: `Suppress ${f.ruleId} on this line`,
    edits: [{ range: { start: { line: range.start.line, character: 0 }, end: { line: range.start.line, character: 0 } }, newText: `${indent}# dslint-disable-next-line ${f.ruleId} -- <reason>${eol}` }],
    preferred: false,
  };
}

/** The finding's autofix (the preferred action) and suggestions, as the check made them (src/fix/edits.ts). */
export function proposedFixes(f: Finding, bom: boolean): ProposedFix[] {
  const edits = (c: Correction): TextEdit[] => c.edits.map((e) => ({ range: findingRange(e, bom), newText: e.text }));
  return [
    ...(f.autofix ? [{ title: f.autofix.title, edits: edits(f.autofix), preferred: true }] : []),
    ...(f.suggestions ?? []).map((c) => ({ title: c.title, edits: edits(c), preferred: false })),
  ];
}

function lineText(doc: TextDocument, line: number): string {
  return doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, "");
}

function lineEnding(doc: TextDocument, line: number): string {
  const text = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  return text.endsWith("\r\n") ? "\r\n" : "\n";
}

/** JSON has no comments: a suppression there would break the file. */
function isJson(doc: TextDocument): boolean {
  return doc.languageId === "json" || doc.languageId === "jsonc" || /\.json$/i.test(doc.uri) || /^\s*[{[]/.test(doc.getText());
}
