import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lineStarts, lintDocument, positionAt } from "../../packages/core/dist/index.js";
import { readDocx } from "../../packages/docx/src/index.js";
import { documentXml, oracleParagraphs, positionProblems } from "./oracle.js";

// CI checks out ../shared beside the repository (see .ci/run).
const CORPUS = join(import.meta.dirname, "../../../shared/corpus/dev");

interface Labels {
  documents: Array<{ file: string; lang: "sv" | "en"; spans: Array<{ rule: string; line: number; text?: string }> }>;
}

const labels = JSON.parse(readFileSync(join(CORPUS, "labels.json"), "utf8")) as Labels;
const docxFiles = labels.documents.filter((d) => d.file.endsWith(".docx"));

describe("the .docx documents of the dev corpus", () => {
  it("are all there (16 files)", () => {
    expect(docxFiles).toHaveLength(16);
  });

  for (const entry of docxFiles) {
    it(`${entry.file}: labelled lines are the paragraphs the labels mean, and every block sits at its paragraph`, async () => {
      const bytes = new Uint8Array(readFileSync(join(CORPUS, entry.file)));
      const doc = await readDocx(bytes, { uri: entry.file });
      const lines = doc.source.split("\n");
      const starts = lineStarts(doc.source);
      const paragraphs = oracleParagraphs(await documentXml(bytes));
      expect(lines).toEqual(paragraphs);
      expect(positionProblems(doc, paragraphs)).toEqual([]);
      expect(doc.language).toBe(entry.lang);
      for (const span of entry.spans) {
        const line = lines[span.line - 1];
        expect(line, `${span.rule} line ${span.line}`).toBeDefined();
        if (span.text) expect(line, `${span.rule} line ${span.line}`).toContain(span.text);
        // The labelled paragraph is a block the rules see.
        const block = doc.blocks.find((b) => positionAt(starts, b.map[0]).line === span.line - 1);
        expect(block?.text, `${span.rule} line ${span.line} has a block`).toBe(line);
      }
      // Every span finding of the engine points (paragraph, column) at its flagged text in word/document.xml.
      for (const d of lintDocument(doc).diagnostics) {
        if (d.state !== undefined) continue;
        const { start, end } = d.range;
        expect(start.line, d.ruleId).toBe(end.line);
        expect(paragraphs[start.line].slice(start.column, end.column), `${d.ruleId} at ${start.line + 1}:${start.column}`).toBe(d.text);
      }
    });
  }
});
