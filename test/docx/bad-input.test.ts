import { readFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import JSZip from "jszip";
import { beforeAll, describe, expect, it } from "vitest";
import { MrlintInputError } from "../../packages/core/dist/index.js";
import { readDocx } from "../../packages/docx/src/index.js";
import { oleCompoundFile, swedishPolicyFixture } from "../helpers/docx-fixtures.js";
import { LibreOffice, tempDir } from "./libreoffice.js";

const FILE = "utkast.docx";
let good: Uint8Array;

beforeAll(async () => {
  good = (await swedishPolicyFixture()).bytes;
});

async function failure(bytes: Uint8Array, options: Parameters<typeof readDocx>[1] = {}): Promise<MrlintInputError> {
  try {
    await readDocx(bytes, { uri: FILE, ...options });
  } catch (e) {
    if (e instanceof MrlintInputError) return e;
    throw new Error(`not an MrlintInputError: ${String(e)}`);
  }
  throw new Error("readDocx accepted the input");
}

async function expectError(bytes: Uint8Array, code: string, message: RegExp, options: Parameters<typeof readDocx>[1] = {}) {
  const e = await failure(bytes, options);
  expect(e.code).toBe(code);
  expect(e.file).toBe(FILE);
  expect(e.message).toContain(FILE);
  expect(e.message).toMatch(message);
}

async function zipOf(files: Record<string, string | Uint8Array>, compression: "STORE" | "DEFLATE" = "DEFLATE"): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(files)) zip.file(name, data, { createFolders: false });
  return zip.generateAsync({ type: "uint8array", compression });
}

async function withPart(bytes: Uint8Array, name: string, text: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  zip.file(name, text);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Make the zip directory (and local header) of `name` claim `size` uncompressed bytes. */
function lieAboutSize(bytes: Uint8Array, name: string, size: number): Uint8Array {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const nameBytes = new TextEncoder().encode(name);
  for (let i = 0; i + 46 < out.length; i++) {
    const sig = view.getUint32(i, true);
    const isCentral = sig === 0x02014b50;
    const isLocal = sig === 0x04034b50;
    if (!isCentral && !isLocal) continue;
    const nameLen = view.getUint16(i + (isCentral ? 28 : 26), true);
    const nameAt = i + (isCentral ? 46 : 30);
    if (nameLen !== nameBytes.length || !nameBytes.every((b, k) => out[nameAt + k] === b)) continue;
    view.setUint32(i + (isCentral ? 24 : 22), size, true);
  }
  return out;
}

describe("readDocx refuses bad input with a clear error naming the file", () => {
  it("not a zip: text, PDF, empty", async () => {
    await expectError(new TextEncoder().encode("# Policy\n\nDet här är Markdown.\n"), "docx-not-zip", /a text file/);
    await expectError(new TextEncoder().encode("%PDF-1.7\n%âãÏÓ\n1 0 obj\n"), "docx-not-zip", /a PDF file/);
    await expectError(new Uint8Array(0), "docx-not-zip", /an empty file/);
  });

  it("an encrypted (password-protected) document: an OLE file with EncryptionInfo", async () => {
    const ole = oleCompoundFile({ EncryptionInfo: new Uint8Array(200).fill(4), EncryptedPackage: new Uint8Array(5000).fill(7) });
    await expectError(ole, "docx-encrypted", /encrypted \(password-protected\)/);
    const sv = await failure(ole, { locale: "sv" });
    expect(sv.message).toMatch(/krypterad \(lösenordsskyddad\)/);
  });

  it("an old .doc written by LibreOffice says to save it as .docx; other OLE files are named as such", async () => {
    const tmp = tempDir("mrlint-bad-");
    const lo = new LibreOffice();
    try {
      const source = join(import.meta.dirname, "../../fixtures/docx/libreoffice-policy.fodt");
      const doc = await lo.convert(source, tmp.path, "doc:MS Word 97");
      await expectError(new Uint8Array(await readFile(doc)), "docx-legacy-doc", /Word 97-2003 \.doc.*save it as \.docx/);
      const odt = await lo.convert(source, tmp.path, "odt");
      await expectError(new Uint8Array(await readFile(odt)), "docx-not-word", /OpenDocument/);
    } finally {
      lo.dispose();
      tmp.cleanup();
    }
    await expectError(oleCompoundFile({ Workbook: new Uint8Array(10) }), "docx-legacy-office", /old binary Office file/);
  }, 120_000);

  it("a zip that is no Word document", async () => {
    await expectError(await zipOf({ "hej.txt": "hej" }), "docx-no-document", /word\/document\.xml/);
    await expectError(await zipOf({ "[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>" }), "docx-not-word", /Excel/);
  });

  it("a damaged zip", async () => {
    await expectError(good.slice(0, Math.floor(good.length / 2)), "docx-corrupt", /damaged zip/);
    // Garble the compressed bytes of word/document.xml.
    const zip = await zipOf({ "word/document.xml": `<w:document xmlns:w="x"><w:body>${"<w:p><w:r><w:t>text</w:t></w:r></w:p>".repeat(200)}</w:body></w:document>` });
    const broken = zip.slice();
    for (let i = 60; i < 120; i++) broken[i] ^= 0x5a;
    const e = await failure(broken);
    expect(["docx-corrupt", "docx-xml-malformed"]).toContain(e.code);
  });

  it("a zip bomb: too many entries, too large a declared size, and an entry that lies about its size", async () => {
    const many: Record<string, string> = { "word/document.xml": "<w:document/>" };
    for (let i = 0; i < 2001; i++) many[`word/media/f${i}.txt`] = "x";
    await expectError(await zipOf(many, "STORE"), "docx-too-many-entries", /2002 entries.*at most 2000/);
    await expectError(good, "docx-too-many-entries", /at most 5/, { limits: { maxDocxEntries: 5 } });
    await expectError(good, "docx-too-large", /at most 1 kB/, { limits: { maxDocxUncompressedBytes: 1000 } });
    const bomb = await zipOf({ "word/document.xml": new Uint8Array(30_000_000) });
    expect(bomb.length).toBeLessThan(100_000);
    await expectError(lieAboutSize(bomb, "word/document.xml", 1000), "docx-too-large", /at most 10 MB/, { limits: { maxDocxUncompressedBytes: 10_000_000 } });
    await expectError(bomb, "docx-too-large", /at most 10 MB/, { limits: { maxDocxUncompressedBytes: 10_000_000 } });
  });

  it("XML with a DOCTYPE or entities is refused, never resolved", async () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>`;
    await expectError(await withPart(good, "word/document.xml", xxe), "docx-xml-doctype", /word\/document\.xml.*DOCTYPE/);
    const laughs = `<?xml version="1.0"?><!DOCTYPE s [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]><w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>`;
    await expectError(await withPart(good, "word/styles.xml", laughs), "docx-xml-doctype", /word\/styles\.xml/);
  });

  it("malformed XML names the part", async () => {
    await expectError(await withPart(good, "word/document.xml", `<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>halv`), "docx-xml-malformed", /word\/document\.xml is not well-formed XML/);
  });

  it("a file over limits.maxFileBytes", async () => {
    await expectError(good, "file-too-large", /limits\.maxFileBytes/, { limits: { maxFileBytes: 100 } });
  });

  it("never throws anything but MrlintInputError on damaged copies of a real document", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 }), async (flips) => {
        const bytes = good.slice();
        for (const [at, x] of flips) bytes[at % bytes.length] ^= x;
        try {
          const doc = await readDocx(bytes, { uri: FILE });
          expect(typeof doc.source).toBe("string");
        } catch (e) {
          expect(e).toBeInstanceOf(MrlintInputError);
        }
      }),
      { numRuns: 60, seed: 20261121 },
    );
  });
});
