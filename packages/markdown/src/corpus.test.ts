/**
 * Every .md and .txt file of the dev corpus: parsing never throws, every map
 * is sound (letters map to themselves, monotonic, inside the source), and
 * the page furniture of the PDF/OCR files is set apart.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkDocumentMaps } from "./map-check.js";
import { parseMarkdown } from "./parse-markdown.js";
import { parseText } from "./parse-text.js";

const CORPUS = "/work/shared/corpus/dev";
const files = readdirSync(CORPUS).filter((f) => /\.(md|txt)$/.test(f) && f !== "README.md").sort();
const labels = JSON.parse(readFileSync(join(CORPUS, "labels.json"), "utf8")) as { documents: Array<{ file: string; lang: string }> };
const labelledLanguage = new Map(labels.documents.map((d) => [d.file, d.lang]));

function parse(file: string) {
  const text = readFileSync(join(CORPUS, file), "utf8");
  return file.endsWith(".txt") ? parseText(text, { uri: file }) : parseMarkdown(text, { uri: file });
}

describe("dev corpus", () => {
  it("has the Markdown and text files the invariants run on", () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  it.each(files)("%s: maps are sound and letters map to themselves", (file) => {
    const doc = parse(file);
    expect(doc.blocks.length).toBeGreaterThan(3);
    expect(checkDocumentMaps(doc)).toEqual([]);
    expect(doc.title).not.toBeNull();
    expect(doc.blocks.every((b, i) => b.index === i && b.section >= 0 && b.section < doc.sections.length)).toBe(true);
  });

  it.each(files)("%s: the detected language is the labelled one", (file) => {
    expect(parse(file).language).toBe(labelledLanguage.get(file));
  });

  it.each([
    ["fritidsgardar-solvik.md", 8, 7],
    ["krisberedskapsplan-fjardhamn.txt", 4, 0],
    ["oversiktsplan-sociala-fragor-frosaker.txt", 4, 0],
    ["riktlinje-lss-boende-granvik.txt", 6, 0],
    ["anti-poverty-strategy-glenhallow.txt", 5, 6],
  ])("%s: page furniture and table of contents are not body text", (file, furniture, toc) => {
    const doc = parse(file);
    expect(doc.blocks.filter((b) => b.role === "furniture")).toHaveLength(furniture);
    expect(doc.blocks.filter((b) => b.role === "toc")).toHaveLength(toc);
    for (const b of doc.blocks.filter((x) => x.role === "body")) {
      expect(b.text).not.toMatch(/Sida \d+ av \d+|\.{6,}/);
    }
  });

  it("rejoins words hyphenated across lines in PDF and OCR text", () => {
    const solvik = parse("fritidsgardar-solvik.md").blocks.map((b) => b.text).join("\n");
    expect(solvik).toContain("efterstravas");
    expect(solvik).toContain("Personalschemat");
    const granvik = parse("riktlinje-lss-boende-granvik.txt").blocks.map((b) => b.text).join("\n");
    expect(granvik).toContain("utvecklingsst6rda");
    const fjardhamn = parse("krisberedskapsplan-fjardhamn.txt").blocks.map((b) => b.text).join("\n");
    expect(fjardhamn).toContain("barn- och utbildningsforvaltningen");
    expect(fjardhamn).toContain("LSS-insatser");
  });
});
