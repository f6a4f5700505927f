import { describe, expect, it } from "vitest";
import { message } from "../formatters/sample.test-support.js";
import { applyFixes } from "./apply-fixes.js";

const withFix = (start: number, end: number, text: string) =>
  message("mr/inclusive-language", "warning", "m", [0, start, start, end], { fix: { range: [start, end], text } });

describe("applyFixes", () => {
  it("applies fixes in source order whatever order the messages come in", () => {
    const source = "Stöd till handikappade och dementa.";
    const out = applyFixes(source, [withFix(27, 34, "personer med demenssjukdom"), withFix(10, 22, "personer med funktionsnedsättning")]);
    expect(out).toEqual({ output: "Stöd till personer med funktionsnedsättning och personer med demenssjukdom.", applied: 2 });
  });

  it("skips a fix that overlaps an earlier one and ignores messages without fixes", () => {
    const source = "abcdefghij";
    const out = applyFixes(source, [withFix(2, 6, "X"), withFix(4, 8, "Y"), message("mr/x", "info", "m", [0, 0, 0, 1])]);
    expect(out).toEqual({ output: "abXghij", applied: 1 });
  });

  it("ignores fixes outside the source", () => {
    expect(applyFixes("abc", [withFix(2, 9, "X")])).toEqual({ output: "abc", applied: 0 });
  });
});
