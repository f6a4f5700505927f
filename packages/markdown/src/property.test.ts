/**
 * Property tests: on any input, including junk, unbalanced markup, NUL bytes
 * and lone surrogates, the parsers never throw and the maps stay sound.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkDocumentMaps } from "./map-check.js";
import { parseMarkdown } from "./parse-markdown.js";
import { parseText } from "./parse-text.js";

const FRAGMENTS = [
  "**", "*", "_", "__", "`", "``", "~~", "[", "]", "](", ")", "[^1]", "[^1]: not", "![alt](x.png)", "<", ">", "> ", "- ", "* ",
  "1. ", "2) ", "# ", "## ", "|", " | ", "|---|---|", "---", "===", "\n", "\n\n", "\r\n", "\r", "\\", "\\*", "&amp;", "&auml;",
  "&#228;", "&#x1F600;", "&#0;", "&bogus;", "&", ";", "<!--", "-->", "<!-- mrlint-disable -->", "<!-- mrlint-disable-next-line mr/a -->",
  "<!-- mrlint-enable -->", "<div>", "</div>", "```", "    ", "\t", "\f", "\0", "\ud800", "\udc00", "\ufeff", "\u00ad", "ä", "Å",
  "upp-\nföljning", "jämställdhets-\noch", "Sida 2 av 3", "- 3 -", "Innehåll", "Uppföljning ....... 4", "INLEDNING", "1 SYFTE",
  "Kommunen ska", " följa upp ", "planen.", "www.example.se", "https://x.se/a_b", "é", "6", "---\nmrlint: [\n---\n",
];

const markdownish = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 6 }), fc.string({ unit: "binary", maxLength: 4 })), {
    maxLength: 60,
  })
  .map((parts) => parts.join(""));

const runs = { numRuns: 300 };

describe("parsers on random input", () => {
  it("parseMarkdown never throws and its maps hold", () => {
    fc.assert(
      fc.property(markdownish, (text) => {
        const doc = parseMarkdown(text);
        expect(checkDocumentMaps(doc, { allowReferences: true })).toEqual([]);
        expect(doc.blocks.every((b) => b.text.length > 0)).toBe(true);
        for (const s of doc.suppressions) expect(0 <= s.start && s.start <= s.end && s.end <= doc.source.length).toBe(true);
      }),
      runs,
    );
  });

  it("parseText never throws and its maps hold", () => {
    fc.assert(
      fc.property(markdownish, (text) => {
        const doc = parseText(text);
        expect(checkDocumentMaps(doc)).toEqual([]);
        for (const s of doc.suppressions) expect(0 <= s.start && s.start <= s.end && s.end <= doc.source.length).toBe(true);
      }),
      runs,
    );
  });

  it("CRLF and LF versions of any text give the same block texts", () => {
    fc.assert(
      fc.property(markdownish, (text) => {
        const lf = text.replace(/\r\n?/g, "\n");
        const crlf = lf.replace(/\n/g, "\r\n");
        expect(parseMarkdown(crlf).blocks.map((b) => b.text)).toEqual(parseMarkdown(lf).blocks.map((b) => b.text));
        expect(parseText(crlf).blocks.map((b) => b.text)).toEqual(parseText(lf).blocks.map((b) => b.text));
      }),
      runs,
    );
  });
});
