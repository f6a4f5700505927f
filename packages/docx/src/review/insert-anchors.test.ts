import { describe, expect, it } from "vitest";
import { scanBody } from "../body/scan-body.js";
import { insertAnchors, type Anchor } from "./insert-anchors.js";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"';
const doc = (body: string) => `<?xml version="1.0" encoding="UTF-8"?><w:document ${W}><w:body>${body}</w:body></w:document>`;

/** Text under each comment id of the rewritten part, read back with the scanner. */
function anchoredTexts(xml: string): Record<string, string> {
  const scan = scanBody(xml);
  const out: Record<string, string> = {};
  const starts = new Map(scan.comments.filter((m) => m.kind === "start").map((m) => [m.id, m]));
  for (const end of scan.comments.filter((m) => m.kind === "end")) {
    const s = starts.get(end.id)!;
    const parts: string[] = [];
    for (let p = s.paragraph; p <= end.paragraph; p++) {
      const t = scan.paragraphs[p].text;
      parts.push(t.slice(p === s.paragraph ? s.offset : 0, p === end.paragraph ? end.offset : t.length));
    }
    out[end.id] = parts.join("\n");
  }
  return out;
}

function anchor(id: number, p: number, start: number, end: number, whole = false, endP = p): Anchor {
  return { id, startParagraph: p, endParagraph: endP, startOffset: start, endOffset: end, whole };
}

describe("insertAnchors", () => {
  const body =
    `<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr><w:r w:rsidR="00A1"><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">Bidrag ska i m&#246;jligaste m&#229;n ges</w:t></w:r>` +
    `<w:r><w:t xml:space="preserve"> till &amp; med </w:t><w:tab/><w:t>alla.</w:t></w:r></w:p><w:p/>` +
    `<w:p><w:r><w:t>Två</w:t></w:r><w:ins w:id="5" w:author="A" w:date="2025-01-01T00:00:00Z"><w:r><w:t xml:space="preserve"> tillagda ord</w:t></w:r></w:ins></w:p>`;
  const xml = doc(body);
  const before = scanBody(xml).paragraphs.map((p) => p.text);

  it("splits runs so that the anchor covers exactly the flagged characters", () => {
    const text = before[0];
    const s = text.indexOf("i möjligaste mån");
    const out = insertAnchors(xml, scanBody(xml), [anchor(7, 0, s, s + "i möjligaste mån".length)]);
    expect(anchoredTexts(out)).toEqual({ "7": "i möjligaste mån" });
    expect(scanBody(out).paragraphs.map((p) => p.text)).toEqual(before);
    // Split pieces keep the run's properties.
    expect(out.match(/<w:r w:rsidR="00A1"><w:rPr><w:i\/><\/w:rPr>/g)).toHaveLength(3);
    expect(out).toContain('<w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r>');
  });

  it("handles anchors across runs, on a tab, on entities and inside an insertion", () => {
    const t0 = before[0];
    const a = t0.indexOf("ges till &");
    const tab = t0.indexOf(" alla");
    const t2 = before[2];
    const out = insertAnchors(xml, scanBody(xml), [
      anchor(1, 0, a, a + "ges till &".length),
      anchor(2, 0, tab, tab + 1),
      anchor(3, 2, t2.indexOf("tillagda"), t2.indexOf("tillagda") + "tillagda".length),
      anchor(4, 0, 0, t0.length),
    ]);
    expect(anchoredTexts(out)).toEqual({ "1": "ges till &", "2": " ", "3": "tillagda", "4": t0 });
    expect(scanBody(out).paragraphs.map((p) => p.text)).toEqual(before);
    // The anchor inside w:ins stays inside it: the insertion still wraps the split runs.
    expect(out).toMatch(/<w:ins [^>]*><w:r><w:t xml:space="preserve"> <\/w:t><\/w:r><w:commentRangeStart w:id="3"\/>/);
  });

  it("anchors whole paragraphs, including an empty self-closing one and a span over two paragraphs", () => {
    const out = insertAnchors(xml, scanBody(xml), [anchor(1, 0, 0, 0, true), anchor(2, 1, 0, 0, true), anchor(3, 0, 5, 3, false, 2)]);
    const texts = anchoredTexts(out);
    expect(texts["1"]).toBe(before[0]);
    expect(texts["2"]).toBe("");
    expect(texts["3"]).toBe(`${before[0].slice(5)}\n\nTvå`);
    // Anchors after the paragraph properties.
    expect(out).toContain('</w:pPr><w:commentRangeStart w:id="1"/>');
    expect(scanBody(out).paragraphs).toHaveLength(3);
  });

  it("does not split a run that holds a text box; it anchors around it", () => {
    const box = `<w:p><w:r><w:t>Före</w:t><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>I rutan står det</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice></mc:AlternateContent><w:t>Efter</w:t></w:r></w:p>`;
    const x = doc(box);
    const out = insertAnchors(x, scanBody(x), [anchor(1, 0, 4, 9), anchor(2, 1, 2, 7)]);
    const texts = anchoredTexts(out);
    expect(texts["1"]).toBe("FöreEfter");
    expect(texts["2"]).toBe("rutan");
  });
});
