/**
 * src/report/ansi.ts writes the bytes kleur 4 writes, which the text
 * reports used before: every style and chain of two, on text that already
 * holds colour codes (a nested style), with colour on and off.
 */
import kleur from "kleur";
import { describe, expect, it } from "vitest";
import { colors, type StyleName } from "../src/report/ansi.js";

const NAMES: StyleName[] = ["bold", "dim", "underline", "red", "green", "yellow", "blue"];
const TEXTS = ["", "plain", "✔ no problems", "a \u001b[39m b \u001b[22m c \u001b[24m", "\u001b[31mred\u001b[39m and \u001b[1mbold\u001b[22m"];

type Chain = { [name: string]: ((text?: string) => Chain & string) | undefined };

function kleurOf(enabled: boolean, names: StyleName[], text: string): string {
  kleur.enabled = enabled;
  if (names.length === 1) return (kleur as unknown as Chain)[names[0]!]!(text);
  const chained = (kleur as unknown as Chain)[names[0]!]!();
  return (chained as unknown as Chain)[names[1]!]!(text);
}

describe("terminal colours", () => {
  for (const enabled of [true, false]) {
    it(`match kleur with colour ${enabled ? "on" : "off"}`, () => {
      const paint = colors(enabled);
      for (const text of TEXTS) {
        for (const a of NAMES) {
          expect(paint(text, a), `${a} ${JSON.stringify(text)}`).toBe(kleurOf(enabled, [a], text));
          for (const b of NAMES) expect(paint(text, a, b), `${a}.${b} ${JSON.stringify(text)}`).toBe(kleurOf(enabled, [a, b], text));
        }
      }
    });
  }
});
