/** A temporary copy of fixtures/lsp/workspace with a generated Word file in it. */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { Document, HeadingLevel, Packer, Paragraph } from "docx";
import { repoRoot } from "./client.js";

export interface TempWorkspace {
  dir: string;
  uri: string;
  file(name: string): string;
  fileUri(name: string): string;
  remove(): void;
}

/** A .docx with a title, a heading and the given body paragraphs (one w:p each). */
export async function makeDocx(paragraphs: string[]): Promise<Buffer> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: "Riktlinje för hemtjänst", heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ text: "Syfte", heading: HeadingLevel.HEADING_2 }),
          ...paragraphs.map((text) => new Paragraph({ text })),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

export async function makeWorkspace(): Promise<TempWorkspace> {
  const dir = mkdtempSync(join(tmpdir(), "mrlint-lsp-"));
  cpSync(join(repoRoot, "fixtures", "lsp", "workspace"), dir, { recursive: true });
  writeFileSync(join(dir, "hemtjanst.docx"), await makeDocx(["Stödet gäller även handikappade i kommunen."]));
  return {
    dir,
    uri: pathToFileURL(dir).href,
    file: (name) => join(dir, name),
    fileUri: (name) => pathToFileURL(join(dir, name)).href,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
