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
    ["", /empty/],
  ])("rejects %s", (pattern, reason) => {
    expect(unsafeRegexReason(pattern)).toMatch(reason);
  });

  it("rejects patterns longer than the limit", () => {
    expect(unsafeRegexReason("a".repeat(400))).toMatch(/longer than/);
  });
});
