import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { externalProgram, requireProgram } from "../external.js";

const root = resolve(import.meta.dirname, "..", "..");
const fixtures = join(root, "test", "fixtures", "nvim");
const nvim = externalProgram("nvim", "apt-get install neovim (0.8 or later)");

describe("dslint lsp in Neovim (headless, built-in LSP client)", () => {
  it("shows dslint's diagnostics on the right lines and columns, applies the suppression and a quick fix from the code action menu, and fixes on save", (ctx) => {
    requireProgram(nvim, ctx);
    const dir = mkdtempSync(join(tmpdir(), "dslint-nvim-"));
    try {
      const manifest = join(dir, "flawed-daemonset.yaml");
      copyFileSync(join(fixtures, "flawed-daemonset.yaml"), manifest);
      const out = join(dir, "out.txt");
      const run = spawnSync(
        "nvim",
        ["--headless", "-n", "-i", "NONE", "-u", join(fixtures, "init.lua"), "-c", `luafile ${join(fixtures, "e2e.lua")}`, "flawed-daemonset.yaml"],
        {
          cwd: dir,
          encoding: "utf8",
          timeout: 60_000,
          env: {
            ...process.env,
            DSLINT_BIN: join(root, "bin", "dslint.js"),
            DSLINT_OUT: out,
            // Neovim's state, logs and caches stay in the temporary folder.
            XDG_CONFIG_HOME: join(dir, "config"),
            XDG_DATA_HOME: join(dir, "data"),
            XDG_STATE_HOME: join(dir, "state"),
            XDG_CACHE_HOME: join(dir, "cache"),
          },
        },
      );
      const lines = readFileSync(out, "utf8").trimEnd().split("\n");
      if (process.env.DSLINT_DEBUG_NVIM) console.log(lines.join("\n"));
      expect(lines.at(-1), `${lines.join("\n")}\n${run.stderr}`).toBe("done");

      // Neovim stores byte columns; the server sent UTF-16 ones, so a line with "ü" and "ß" before the finding shows the conversion.
      // The fixture as it was opened: the saved file has the edits below.
      const text = readFileSync(join(fixtures, "flawed-daemonset.yaml"), "utf8").split("\n");
      const envLine = text[24]!;
      const otherByte = Buffer.byteLength(envLine.slice(0, envLine.indexOf("other")));
      expect(otherByte).toBe(envLine.indexOf("other") + 2);
      const open = lines.filter((l) => l.startsWith("open "));
      expect(open).toEqual([
        "open 13:6-13:12 1 dslint selector-mismatch",
        "open 16:25-16:45 2 dslint critical-priority-namespace",
        `open 25:${otherByte}-25:${otherByte + "other".length} 1 dslint schema`,
        "open 30:24-30:28 1 dslint privileged-container",
      ]);

      // After the suppression only privileged-container is gone; the comment sits above its line, indented like it.
      const suppressed = lines.filter((l) => l.startsWith("suppressed "));
      expect(suppressed.map((l) => l.replace(/^suppressed /, ""))).toEqual(open.filter((l) => !l.includes("privileged-container")).map((l) => l.replace(/^open /, "")));
      expect(lines).toContain("text             # dslint-disable-next-line privileged-container -- <reason>");

      // With hostNetwork added, the suggestion from the menu gives the pod the cluster DNS, at the end of the pod spec.
      expect(lines).toContain("quickfix       dnsPolicy: ClusterFirstWithHostNet");
      // Saving applied the fix: the label is quoted on disk.
      expect(lines).toContain('saved   labels: {tier: "yes"}');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});
