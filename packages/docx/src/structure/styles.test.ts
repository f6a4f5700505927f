import { describe, expect, it } from "vitest";
import { classifyHtml } from "./classify.js";
import { readStyles } from "./styles.js";

const styles = `<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Rubrik1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Rubrik2"><w:name w:val="Rubrik 2"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="KommunRubrik"><w:name w:val="Kommun rubrik"/><w:basedOn w:val="Rubrik1"/></w:style>
<w:style w:type="paragraph" w:styleId="Innehllsfrteckningsrubrik"><w:name w:val="TOC Heading"/><w:basedOn w:val="Rubrik1"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Innehll1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Rubrik"><w:name w:val="Title"/></w:style>
<w:style w:type="paragraph" w:styleId="Citat"><w:name w:val="Quote"/></w:style>
<w:style w:type="character" w:styleId="Rubrik1Char"><w:name w:val="Rubrik 1 Char"/></w:style>
</w:styles>`;

describe("readStyles", () => {
  const s = readStyles(styles);
  it("finds heading levels by name, id, title and inherited outline level, but not for TOC headings", () => {
    expect(["Rubrik1", "Rubrik2", "KommunRubrik", "Innehllsfrteckningsrubrik", "Rubrik", "Normal", "Rubrik1Char"].map((id) => s.headingLevel(id))).toEqual([1, 2, 1, undefined, 1, undefined, undefined]);
    expect(s.headingLevel("Rubrik3")).toBe(3); // Swedish built-in id missing from styles.xml
  });
  it("recognises quote and table-of-contents styles", () => {
    expect(s.isQuote("Citat")).toBe(true);
    expect(s.isQuote("Normal")).toBe(false);
    expect(s.isToc("Innehll1")).toBe(true);
    expect(s.isToc("Innehllsfrteckningsrubrik")).toBe(true);
  });
  it("builds mammoth style-map lines for them", () => {
    expect(s.styleMap).toContain("p[style-name='Rubrik 2'] => h2:fresh");
    expect(s.styleMap).toContain("p[style-name='Kommun rubrik'] => h1:fresh");
    expect(s.styleMap).toContain("p[style-name='Title'] => h1:fresh");
    expect(s.styleMap).toContain("p[style-name='Quote'] => blockquote > p:fresh");
    expect(s.styleMap.some((l) => l.includes("TOC Heading"))).toBe(false);
  });
});

describe("classifyHtml", () => {
  it("classifies each tagged paragraph by the elements around its tag", () => {
    const html =
      '<h1><a id="mrlintp0"></a>Titel</h1><p><a id="mrlintp1"></a>Text</p><ul><li><a id="mrlintp2"></a>Ett<ul><li><a id="mrlintp3"></a>Två</li></ul></li></ul>' +
      '<table><tr><td><p><a id="mrlintp4"></a>Cell</p></td></tr></table><blockquote><p><a id="mrlintp5"></a>Citat</p></blockquote><h3><a id="other"></a><a id="mrlintp6"></a>Tre</h3>';
    expect([...classifyHtml(html).entries()]).toEqual([
      [0, { kind: "heading", depth: 1, quoted: false }],
      [1, { kind: "paragraph", depth: 0, quoted: false }],
      [2, { kind: "list-item", depth: 1, quoted: false }],
      [3, { kind: "list-item", depth: 2, quoted: false }],
      [4, { kind: "paragraph", depth: 0, quoted: false }],
      [5, { kind: "quote", depth: 0, quoted: true }],
      [6, { kind: "heading", depth: 3, quoted: false }],
    ]);
  });
});
