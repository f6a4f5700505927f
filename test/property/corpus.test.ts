/**
 * The same invariants over every dev-corpus document: Markdown and text
 * through their parsers, .docx through the Word reader (positions refer to
 * its virtual source, one line per paragraph, so slices are exact).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lintDocument } from "../../packages/core/dist/index.js";
import { readDocx } from "../../packages/docx/dist/index.js";
import { parseMarkdown, parseText } from "../../packages/markdown/dist/index.js";
import { asJson, expectResultInvariants, SPAN_RULES } from "./invariants.js";

const CORPUS = path.resolve(import.meta.dirname, "../../../shared/corpus/dev");
const files = readdirSync(CORPUS)
  .filter((f) => /\.(md|txt|docx)$/.test(f) && f !== "README.md")
  .sort();

describe("dev corpus invariants", () => {
  it("covers all three formats", () => {
    for (const ext of [".md", ".txt", ".docx"]) expect(files.some((f) => f.endsWith(ext)), ext).toBe(true);
  });

  it.each(files)("%s", async (name) => {
    const bytes = readFileSync(path.join(CORPUS, name));
    const doc = name.endsWith(".docx")
      ? await readDocx(new Uint8Array(bytes), { uri: name })
      : name.endsWith(".md")
        ? parseMarkdown(bytes.toString("utf8"), { uri: name })
        : parseText(bytes.toString("utf8"), { uri: name });
    const result = lintDocument(doc);
    expectResultInvariants(doc, result, { exactSlices: doc.format === "docx" });
    expect(asJson(lintDocument(doc))).toBe(asJson(result));
    // Each document is linted for real (coverage for the document rules at least).
    expect(Object.keys(result.coverage.rules).length).toBeGreaterThan(0);
    if (result.diagnostics.some((d) => SPAN_RULES.has(d.ruleId))) expect(doc.blocks.length).toBeGreaterThan(0);
  });
});
