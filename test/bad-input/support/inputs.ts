/**
 * The bad inputs of the catalogue, generated at test time (big and binary
 * files are never committed). Each builder writes its input below `dir`.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { oleCompoundFile } from "../../helpers/docx-fixtures.js";
import { documentXml, paragraphsXml, rawDocx } from "./docx.js";
import { storedZip } from "./zip.js";

/** A small policy every good file carries: one flagged term ("åldringar") at a known place. */
export const POLICY = "# Plan för äldreomsorg\n\nKommunen ska ge våra åldringar stöd i vardagen.\n";
export const FLAGGED = "åldringar";

/** Seeded bytes (mulberry32), so every run writes the same junk. */
export function junkBytes(length: number, seed: number): Uint8Array {
  let a = seed >>> 0;
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = (t ^ (t >>> 14)) & 0xff;
  }
  return out;
}

export function write(dir: string, rel: string, content: string | Uint8Array): string {
  const file = path.join(dir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

export function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
}

export function utf16(text: string, bigEndian: boolean, bom = true): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  let at = 0;
  if (bom) {
    out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
    at = 2;
  }
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out[at + i * 2 + (bigEndian ? 1 : 0)] = unit & 0xff;
    out[at + i * 2 + (bigEndian ? 0 : 1)] = unit >> 8;
  }
  return out;
}

/** 0-based line and column of `offset`, with LF, CRLF and lone CR as line ends (an independent count). */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 0;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === "\n" || (c === "\r" && text[i + 1] !== "\n")) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start };
}

export const longLine = (chars: number) => {
  const unit = "kommunen ska arbeta med stöd och service ";
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
};

export const deepList = (levels: number) => `# Plan\n\n${"- ".repeat(levels)}Kommunen ska ge våra åldringar stöd.\n`;
export const deepQuote = (levels: number) => `# Plan\n\n${">".repeat(levels)} Kommunen ska ge våra åldringar stöd.\n`;
export const hugeNestedList = (items: number) =>
  `# Plan\n\n${Array.from({ length: items }, (_, i) => `- Punkt ${i} om våra åldringar\n  - underpunkt`).join("\n")}\n`;

export const fiftyMegabytes = () => {
  const line = "Kommunen ska ge stöd till alla som behöver det i vardagen.\n";
  const bytes = new TextEncoder().encode(line.repeat(Math.ceil((50 * 1024 * 1024) / line.length)));
  return bytes.subarray(0, 50 * 1024 * 1024);
};

export async function docxWithParagraphs(count: number, text: (i: number) => string): Promise<Uint8Array> {
  function* texts() {
    yield "Plan för äldreomsorg";
    for (let i = 1; i < count; i++) yield text(i);
  }
  return rawDocx(documentXml(paragraphsXml(texts())));
}

export const xxeDocx = () =>
  rawDocx(
    documentXml(
      paragraphsXml(["Plan", "&xxe;"]),
      '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    ),
  );

export const malformedDocx = () => rawDocx(documentXml("<w:p><w:r><w:t>halv</w:r></w:p>"));

export const encryptedDocx = () =>
  oleCompoundFile({ EncryptionInfo: junkBytes(300, 7), EncryptedPackage: junkBytes(6000, 8) });

export const oldWordDoc = () => oleCompoundFile({ WordDocument: junkBytes(3000, 9) });

/** A zip whose only entry claims to unpack to almost 4 GB. */
export const declaredBomb = () =>
  storedZip([
    { name: "[Content_Types].xml", data: new TextEncoder().encode("<Types/>") },
    { name: "word/document.xml", data: new TextEncoder().encode("<w:document/>"), declaredSize: 0xfffffff0 },
  ]);

/** A zip of 3,000 entries. */
export const entryBomb = () =>
  storedZip(Array.from({ length: 3000 }, (_, i) => ({ name: i === 0 ? "word/document.xml" : `word/media/f${i}.bin`, data: new Uint8Array(1) })));

export const zipWithoutDocument = () => storedZip([{ name: "hej.txt", data: new TextEncoder().encode("hej") }]);

export function makeFifo(file: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  execFileSync("mkfifo", [file]);
}

/** A terms rule for a user pack, with `pattern` as its regular expression. */
export function packRule(id: string, pattern: string): string {
  return [
    `id: ${id}`,
    "type: span",
    "kind: terms",
    "level: warning",
    "title: { sv: Gammalt ord, en: Old word }",
    "description: { sv: Flaggar ett gammalt ord., en: Flags an old word. }",
    "messages:",
    '  term: { sv: "”{term}” är gammalt. Skriv {replacements}.", en: "“{term}” is old. Write {replacements}." }',
    "check:",
    "  terms:",
    "    sv:",
    `      - pattern: ${JSON.stringify(pattern)}`,
    "        replacements: [nytt ord]",
    "",
  ].join("\n");
}
