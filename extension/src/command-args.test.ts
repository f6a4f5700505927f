import { describe, expect, it } from "vitest";
import { fileNameOf, uriFromArgs } from "./command-args.js";

describe("uriFromArgs", () => {
  it("takes a URI string, a Uri-like object, or falls back to the active document", () => {
    expect(uriFromArgs(["file:///a.docx"])).toBe("file:///a.docx");
    expect(uriFromArgs([{ scheme: "file", toString: () => "file:///b.docx" }])).toBe("file:///b.docx");
    expect(uriFromArgs([], "file:///c.md")).toBe("file:///c.md");
    expect(uriFromArgs([42])).toBeUndefined();
  });
});

describe("fileNameOf", () => {
  it("decodes the last path segment", () => {
    expect(fileNameOf("file:///tmp/plan%20f%C3%B6r%20%C3%A4ldre.md")).toBe("plan för äldre.md");
  });
});
