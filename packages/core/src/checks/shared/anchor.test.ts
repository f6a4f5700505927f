import { describe, expect, it } from "vitest";
import { testDocument } from "../../analysis/test-document.js";
import { comparableHeading, findAnchorBlock, headingMatcher } from "./anchor.js";

describe("findAnchorBlock", () => {
  const doc = testDocument([
    "# Riktlinje för hemtjänst",
    "Inledande text om uppföljning.",
    { kind: "heading", text: "Uppföljning i metadata", depth: 2, role: "metadata" },
    "## 4.2 Ansvar",
    "## 5 Uppföljning och utvärdering:",
    "## Återuppföljning",
  ]);

  it("finds the first body heading that holds a wanted heading at a word start", () => {
    expect(findAnchorBlock(doc, headingMatcher(["Uppföljning"]))).toBe(4);
    expect(findAnchorBlock(doc, headingMatcher(["Ansvar", "Uppföljning"]))).toBe(3);
    expect(findAnchorBlock(doc, headingMatcher(["utvärdering"]))).toBe(4);
    expect(findAnchorBlock(doc, headingMatcher(["Budget"]))).toBeNull();
    expect(findAnchorBlock(doc, headingMatcher([]))).toBeNull();
  });

  it("answers as the plain title test does, and again for a changed block list", () => {
    for (const wanted of [["Uppföljning"], ["ansvar"], ["hemtjänst"], ["följning"], ["Budget"], []]) {
      const matcher = headingMatcher(wanted);
      expect(findAnchorBlock(doc, matcher)).toBe(findAnchorBlock(doc, (title) => matcher(title)));
      for (const block of doc.blocks) expect(matcher.comparable(comparableHeading(block.text))).toBe(matcher(block.text));
    }
    const other = { ...doc, blocks: doc.blocks.filter((b) => b.index !== 4).map((b, index) => ({ ...b, index })) };
    expect(findAnchorBlock(other, headingMatcher(["Uppföljning"]))).toBeNull();
  });
});
