/**
 * The findings of one run, held so that their number does not decide the
 * memory a run takes: past a few thousand findings they are written to a
 * temporary file as JSON lines (TextSpill), and only what ordering,
 * counting and suppressing need stays in memory, in typed arrays (about 30
 * bytes a finding). The reports then read them back in order, one at a
 * time.
 */
import { compareText } from "../compare.js";
import type { Finding, Severity } from "../finding.js";
import { SEVERITY_RANK } from "../finding.js";
import { Column, TextSpill } from "../text-spill.js";

/** Findings as the reports read them: in order, counted, and by index. An array is one. */
export interface FindingList extends Iterable<Finding> {
  readonly length: number;
  at(index: number): Finding | undefined;
}

/** Findings kept as objects before the store starts writing them out. */
const DEFAULT_SPILL_AFTER = 4096;
/** Bytes written at a time, and read at a time, and how many blocks read stay cached. */

const SEVERITIES: readonly Severity[] = ["info", "warning", "error"];

export interface FindingStoreOptions {
  /** How many findings stay objects in memory; past that, all go to a temporary file. Infinity: never. */
  spillAfter?: number;
}

export class FindingStore {
  private readonly spillAfter: number;
  private objects: Finding[] | undefined = [];
  private count = 0;
  // One entry per finding, by the order they were added.
  private readonly fileIds = new Column((n) => new Int32Array(n));
  private readonly lines = new Column((n) => new Int32Array(n));
  private readonly columns = new Column((n) => new Int32Array(n));
  private readonly severityRules = new Column((n) => new Int32Array(n));
  private readonly ranks = new Column((n) => new Float64Array(n));
  private readonly removed = new Column((n) => new Uint8Array(n));
  private readonly fileNames: string[] = [];
  private readonly fileIndex = new Map<string, number>();
  private readonly ruleNames: string[] = [];
  private readonly ruleIndex = new Map<string, number>();
  // The temporary file, once findings no longer fit in memory.
  private spilled: TextSpill | undefined;

  constructor(options: FindingStoreOptions = {}) {
    this.spillAfter = options.spillAfter ?? DEFAULT_SPILL_AFTER;
  }

  get size(): number {
    return this.count;
  }

  /**
   * Adds a finding. `rank` orders findings the sort cannot tell apart (same
   * file, position, severity, rule and message): lower first.
   */
  add(finding: Finding, rank: number): void {
    const i = this.count++;
    this.fileIds.set(i, this.idOf(this.fileIndex, this.fileNames, finding.file));
    this.lines.set(i, finding.line);
    this.columns.set(i, finding.column);
    this.severityRules.set(i, (SEVERITY_RANK[finding.severity] << 24) | this.idOf(this.ruleIndex, this.ruleNames, finding.ruleId));
    this.ranks.set(i, rank);
    if (this.objects) {
      this.objects.push(finding);
      if (this.objects.length > this.spillAfter) this.spill();
      return;
    }
    this.spilled!.append(JSON.stringify(finding));
  }

  /** The finding added as the `index`th (0-based). */
  get(index: number): Finding {
    if (this.objects) return this.objects[index]!;
    return JSON.parse(this.spilled!.text(index)) as Finding;
  }

  /** What the sort and the counts read, without reading the finding itself. */
  severityOf(index: number): Severity {
    return SEVERITIES[this.severityRules.get(index) >>> 24]!;
  }

  fileOf(index: number): string {
    return this.fileNames[this.fileIds.get(index)]!;
  }

  lineOf(index: number): number {
    return this.lines.get(index);
  }

  /** Leaves a finding out of what `sorted` returns. */
  remove(index: number): void {
    this.removed.set(index, 1);
  }

  isRemoved(index: number): boolean {
    return this.removed.get(index) === 1;
  }

  /**
   * The findings that were not removed, in report order: files in the order
   * they first appear (by rank), then line, column, severity (most severe
   * first), rule and message; ties by rank.
   */
  sorted(): FindingList {
    const fileOrder = new Float64Array(this.fileNames.length).fill(Infinity);
    let keeping = 0;
    for (let i = 0; i < this.count; i++) if (!this.isRemoved(i)) keeping++;
    const kept = new Uint32Array(keeping);
    for (let i = 0, k = 0; i < this.count; i++) {
      if (this.isRemoved(i)) continue;
      kept[k++] = i;
      const f = this.fileIds.get(i);
      if (this.ranks.get(i) < fileOrder[f]!) fileOrder[f] = this.ranks.get(i);
    }
    const messages = new Map<number, string>();
    const message = (i: number): string => {
      let m = messages.get(i);
      if (m === undefined) messages.set(i, (m = this.get(i).message));
      return m;
    };
    const { fileIds, lines, columns, severityRules, ranks, ruleNames } = this;
    kept.sort(
      (a, b) =>
        fileOrder[fileIds.get(a)]! - fileOrder[fileIds.get(b)]! ||
        fileIds.get(a) - fileIds.get(b) ||
        lines.get(a) - lines.get(b) ||
        columns.get(a) - columns.get(b) ||
        (severityRules.get(b) >>> 24) - (severityRules.get(a) >>> 24) ||
        compareText(ruleNames[severityRules.get(a) & 0xffffff]!, ruleNames[severityRules.get(b) & 0xffffff]!) ||
        compareText(message(a), message(b)) ||
        ranks.get(a) - ranks.get(b),
    );
    return new SortedFindings(this, kept);
  }

  /** Removes the temporary file; the store is empty afterwards. */
  close(): void {
    this.spilled?.close();
    this.spilled = undefined;
    this.objects = [];
    this.count = 0;
  }

  private idOf(index: Map<string, number>, names: string[], name: string): number {
    let id = index.get(name);
    if (id === undefined) {
      id = names.push(name) - 1;
      index.set(name, id);
    }
    return id;
  }

  private spill(): void {
    this.spilled = new TextSpill("findings");
    const objects = this.objects!;
    this.objects = undefined;
    for (const f of objects) this.spilled.append(JSON.stringify(f));
  }
}

/** A store's findings in report order, read one at a time. */
class SortedFindings implements FindingList {
  constructor(
    private readonly store: FindingStore,
    private readonly order: Uint32Array,
  ) {}

  get length(): number {
    return this.order.length;
  }

  at(index: number): Finding | undefined {
    const i = index < 0 ? this.order.length + index : index;
    return i >= 0 && i < this.order.length ? this.store.get(this.order[i]!) : undefined;
  }

  *[Symbol.iterator](): Iterator<Finding> {
    for (let i = 0; i < this.order.length; i++) yield this.store.get(this.order[i]!);
  }
}
