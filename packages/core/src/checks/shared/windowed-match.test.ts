import { describe, expect, it } from "vitest";
import { windowedMatches } from "./windowed-match.js";

const plain = (regex: RegExp, text: string) => [...text.matchAll(regex)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));

describe("windowedMatches", () => {
  it("finds the same matches as one pass when they are shorter than the overlap", () => {
    const text = Array.from({ length: 400 }, (_, i) => (i % 7 === 0 ? "handikappade personer" : `ord${i}`)).join(" ");
    const regex = /handikapp\w*(?: \w{1,12})?/giu;
    expect(windowedMatches(regex, text, 100, 40)).toEqual(plain(regex, text));
    expect(windowedMatches(regex, "kort handikappad", 100, 40)).toEqual([{ start: 5, end: 16 }]);
    expect(windowedMatches(regex, "", 100, 40)).toEqual([]);
  });

  it("reports a match that straddles a window edge once", () => {
    const text = `${"x".repeat(55)}handikappade${"y".repeat(100)}`;
    expect(windowedMatches(/handikappade/giu, text, 60, 20)).toEqual([{ start: 55, end: 67 }]);
  });

  it("stays fast where one pass would backtrack quadratically", () => {
    const text = "a".repeat(200_000);
    const started = performance.now();
    expect(windowedMatches(/a.*b/giu, text, 400, 100)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
