import { describe, expect, it } from "vitest";
import { unsafeRegexReason } from "./safe-regex.js";

describe("unsafeRegexReason", () => {
  it.each([
    "handikappad(e|es)?",
    "illegal (immigrants?|aliens?)",
    "\\bconfined to (?:a )?wheelchairs?\\b",
    "[a-zåäö]{3,12}rådet",
    "wheelchair[- ]bound",
    "\\p{Lu}\\p{Ll}+ kommun",
    "(?:invandrare|flyktingar|asylsökande) från \\w+",
    "\\w{1,20} ?\\w{1,20} kommun",
  ])("accepts the safe pattern %s", (pattern) => {
    expect(unsafeRegexReason(pattern)).toBeNull();
  });

  it.each([
    ["(a+)+", /nested quantifiers/],
    ["(\\w+\\s?)*", /nested quantifiers/],
    ["(a|aa)*b", /nested quantifiers/],
    ["(?:x|y){2,}", /nested quantifiers/],
    ["(a)\\1", /backreferences/],
    ["(?<name>a)\\k<name>", /only plain/],
    ["(?<=av )nämnden", /only plain/],
    ["ska(?! inte)", /only plain/],
    ["a{1,1000}", /repeat counts/],
    ["x*", /matches the empty text/],
    ["(unclosed", /not a valid regular expression/],
    // Polynomial backtracking: adjacent unbounded repeats, and choices that multiply.
    [".*.*.*.*x", /at most one unbounded repeat/],
    ["\\w+\\w+!", /at most one unbounded repeat/],
    ["a{2,}b+", /at most one unbounded repeat/],
    ["a?a?a?a?a?a?a?a?a?a?aaaaaaaaaa", /too many ways to match/],
    ["(?:a|b|c)(?:a|b|c)(?:a|b|c)(?:a|b|c)(?:a|b|c)(?:a|b|c)(?:a|b|c)", /too many ways to match/],
    ["\\w{1,50}\\w{1,50}x", /too many ways to match/],
    ["", /empty/],
  ])("rejects %s", (pattern, reason) => {
    expect(unsafeRegexReason(pattern)).toMatch(reason);
  });

  it("accepts no pattern that backtracks for seconds on a long line (spot checks)", () => {
    const text = "a".repeat(2000);
    for (const pattern of ["a.*b", "a+b", "a{1,100}a{1,10}b", "(?:a|aa)a{1,9}b"]) {
      if (unsafeRegexReason(pattern) !== null) continue;
      const started = performance.now();
      const regex = new RegExp(pattern, "giu");
      for (let i = 0; i < text.length; i += 300) [...text.slice(i, i + 400).matchAll(regex)];
      expect(performance.now() - started, pattern).toBeLessThan(2000);
    }
  });

  it("rejects patterns longer than the limit", () => {
    expect(unsafeRegexReason("a".repeat(400))).toMatch(/longer than/);
  });
});
