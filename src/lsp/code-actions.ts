import { TextDocument } from "vscode-languageserver-textdocument";
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit } from "vscode-languageserver/node";
import type { Finding } from "../finding.js";
import { applyCorrections } from "../fix/apply.js";
import { MAX_PASSES } from "../fix/run.js";
import { hasByteOrderMark, SOURCE } from "./diagnostics.js";
import { proposedFixes, suppressionFix, type ProposedFix } from "./fixes.js";
import type { DocumentLinter, LintResult } from "./linter.js";

/** Findings an edit must never add: it would have broken the file or left a suppression that does nothing. */
const STRUCTURAL = ["yaml-syntax", "duplicate-key", "invalid-suppression", "unused-suppression"];

/**
 * Quick fixes for the dslint diagnostics the editor asks about: the
 * machine-applicable fix where there is one, and a suppression comment.
 * Every edit is applied to a copy of the text and checked again first; it
 * is offered only when its finding is gone and nothing broke.
 */
export async function codeActions(
  doc: TextDocument,
  asked: readonly Diagnostic[],
  lint: LintResult,
  linter: DocumentLinter,
  checked: CheckedEdits,
  workspaceEdit: (doc: TextDocument, edits: TextEdit[]) => WorkspaceEdit,
  /** Runs before each check of an edit; throws when the answer is no longer wanted (the text changed, the request was cancelled). */
  beforeCheck: () => Promise<void> = async () => {},
): Promise<CodeAction[]> {
  const actions: CodeAction[] = [];
  const seen = new Set<string>();
  const path = linter.pathOf(doc);
  for (const diagnostic of asked) {
    if (diagnostic.source !== SOURCE) continue;
    const index = published(lint.diagnostics, diagnostic);
    if (index < 0) continue;
    const finding = lint.findings[index]!;
    const range = lint.diagnostics[index]!.range;
    for (const fix of [...proposedFixes(finding, hasByteOrderMark(doc.getText())), suppressionFix(finding, doc, range)]) {
      if (!fix) continue;
      const key = JSON.stringify(fix.edits);
      if (seen.has(key)) continue;
      seen.add(key);
      let works = checked.get(doc, key);
      if (works === undefined) {
        await beforeCheck();
        works = await removesFinding(fix, finding, doc, path, lint.findings, linter);
        checked.set(doc, key, works);
      }
      if (!works) continue;
      actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: fix.preferred, edit: workspaceEdit(doc, fix.edits) });
    }
  }
  // The fixes first, then the suppressions: editors list actions in the order given.
  return actions.sort((a, b) => Number(b.isPreferred ?? false) - Number(a.isPreferred ?? false));
}

/** Fix-on-save: editors ask for it with `source.fixAll` (VS Code's editor.codeActionsOnSave) or this kind. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.dslint`;

/** Whether a request's `only` kinds take the fix-all action (a kind covers the kinds below it: source covers source.fixAll.dslint). */
export function wantsFixAll(only: readonly string[] | undefined): boolean {
  return only !== undefined && only.some((kind) => FIX_ALL_KIND === kind || FIX_ALL_KIND.startsWith(`${kind}.`));
}

/**
 * Every autofix of the document, pass after pass as `check --fix` applies
 * them, as one edit of the region that changed; undefined when nothing does.
 */
export async function fixAllAction(
  doc: TextDocument,
  lint: LintResult,
  linter: DocumentLinter,
  workspaceEdit: (doc: TextDocument, edits: TextEdit[]) => WorkspaceEdit,
  beforeCheck: () => Promise<void> = async () => {},
): Promise<CodeAction | undefined> {
  const path = linter.pathOf(doc);
  const original = doc.getText();
  let text = original;
  let findings = lint.findings;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const corrections = findings.flatMap((f) => (f.autofix ? [f.autofix] : []));
    const next = corrections.length > 0 ? applyCorrections(text, corrections).text : text;
    if (next === text) break;
    text = next;
    await beforeCheck();
    findings = await linter.findings(text, path);
  }
  if (text === original) return undefined;
  return { title: "Fix all dslint problems", kind: FIX_ALL_KIND, edit: workspaceEdit(doc, [changedRegion(doc, text)]) };
}

/** One edit from the document's text to `text`: what lies between their common start and end. */
function changedRegion(doc: TextDocument, text: string): TextEdit {
  const old = doc.getText();
  let head = 0;
  while (head < old.length && head < text.length && old[head] === text[head]) head++;
  let tail = 0;
  while (tail < old.length - head && tail < text.length - head && old[old.length - 1 - tail] === text[text.length - 1 - tail]) tail++;
  return { range: { start: doc.positionAt(head), end: doc.positionAt(old.length - tail) }, newText: text.slice(head, text.length - tail) };
}

/**
 * Which edits of the current version of each document were checked, and
 * whether they work. Editors ask for code actions at every cursor move;
 * each edit is checked once per version of the text.
 */
export class CheckedEdits {
  private readonly byUri = new Map<string, { version: number; works: Map<string, boolean> }>();

  get(doc: TextDocument, key: string): boolean | undefined {
    const entry = this.byUri.get(doc.uri);
    return entry?.version === doc.version ? entry.works.get(key) : undefined;
  }

  set(doc: TextDocument, key: string, works: boolean): void {
    let entry = this.byUri.get(doc.uri);
    if (entry?.version !== doc.version) this.byUri.set(doc.uri, (entry = { version: doc.version, works: new Map() }));
    entry.works.set(key, works);
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  /** How many documents have checked edits (none once all are closed). */
  get size(): number {
    return this.byUri.size;
  }
}

async function removesFinding(fix: ProposedFix, target: Finding, doc: TextDocument, path: string, before: readonly Finding[], linter: DocumentLinter): Promise<boolean> {
  const edited = TextDocument.applyEdits(doc, fix.edits);
  const after = await linter.findings(edited, path);
  const count = (findings: readonly Finding[], key: string) => findings.filter((f) => identity(f) === key).length;
  const targetKey = identity(target);
  if (count(after, targetKey) >= count(before, targetKey)) return false;
  return STRUCTURAL.every((id) => after.filter((f) => f.ruleId === id).length <= before.filter((f) => f.ruleId === id).length);
}

/** A finding across an edit: its rule, field, object and message; line numbers in messages move with the edit. */
function identity(f: Finding): string {
  const o = f.object;
  return [f.ruleId, f.path, o ? `${o.kind}/${o.namespace ?? ""}/${o.name ?? ""}` : "", f.message.replace(/\d+/g, "#")].join("\u0000");
}

/**
 * Which published diagnostic the editor asks about. Editors send back what
 * they were given, but some convert the columns on the way (Neovim 0.7 sends
 * byte columns), so the rule, message and line decide, and the exact range
 * only between twins.
 */
function published(diagnostics: readonly Diagnostic[], asked: Diagnostic): number {
  let found = -1;
  for (let i = 0; i < diagnostics.length; i++) {
    const d = diagnostics[i]!;
    if (d.code !== asked.code || d.message !== asked.message || d.range.start.line !== asked.range.start.line) continue;
    if (d.range.start.character === asked.range.start.character && d.range.end.line === asked.range.end.line && d.range.end.character === asked.range.end.character) return i;
    if (found < 0) found = i;
  }
  return found;
}
