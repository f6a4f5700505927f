import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { readDocx, writeReview } from "../../packages/docx/src/index.js";
import { swedishPolicyFixture } from "../helpers/docx-fixtures.js";
import { coverageOf, reviewedComments, spanDiagnostic } from "./review-helpers.js";

const W15 = "http://schemas.microsoft.com/office/word/2012/wordml";
const CID = "http://schemas.microsoft.com/office/word/2016/wordml/cid";
const CEX = "http://schemas.microsoft.com/office/word/2018/wordml/cex";
const DATE = "2026-11-21T12:00:00Z";

/**
 * What Word does when it saves a reviewed file: every comment paragraph gets a
 * w14:paraId, and commentsExtended / commentsIds / commentsExtensible list the
 * comments by it. We add a human reply to mrlint's summary comment, too.
 */
async function asIfSavedByWord(bytes: Uint8Array): Promise<{ bytes: Uint8Array; ids: Map<string, string> }> {
  const zip = await JSZip.loadAsync(bytes);
  let comments = await zip.file("word/comments.xml")!.async("string");
  const ids = new Map<string, string>(); // comment id -> paraId of its last paragraph
  comments = comments.replace(/<w:comment\b[^>]*w:id="(\d+)"[^>]*>[\s\S]*?<\/w:comment>/g, (c, id: string) => {
    let k = 0;
    const out = c.replace(/<w:p>/g, () => `<w:p w14:paraId="${(0x1000 + Number(id) * 16 + k++).toString(16).toUpperCase().padStart(8, "0")}">`);
    ids.set(id, (0x1000 + Number(id) * 16 + k - 1).toString(16).toUpperCase().padStart(8, "0"));
    return out;
  });
  const summaryId = [...comments.matchAll(/<w:comment\b[^>]*w:id="(\d+)"[^>]*w:author="mrlint"/g)][0][1];
  ids.set("900", "0000ABCD");
  comments = comments.replace(
    "</w:comments>",
    `<w:comment w:id="900" w:author="Anna Ek" w:date="${DATE}" w:initials="AE"><w:p w14:paraId="0000ABCD"><w:r><w:t>Håller med om sammanfattningen.</w:t></w:r></w:p></w:comment></w:comments>`,
  );
  if (!/xmlns:w14=/.test(comments)) comments = comments.replace("<w:comments ", `<w:comments xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" `);
  zip.file("word/comments.xml", comments);
  const entries = [...ids.entries()];
  zip.file(
    "word/commentsExtended.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w15:commentsEx xmlns:w15="${W15}">` +
      entries.map(([id, p]) => `<w15:commentEx w15:paraId="${p}"${id === "900" ? ` w15:paraIdParent="${ids.get(summaryId)}"` : ""} w15:done="0"/>`).join("") +
      `</w15:commentsEx>`,
  );
  zip.file(
    "word/commentsIds.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w16cid:commentsIds xmlns:w16cid="${CID}">` +
      entries.map(([id, p]) => `<w16cid:commentId w16cid:paraId="${p}" w16cid:durableId="7${id.padStart(7, "0")}"/>`).join("") +
      `</w16cid:commentsIds>`,
  );
  zip.file(
    "word/commentsExtensible.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w16cex:commentsExtensible xmlns:w16cex="${CEX}">` +
      entries.map(([id]) => `<w16cex:commentExtensible w16cex:durableId="7${id.padStart(7, "0")}" w16cex:dateUtc="${DATE}"/>`).join("") +
      `</w16cex:commentsExtensible>`,
  );
  let rels = await zip.file("word/_rels/document.xml.rels")!.async("string");
  rels = rels.replace(
    "</Relationships>",
    `<Relationship Id="rIdX1" Type="http://schemas.microsoft.com/office/2011/relationships/commentsExtended" Target="commentsExtended.xml"/>` +
      `<Relationship Id="rIdX2" Type="http://schemas.microsoft.com/office/2016/09/relationships/commentsIds" Target="commentsIds.xml"/>` +
      `<Relationship Id="rIdX3" Type="http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible" Target="commentsExtensible.xml"/></Relationships>`,
  );
  zip.file("word/_rels/document.xml.rels", rels);
  return { bytes: await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }), ids };
}

let saved: { bytes: Uint8Array; ids: Map<string, string> };
let rereviewed: Uint8Array;
let firstMrlintIds: string[];

beforeAll(async () => {
  const fixture = await swedishPolicyFixture();
  const doc = await readDocx(fixture.bytes);
  const findings = { diagnostics: [spanDiagnostic(doc, "mr/vague-commitment", "i möjligaste mån", "Vag formulering.")], coverage: coverageOf({ "mr/knowledge": "missing" }), language: "sv" as const };
  const reviewed = await writeReview(fixture.bytes, findings, { date: DATE });
  firstMrlintIds = (await reviewedComments(reviewed)).comments.filter((c) => c.author === "mrlint").map((c) => c.id);
  saved = await asIfSavedByWord(reviewed);
  rereviewed = await writeReview(saved.bytes, findings, { date: DATE });
});

describe("reviewing a file Word has saved since the last review", () => {
  it("drops the earlier mrlint comments from commentsExtended, commentsIds and commentsExtensible, keeping the others", async () => {
    const zip = await JSZip.loadAsync(rereviewed);
    const ext = await zip.file("word/commentsExtended.xml")!.async("string");
    const cid = await zip.file("word/commentsIds.xml")!.async("string");
    const cex = await zip.file("word/commentsExtensible.xml")!.async("string");
    for (const [id, paraId] of saved.ids) {
      const removed = firstMrlintIds.includes(id);
      expect(ext.includes(`w15:paraId="${paraId}"`), `commentsExtended ${id}`).toBe(!removed);
      expect(cid.includes(`w16cid:paraId="${paraId}"`), `commentsIds ${id}`).toBe(!removed);
      expect(cex.includes(`w16cex:durableId="7${id.padStart(7, "0")}"`), `commentsExtensible ${id}`).toBe(!removed);
    }
    // The reply to the removed summary is kept as a top-level comment.
    expect(ext).toContain('w15:paraId="0000ABCD" w15:done="0"');
    expect(ext).not.toContain("paraIdParent");
  });

  it("keeps the human comments, adds the new mrlint ones once, and leaves the text alone", async () => {
    const { comments } = await reviewedComments(rereviewed);
    expect(comments.filter((c) => c.author === "Anna Ek").map((c) => c.text)).toEqual([
      "Vilken dialog avses?",
      "mrlint-disable mr/hidden-actor -- rutin, inte policy",
      "Håller med om sammanfattningen.",
    ]);
    expect(comments.filter((c) => c.author === "mrlint").map((c) => c.anchored)).toEqual(["Policy för mänskliga rättigheter i Exempelby kommun", "i möjligaste mån"]);
    expect((await readDocx(rereviewed)).source).toBe((await readDocx(saved.bytes)).source);
  });
});
