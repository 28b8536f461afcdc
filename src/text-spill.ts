/**
 * Texts and numbers a run keeps to its end without holding them as objects:
 * the findings past a few thousand (report/finding-store.ts) and the facts of
 * the cross-document rules (rules/facts.ts).
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const BLOCK = 1 << 20;
const READ_BLOCK = 1 << 16;
const CACHED_BLOCKS = 16;

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
export class Column {
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
