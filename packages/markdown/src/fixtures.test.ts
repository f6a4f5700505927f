/**
 * Parser fixtures: every document in fixtures/markdown is parsed and the
 * whole model compared with its reviewed `.expected.json`. Set
 * UPDATE_FIXTURES=1 to rewrite the expected files after a deliberate change.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import type { PolicyDocument } from "@mrlint/core";
import { checkDocumentMaps } from "./map-check.js";
import { parseMarkdown } from "./parse-markdown.js";
import { parseText } from "./parse-text.js";

const DIR = join(dirname(fileURLToPath(import.meta.url)), "../../../fixtures/markdown");
const files = readdirSync(DIR).filter((f) => /\.(md|txt)$/.test(f) && f !== "README.md").sort();

/** The model in a reviewable form: each block with the source its map points at. */
function describeDocument(doc: PolicyDocument) {
  return {
    language: doc.language,
    languageSource: doc.languageSource,
    title: doc.title,
    inlineConfig: doc.inlineConfig ?? null,
    notes: doc.notes,
    suppressions: doc.suppressions.map((s) => ({ rules: s.rules, text: doc.source.slice(s.start, s.end) })),
    sections: doc.sections.map((s) => [s.title, s.depth, s.parent, s.firstBlock, s.lastBlock]),
    blocks: doc.blocks.map((b) => ({
      kind: b.kind,
      depth: b.depth,
      role: b.role,
      ...(b.quoted ? { quoted: true } : {}),
      ...(b.table ? { table: b.table } : {}),
      section: b.section,
      text: b.text,
      source: doc.source.slice(b.map[0], b.map[b.text.length]),
    })),
  };
}

describe("parser fixtures", () => {
  it("has fixtures", () => {
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  it.each(files)("%s matches its expected model", (file) => {
    const text = readFileSync(join(DIR, file), "utf8");
    const doc = file.endsWith(".txt") ? parseText(text) : parseMarkdown(text);
    expect(checkDocumentMaps(doc, { allowReferences: true })).toEqual([]);
    const actual = describeDocument(doc);
    const expectedFile = join(DIR, file.replace(/\.(md|txt)$/, ".expected.json"));
    if (process.env.UPDATE_FIXTURES === "1") writeFileSync(expectedFile, JSON.stringify(actual, null, 2) + "\n");
    expect(existsSync(expectedFile), `${expectedFile} is missing: run with UPDATE_FIXTURES=1 and review it`).toBe(true);
    expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, "utf8")));
  });
});
