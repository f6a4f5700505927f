import { readdirSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Diagnostic, PolicyDocument } from "../../packages/core/dist/index.js";
import { readDocx, writeReview, writeReviewFile } from "../../packages/docx/src/index.js";
import { swedishPolicyFixture, type DocxFixture } from "../helpers/docx-fixtures.js";
import { LibreOffice, odfParagraphs, tempDir, type OdfParagraph } from "./libreoffice.js";
import { coverageOf, documentDiagnostic, reviewedComments, spanDiagnostic } from "./review-helpers.js";

const tmp = tempDir("mrlint-review-");
const dir = tmp.path;
const DATE = "2026-11-21T12:00:00Z";
let lo: LibreOffice;
let fixture: DocxFixture;
let doc: PolicyDocument;
let diagnostics: Diagnostic[];
let original: Uint8Array;
let reviewed: Uint8Array;
const coverage = coverageOf(
  { "mr/knowledge": "satisfied", "mr/involvement": "partial", "mr/follow-up": "missing", "mr/child-rights": "not-applicable" },
  { "mr/involvement": "Det framgår inte vilka rättighetsbärare som involveras." },
);

afterAll(() => {
  lo?.dispose();
  tmp.cleanup();
});

beforeAll(async () => {
  lo = new LibreOffice();
  fixture = await swedishPolicyFixture();
  original = fixture.bytes.slice();
  doc = await readDocx(fixture.bytes);
  diagnostics = [
    spanDiagnostic(doc, "mr/vague-commitment", "i möjligaste mån", "Vag formulering: ”i möjligaste mån” binder ingen."),
    spanDiagnostic(doc, "mr/inclusive-language", "Funktionshindrade", "Undvik ”funktionshindrade”; skriv ”personer med funktionsnedsättning”."),
    spanDiagnostic(doc, "mr/hidden-actor", "ska göras av socialnämnden", "Passiv form utan aktör."),
    spanDiagnostic(doc, "mr/hidden-actor", "Utbildning ska genomföras.", "Vem ska genomföra utbildningen?"),
    spanDiagnostic(doc, "mr/hidden-actor", "textruta ska också läsas", "Passiv form i textrutan."),
    documentDiagnostic(doc, "mr/follow-up", "1 Bakgrund", "missing", "Uppföljning saknas: ange vem som följer upp, när och hur."),
  ];
  reviewed = await writeReview(fixture.bytes, { diagnostics, coverage, language: "sv" }, { date: DATE, ruleInfo });
}, 120_000);

/** Rule metadata as a rule pack would give it (the follow-up rule only). */
const ruleInfo = (ruleId: string) =>
  ruleId === "mr/follow-up"
    ? { rationale: "Uppföljning visar om rättigheterna förverkligas. Den behöver ansvar och tid.", skeleton: "## Uppföljning\n\nVem följer upp, när och hur.", elements: { who: "VEM", when: "NÄR" } }
    : undefined;

describe("writeReview on a docx-package fixture", () => {
  it("never modifies its input", () => {
    expect(Buffer.from(fixture.bytes).equals(Buffer.from(original))).toBe(true);
  });

  it("keeps the document's text: mrlint reads the reviewed copy exactly as the original", async () => {
    const again = await readDocx(reviewed);
    expect(again.source).toBe(doc.source);
    expect(again.blocks.map((b) => [b.kind, b.text, b.depth])).toEqual(doc.blocks.map((b) => [b.kind, b.text, b.depth]));
    expect(again.suppressions).toEqual(doc.suppressions);
  });

  it("writes one comment per finding, anchored exactly on the flagged words, plus the summary on the title", async () => {
    const { comments } = await reviewedComments(reviewed);
    const ours = comments.filter((c) => c.author === "mrlint");
    expect(ours).toHaveLength(diagnostics.length + 1);
    const [summary, ...rest] = ours;
    expect(summary.anchored).toBe("Policy för mänskliga rättigheter i Exempelby kommun");
    expect(summary.text).toContain("MR-granskning: 1 av 3 kriterier uppfyllda.");
    expect(summary.text).toContain("• mr/involvement: delvis uppfyllt – Det framgår inte vilka rättighetsbärare som involveras.");
    expect(summary.text).toContain("• mr/child-rights: ej tillämpligt");
    expect(summary.text).toContain("Läsbarhet (LIX): 42.");
    rest.forEach((c, i) => {
      const d = diagnostics[i];
      expect(c.text).toContain(d.message);
      expect(c.text).toContain(d.ruleId);
      expect(c.initials).toBe("MR");
      expect(c.anchored).toBe(d.state ? "1 Bakgrund" : d.text);
    });
    expect(rest[5].text).toContain("Saknas: VEM, NÄR");
    expect(rest[5].text).toContain("Varför: Uppföljning visar om rättigheterna förverkligas.\n");
    expect(rest[5].text).toContain("Lägg till, till exempel:\nUppföljning\nVem följer upp, när och hur.");
  });

  it("keeps the existing comments, their ids and anchors, and changes no other part", async () => {
    const before = await reviewedComments(fixture.bytes);
    const after = await reviewedComments(reviewed);
    for (const c of before.comments) {
      expect(after.commentsXml).toContain(c.raw);
      expect(after.comments.find((x) => x.id === c.id)?.anchored).toBe(c.anchored);
    }
    const inZip = await JSZip.loadAsync(fixture.bytes);
    for (const name of Object.keys(inZip.files)) {
      if (name === "word/document.xml" || name === "word/comments.xml") continue;
      const a = await inZip.file(name)?.async("uint8array");
      const b = await after.zip.file(name)?.async("uint8array");
      expect(b && a && Buffer.from(a).equals(Buffer.from(b)), name).toBe(true);
    }
    expect(Object.keys(after.zip.files).sort()).toEqual(Object.keys(inZip.files).sort());
  });

  it("replaces its earlier comments when run twice, without touching the others", async () => {
    const twice = await writeReview(reviewed, { diagnostics: diagnostics.slice(0, 2), coverage, language: "sv" }, { date: DATE });
    const { comments, documentXml } = await reviewedComments(twice);
    expect(comments.filter((c) => c.author === "mrlint")).toHaveLength(3);
    expect(comments.filter((c) => c.author === "Anna Ek").map((c) => c.text)).toEqual(["Vilken dialog avses?", "mrlint-disable mr/hidden-actor -- rutin, inte policy"]);
    expect(documentXml.match(/<w:commentRangeStart /g)).toHaveLength(5);
    expect(documentXml.match(/<w:commentReference /g)).toHaveLength(5);
    expect((await readDocx(twice)).source).toBe(doc.source);
    const again = await writeReview(reviewed, { diagnostics, coverage, language: "sv" }, { date: DATE, ruleInfo });
    expect(Buffer.from(again).equals(Buffer.from(reviewed))).toBe(true);
    const thrice = await writeReview(twice, { diagnostics: diagnostics.slice(0, 2), coverage, language: "sv" }, { date: DATE });
    expect(Buffer.from(thrice).equals(Buffer.from(twice))).toBe(true);
  });

  it("is shown by LibreOffice: each comment's text is an annotation in the paragraph it is about", async () => {
    const path = join(dir, "granskad.docx");
    writeFileSync(path, reviewed);
    const fodt = await readFile(await lo.convert(path, dir, "fodt"), "utf8");
    const paragraphs = odfParagraphs(fodt);
    const withNote = (needle: string): [OdfParagraph, OdfParagraph["annotations"][number]] => {
      for (const p of paragraphs) for (const a of p.annotations) if (a.text.includes(needle)) return [p, a];
      throw new Error(`no annotation containing ${JSON.stringify(needle)}`);
    };
    const lines = doc.source.split("\n");
    for (const d of diagnostics) {
      const [p, a] = withNote(d.message);
      expect(a.author).toBe("mrlint");
      expect(p.text).toBe(lines[d.range.start.line]);
      if (!d.state) expect(a.anchored).toBe(d.text);
    }
    const [titlePara, summary] = withNote("MR-granskning");
    expect(titlePara.text).toBe(lines[0]);
    expect(summary.initials).toBe("MR");
    const [dialog, existing] = withNote("Vilken dialog avses?");
    expect(existing.author).toBe("Anna Ek");
    expect(existing.anchored).toBe("dialog");
    expect(dialog.text).toBe("Medborgarna bjuds in till dialog varje år.");
  }, 120_000);
});

describe("writeReview on a LibreOffice file without comments", () => {
  it("creates the comments part, its relationship and content type, in English", async () => {
    const html = await lo.convert(join(import.meta.dirname, "../../fixtures/docx/libreoffice-html-policy.html"), dir, "docx:MS Word 2007 XML", "HTML (StarWriter)");
    const bytes = new Uint8Array(await readFile(html));
    const d = await readDocx(bytes);
    const diag = spanDiagnostic(d, "mr/inclusive-language", "handikappade", "Avoid “handikappade”.");
    const out = await writeReview(bytes, { diagnostics: [diag], coverage: coverageOf({ "mr/contracts": "missing" }), language: "sv" }, { locale: "en", author: "Granskare", initials: "GR", date: DATE });
    const { comments, zip } = await reviewedComments(out);
    expect(comments.map((c) => [c.author, c.initials, c.anchored])).toEqual([
      ["Granskare", "GR", "Riktlinje för föreningsbidrag i Sjöby kommun"],
      ["Granskare", "GR", "handikappade"],
    ]);
    expect(comments[0].text).toContain("MR review: 0 of 1 criterion met.");
    expect(await zip.file("[Content_Types].xml")!.async("string")).toContain('PartName="/word/comments.xml"');
    expect(await zip.file("word/_rels/document.xml.rels")!.async("string")).toMatch(/Type="[^"]*\/relationships\/comments" Target="comments.xml"/);
    const fodt = await readFile(await lo.convert(await writeTemp("html-granskad.docx", out), dir, "fodt"), "utf8");
    const notes = odfParagraphs(fodt).flatMap((p) => p.annotations.map((a) => [p.text.trim(), a.anchored]));
    expect(notes).toContainEqual(["Verksamheten ska vara öppen för alla, även för handikappade.", "handikappade"]);
  }, 120_000);
});

describe("writeReviewFile", () => {
  it("writes the copy atomically and refuses to overwrite its input unless asked", async () => {
    const input = await writeTemp("indata.docx", fixture.bytes);
    const output = join(dir, "utdata.docx");
    await writeReviewFile(input, output, { diagnostics, coverage, language: "sv" }, { date: DATE, ruleInfo });
    expect(Buffer.from(await readFile(output)).equals(Buffer.from(reviewed))).toBe(true);
    await expect(writeReviewFile(input, input, { diagnostics, coverage, language: "sv" })).rejects.toMatchObject({ code: "review-overwrites-input" });
    expect(Buffer.from(await readFile(input)).equals(Buffer.from(original))).toBe(true);
    await writeReviewFile(input, input, { diagnostics, coverage, language: "sv" }, { overwrite: true, date: DATE });
    expect((await reviewedComments(new Uint8Array(await readFile(input)))).comments.filter((c) => c.author === "mrlint")).toHaveLength(diagnostics.length + 1);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

async function writeTemp(name: string, bytes: Uint8Array): Promise<string> {
  const p = join(dir, name);
  writeFileSync(p, bytes);
  return p;
}
