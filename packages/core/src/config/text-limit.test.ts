import { describe, expect, it } from "vitest";
import { MrlintInputError } from "../model/errors.js";
import { checkTextSize, DEFAULT_MAX_TEXT_CHARS } from "./text-limit.js";

describe("checkTextSize", () => {
  it("accepts text up to the limit", () => {
    expect(() => checkTextSize(DEFAULT_MAX_TEXT_CHARS, "plan.md")).not.toThrow();
    expect(() => checkTextSize(10, "plan.md", 10)).not.toThrow();
  });

  it("refuses more, naming the file, the size and the config key, in both languages", () => {
    let error: unknown;
    try {
      checkTextSize(DEFAULT_MAX_TEXT_CHARS + 1, "docs/plan.md");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MrlintInputError);
    expect(error).toMatchObject({
      code: "text-too-large",
      file: "docs/plan.md",
      message: "docs/plan.md: the text is 2000001 characters long, more than the limit of 2000000 characters (limits.maxTextChars)",
    });
    expect(() => checkTextSize(11, "plan.md", 10, "sv")).toThrow("plan.md: texten är 11 tecken lång, mer än gränsen 10 tecken (limits.maxTextChars)");
  });
});
