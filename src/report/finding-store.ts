/**
 * The findings of one run, held so that their number does not decide the
 * memory a run takes: past a few thousand findings they are written to a
 * temporary file as JSON lines (TextSpill), and only what ordering,
 * counting and suppressing need stays in memory, in typed arrays (about 30
 * bytes a finding). The reports then read them back in order, one at a
 * time.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { compareText } from "../compare.js";
import type { Finding, Severity } from "../finding.js";
import { SEVERITY_RANK } from "../finding.js";

/** Findings as the reports read them: in order, counted, and by index. An array is one. */
export interface FindingList extends Iterable<Finding> {
  readonly length: number;
  at(index: number): Finding | undefined;
}

/** Findings kept as objects before the store starts writing them out. */
const DEFAULT_SPILL_AFTER = 4096;
/** Bytes written at a time, and read at a time, and how many blocks read stay cached. */
const BLOCK = 1 << 20;
const READ_BLOCK = 1 << 16;
const CACHED_BLOCKS = 16;

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

/**
 * Texts written one after another to a temporary file and read back by
 * their index: what a run must keep to its end but need not hold (findings,
 * the facts of cross-document rules). Only offsets stay in memory.
 */
export class TextSpill {
  private dir: string | undefined;
  private fd: number | undefined;
  // Texts stay in memory until they add up to `holdChars`; then all go to the file.
  private held: string[] | undefined = [];
  private heldChars = 0;
  private readonly offsets = new Column((n) => new Float64Array(n));
  private count = 0;
  private written = 0;
  // Bytes not yet written: filled in place, so no text is joined or encoded twice.
  private buffer = Buffer.alloc(0);
  private used = 0;
  private readonly blocks: Array<{ start: number; bytes: Buffer }> = [];

  /** `what` names the temporary folder; `holdChars` of text are kept in memory before any is written out. */
  constructor(
    private readonly what: string,
    private holdChars = 0,
  ) {}

  get size(): number {
    return this.count;
  }

  /** Adds a text (without line breaks, as JSON text is) as the next index. */
  append(text: string): void {
    if (this.held) {
      this.held.push(text);
      this.count++;
      this.heldChars += text.length;
      if (this.heldChars <= this.holdChars || !this.open()) return;
      const held = this.held;
      this.held = undefined;
      this.count = 0;
      for (const t of held) this.write(t);
      return;
    }
    this.write(text);
  }

  /**
   * Opens the temporary file. Where none can be made (a read-only or full
   * temporary folder), the texts stay in memory: a run uses more memory
   * rather than fail.
   */
  private open(): boolean {
    try {
      this.dir = mkdtempSync(join(tmpdir(), `dslint-${this.what}-`));
      this.fd = openSync(join(this.dir, `${this.what}.jsonl`), "w+");
      this.buffer = Buffer.allocUnsafe(BLOCK);
      return true;
    } catch {
      if (this.dir !== undefined) rmSync(this.dir, { recursive: true, force: true });
      this.dir = undefined;
      this.holdChars = Infinity;
      return false;
    }
  }

  private write(text: string): void {
    // At most three bytes of UTF-8 for each UTF-16 unit, and the line break.
    const most = text.length * 3 + 1;
    if (this.used + most > this.buffer.length) this.flush();
    this.offsets.set(this.count++, this.written + this.used);
    if (most > this.buffer.length) {
      const bytes = Buffer.from(`${text}\n`, "utf8");
      writeSync(this.fd!, bytes, 0, bytes.length, this.written);
      this.written += bytes.length;
      return;
    }
    this.used += this.buffer.write(text, this.used, "utf8");
    this.buffer[this.used++] = 0x0a;
  }

  /** The `index`th text added. */
  text(index: number): string {
    if (this.held) return this.held[index]!;
    this.flush();
    const start = this.offsets.get(index);
    const end = index + 1 < this.count ? this.offsets.get(index + 1) : this.written;
    return this.read(start, end - start - 1);
  }

  /** Every text, in the order added. */
  *texts(): Generator<string> {
    for (let i = 0; i < this.count; i++) yield this.text(i);
  }

  /** Removes the temporary file. */
  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    if (this.dir !== undefined) rmSync(this.dir, { recursive: true, force: true });
    this.fd = undefined;
    this.dir = undefined;
    this.held = [];
    this.heldChars = 0;
    this.count = 0;
  }

  private flush(): void {
    if (this.used === 0) return;
    writeSync(this.fd!, this.buffer, 0, this.used, this.written);
    this.written += this.used;
    this.used = 0;
  }

  /**
   * `length` bytes of the file from `start`, as text, through a few cached
   * blocks: report order reads the file in a few interleaved sequences (a
   * file's findings, the cross-document ones added at the end).
   */
  private read(start: number, length: number): string {
    this.flush();
    let block = this.blocks.find((b) => start >= b.start && start + length <= b.start + b.bytes.length);
    if (block) {
      // Most recently used last.
      if (this.blocks.at(-1) !== block) this.blocks.push(...this.blocks.splice(this.blocks.indexOf(block), 1));
    } else {
      const want = Math.max(length, Math.min(READ_BLOCK, this.written - start));
      const bytes = Buffer.allocUnsafe(want);
      const got = readSync(this.fd!, bytes, 0, want, start);
      block = { start, bytes: bytes.subarray(0, got) };
      this.blocks.push(block);
      if (this.blocks.length > CACHED_BLOCKS) this.blocks.shift();
    }
    return block.bytes.toString("utf8", start - block.start, start - block.start + length);
  }
}

const PAGE_BITS = 14;
const PAGE = 1 << PAGE_BITS;

/** A column of numbers that grows a page at a time: no copying when it grows, at most one page unused. Unset entries read 0. */
class Column {
  private readonly pages: Array<Int32Array | Float64Array | Uint8Array> = [];

  constructor(private readonly make: (length: number) => Int32Array | Float64Array | Uint8Array) {}

  get(index: number): number {
    return this.pages[index >>> PAGE_BITS]?.[index & (PAGE - 1)] ?? 0;
  }

  set(index: number, value: number): void {
    const page = index >>> PAGE_BITS;
    while (this.pages.length <= page) this.pages.push(this.make(PAGE));
    this.pages[page]![index & (PAGE - 1)] = value;
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
