/** The cached case tests of words.ts answer as the string tests they replace, for every UTF-16 code unit. */
import { describe, expect, it } from "vitest";
import type { Token } from "../analysis/types.js";
import { isAllCaps, startsUpper } from "./words.js";

const word = (text: string): Token => ({ text, lower: text.toLowerCase(), fold: text.toLowerCase(), start: 0, end: text.length, kind: "word" });
const upper = (ch: string) => ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const lowerOnly = (ch: string) => ch === ch.toLowerCase() && ch !== ch.toUpperCase();

describe("case tests", () => {
  it("startsUpper and isAllCaps agree with toLowerCase/toUpperCase for every code unit, cached or not", () => {
    for (let round = 0; round < 2; round++) {
      for (let code = 0; code < 0x10000; code++) {
        const ch = String.fromCharCode(code);
        expect(startsUpper(word(ch))).toBe(upper(ch));
        expect(isAllCaps(word(`${ch}A`))).toBe(!lowerOnly(ch));
      }
    }
  });

  it("reads astral letters as whole code points", () => {
    expect(isAllCaps(word("\u{1D400}BC"))).toBe(true);
    expect(isAllCaps(word("AB\u{1D41A}"))).toBe(!lowerOnly("\u{1D41A}"));
  });
});
