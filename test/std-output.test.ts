/**
 * Standard output written straight to its descriptor (src/cli/std-output.ts):
 * a write the descriptor takes in parts, one it refuses for now (EAGAIN:
 * the rest goes to Node's stream, in order), a reader that left (EPIPE:
 * the rest is dropped quietly) and any other failure (reported once).
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DescriptorOutput, type Output } from "../src/cli/std-output.js";

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: write failed`), { code });
}

function sink(): Output & { bytes: () => Buffer } {
  const parts: Buffer[] = [];
  return {
    write: (chunk) => (parts.push(Buffer.from(chunk)), true),
    on: () => undefined,
    off: () => undefined,
    bytes: () => Buffer.concat(parts),
  };
}

describe("standard output written to its descriptor", () => {
  const text = "λ report line with ✔ and ✖\n".repeat(50);

  it("keeps writing what a short write left, then hands a refused rest to the stream, bytes in order", () => {
    const taken: Buffer[] = [];
    let calls = 0;
    const stream = sink();
    const out = new DescriptorOutput(
      (bytes, offset) => {
        if (++calls === 4) throw errno("EAGAIN");
        // 7 bytes at a time: splits the multi-byte characters too.
        const part = bytes.subarray(offset, offset + 7);
        taken.push(Buffer.from(part));
        return part.length;
      },
      () => stream,
      () => expect.unreachable(),
    );
    out.write(text);
    out.write("after\n");
    expect(taken).toHaveLength(3);
    expect(Buffer.concat([...taken, stream.bytes()]).toString("utf8")).toBe(`${text}after\n`);
  });

  it("drops the rest quietly once the reader left, and reports another failure once", () => {
    const failures: string[] = [];
    for (const code of ["EPIPE", "ECONNRESET", "EIO"]) {
      let writes = 0;
      const out = new DescriptorOutput(
        () => {
          writes++;
          throw errno(code);
        },
        () => expect.unreachable(),
        (err) => failures.push(String(err.code)),
      );
      out.write("one\n");
      out.write("two\n");
      expect(writes, code).toBe(1);
      expect(out.destroyed).toBe(true);
    }
    expect(failures).toEqual(["EPIPE", "ECONNRESET", "EIO"]);
  });

  it("is what a run writes through a pipe: the report whole, the exit code kept", () => {
    const root = join(import.meta.dirname, "..");
    const run = spawnSync(process.execPath, [join(root, "bin", "dslint.js"), "check", "--format", "json", "examples/manifests"], { cwd: root, encoding: "utf8" });
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as { summary: { daemonSets: number } };
    expect(report.summary.daemonSets).toBeGreaterThan(1);
  });
});
