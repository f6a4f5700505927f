import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isConfigFile, isLintableDocx, pathToUri, reviewPathFor, textFormatOf, uriToPath } from "./uris.js";
import { SERVER_VERSION } from "./version.js";

describe("textFormatOf", () => {
  it("uses the language id of VS Code and Neovim, then the extension", () => {
    expect(textFormatOf("markdown", "file:///a.txt")).toBe("markdown");
    expect(textFormatOf("plaintext", "untitled:Untitled-1")).toBe("text");
    expect(textFormatOf("text", "file:///a")).toBe("text");
    expect(textFormatOf("", "file:///plan.MD")).toBe("markdown");
    expect(textFormatOf("", "file:///notes.txt?x=1")).toBe("text");
    expect(textFormatOf("typescript", "file:///a.ts")).toBeUndefined();
  });
});

describe("paths", () => {
  it("round-trips file URIs with å/ä/ö and spaces, and rejects other schemes", () => {
    const path = "/tmp/plan för äldre.md";
    expect(uriToPath(pathToUri(path))).toBe(path);
    expect(uriToPath("untitled:Untitled-1")).toBeUndefined();
  });

  it("knows Word lock files, review copies and config files", () => {
    expect(isLintableDocx("/w/plan.docx")).toBe(true);
    expect(isLintableDocx("/w/PLAN.DOCX")).toBe(true);
    expect(isLintableDocx("/w/~$plan.docx")).toBe(false);
    expect(isLintableDocx("/w/plan.mrlint-review.docx")).toBe(false);
    expect(isLintableDocx("/w/plan.doc")).toBe(false);
    expect(reviewPathFor("/w/plan.docx")).toBe("/w/plan.mrlint-review.docx");
    expect(isConfigFile("/w/sub/.mrlintrc.yaml")).toBe(true);
    expect(isConfigFile("/w/mrlint.config.json")).toBe(true);
    expect(isConfigFile("/w/config.json")).toBe(false);
  });
});

describe("version", () => {
  it("reports the package's version", () => {
    const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
    expect(SERVER_VERSION).toBe(pkg.version);
  });
});
