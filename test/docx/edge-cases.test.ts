import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import type { Diagnostic } from "../../packages/core/dist/index.js";
import { readDocx, writeReview } from "../../packages/docx/src/index.js";
import { swedishPolicyFixture } from "../helpers/docx-fixtures.js";
import { coverageOf, reviewedComments } from "./review-helpers.js";

let good: Uint8Array;
beforeAll(async () => {
  good = (await swedishPolicyFixture()).bytes;
});

async function withDocument(bytes: Uint8Array, body: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file("word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}<w:sectPr/></w:body></w:document>`);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const odd = (line: number, column: number, endLine: number, endColumn: number): Diagnostic => ({
  ruleId: "mr/test",
  level: "info",
  message: "Udda position.",
  messageId: "x",
  range: { start: { line, column, offset: 0 }, end: { line: endLine, column: endColumn, offset: 0 } },
  text: "",
  fixes: [],
  url: "",
});

describe("edge cases", () => {
  it("a document without paragraphs reads as empty and reviews without comments", async () => {
    const empty = await withDocument(good, "");
    const doc = await readDocx(empty);
    expect(doc).toMatchObject({ source: "", blocks: [], title: null, suppressions: [] });
    const out = await writeReview(empty, { diagnostics: [odd(0, 0, 0, 1)], coverage: coverageOf({}), language: "sv" });
    expect((await reviewedComments(out)).comments.filter((c) => c.author === "mrlint")).toEqual([]);
    expect((await readDocx(out)).source).toBe("");
  });

  it("findings at impossible positions are anchored on the nearest paragraph, never crash", async () => {
    const doc = await readDocx(good);
    const lines = doc.source.split("\n");
    const out = await writeReview(good, { diagnostics: [odd(999, 5, 999, 9), odd(-3, -1, -3, 2), odd(Number.NaN, 0, Number.NaN, 0), odd(4, 200, 4, 300), odd(2, 0, 2, 0)], coverage: coverageOf({}), language: "sv" });
    const ours = (await reviewedComments(out)).comments.filter((c) => c.author === "mrlint");
    expect(ours.map((c) => c.anchored)).toEqual([lines[0], lines[lines.length - 1].slice(5, 9), lines[0].slice(0, 2), lines[0], lines[4].slice(-1), ""]);
    expect((await readDocx(out)).source).toBe(doc.source);
  });

  it("a title inside a layout table is still the title the summary is anchored on", async () => {
    const cell = (t: string, style = "") => `<w:tc><w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ""}<w:r><w:t>${t}</w:t></w:r></w:p></w:tc>`;
    const bytes = await withDocument(good, `<w:tbl><w:tr>${cell("Kommunlogga")}${cell("Riktlinje för bidrag", "Title")}</w:tr></w:tbl><w:p><w:r><w:t>Brödtext.</w:t></w:r></w:p>`);
    const doc = await readDocx(bytes);
    expect(doc.blocks[doc.title!]).toMatchObject({ text: "Riktlinje för bidrag", kind: "heading", table: { row: 0, column: 1 } });
    const out = await writeReview(bytes, { diagnostics: [], coverage: coverageOf({ "mr/knowledge": "missing" }), language: "sv" });
    expect((await reviewedComments(out)).comments.filter((c) => c.author === "mrlint").map((c) => c.anchored)).toEqual(["Riktlinje för bidrag"]);
  });
});
