/**
 * .docx fixtures written by the `docx` npm package (one of the two writers
 * the Word tests use; LibreOffice is the other). Each fixture comes with the
 * text of every body paragraph in document order, which is what the reader's
 * virtual source must be, line for line.
 */
import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  InsertedTextRun,
  LevelFormat,
  Packer,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableRow,
  Textbox,
  TextRun,
  WidthType,
} from "docx";

export interface DocxFixture {
  bytes: Uint8Array;
  /** Text of each body paragraph (line i = paragraph i + 1), as read with tracked changes accepted. */
  lines: string[];
}

const CHANGE_DATE = "2025-02-11T09:30:00Z";

/**
 * Swedish policy with: a Title, Swedish heading styles (id "Rubrik1" named
 * "Rubrik 1", id "Rubrik2" named "heading 2"), empty paragraphs, a footnote,
 * a nested bulleted list, a table with a header row, a tracked insertion and
 * deletion, an existing comment, a `mrlint-disable` comment, a quote style,
 * a text box, and a tab plus line break.
 */
export async function swedishPolicyFixture(): Promise<DocxFixture> {
  const lines: string[] = [];
  const children: Array<Paragraph | Table | Textbox> = [];
  const p = (para: Paragraph, text: string) => {
    children.push(para);
    lines.push(text);
  };

  p(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun("Policy för mänskliga rättigheter i Exempelby kommun")] }), "Policy för mänskliga rättigheter i Exempelby kommun");
  p(new Paragraph("Fastställd av kommunfullmäktige 2025-01-20."), "Fastställd av kommunfullmäktige 2025-01-20.");
  p(new Paragraph(""), "");
  p(new Paragraph({ style: "Rubrik1", children: [new TextRun("1 Bakgrund")] }), "1 Bakgrund");
  p(
    new Paragraph({
      children: [
        new TextRun("Kommunen ska i möjligaste mån arbeta för jämlikhet."),
        new FootnoteReferenceRun(1),
        new TextRun(" Rutinerna ska ses över årligen."),
      ],
    }),
    "Kommunen ska i möjligaste mån arbeta för jämlikhet. Rutinerna ska ses över årligen.",
  );
  p(new Paragraph({ children: [] }), "");
  p(new Paragraph({ style: "Rubrik2", children: [new TextRun("1.1 Mål")] }), "1.1 Mål");
  p(new Paragraph({ numbering: { reference: "punkter", level: 0 }, children: [new TextRun("Alla invånare ska bemötas lika.")] }), "Alla invånare ska bemötas lika.");
  p(new Paragraph({ numbering: { reference: "punkter", level: 1 }, children: [new TextRun("Barn ska höras i frågor som rör dem.")] }), "Barn ska höras i frågor som rör dem.");
  p(new Paragraph({ numbering: { reference: "punkter", level: 0 }, children: [new TextRun("Funktionshindrade ska få stöd.")] }), "Funktionshindrade ska få stöd.");

  const cell = (text: string) => new TableCell({ width: { size: 4500, type: WidthType.DXA }, children: [new Paragraph(text)] });
  children.push(
    new Table({
      rows: [
        new TableRow({ tableHeader: true, children: [cell("Åtgärd"), cell("Ansvar")] }),
        new TableRow({ children: [cell("Utbildning ska genomföras."), cell("Kommunstyrelsen")] }),
      ],
    }),
  );
  lines.push("Åtgärd", "Ansvar", "Utbildning ska genomföras.", "Kommunstyrelsen");

  p(
    new Paragraph({
      children: [
        new TextRun("Uppföljningen ska göras"),
        new InsertedTextRun({ text: " av socialnämnden", id: 101, author: "Bo Berg", date: CHANGE_DATE }),
        new DeletedTextRun({ text: " vid behov", id: 102, author: "Bo Berg", date: CHANGE_DATE }),
        new TextRun("."),
      ],
    }),
    "Uppföljningen ska göras av socialnämnden.",
  );
  p(
    new Paragraph({
      children: [
        new TextRun("Medborgarna bjuds in till "),
        new CommentRangeStart(0),
        new TextRun("dialog"),
        new CommentRangeEnd(0),
        new TextRun({ children: [new CommentReference(0)] }),
        new TextRun(" varje år."),
      ],
    }),
    "Medborgarna bjuds in till dialog varje år.",
  );
  p(
    new Paragraph({
      children: [
        new CommentRangeStart(1),
        new TextRun("Personalen ska utbildas."),
        new CommentRangeEnd(1),
        new TextRun({ children: [new CommentReference(1)] }),
      ],
    }),
    "Personalen ska utbildas.",
  );
  p(new Paragraph({ style: "Citat", children: [new TextRun("”Vi vill bli lyssnade på”, sa en elev.")] }), "”Vi vill bli lyssnade på”, sa en elev.");
  children.push(new Textbox({ style: { width: "200pt", height: "60pt" }, children: [new Paragraph("Text i en textruta ska också läsas.")] }));
  lines.push("", "Text i en textruta ska också läsas.");
  p(
    new Paragraph({
      children: [new TextRun("Kontakt:"), new TextRun({ children: [new Tab(), "MR-strategen"] }), new TextRun({ text: "Telefon 010-123 45 67", break: 1 })],
    }),
    "Kontakt: MR-strategen Telefon 010-123 45 67",
  );

  const doc = new Document({
    creator: "mrlint tests",
    styles: {
      paragraphStyles: [
        { id: "Rubrik1", name: "Rubrik 1", basedOn: "Normal", next: "Normal", quickFormat: true, run: { bold: true, size: 32 } },
        { id: "Rubrik2", name: "heading 2", basedOn: "Normal", next: "Normal", quickFormat: true, run: { bold: true, size: 28 } },
        { id: "Citat", name: "Quote", basedOn: "Normal", next: "Normal", run: { italics: true } },
      ],
    },
    numbering: {
      config: [
        {
          reference: "punkter",
          levels: [
            { level: 0, format: LevelFormat.BULLET, text: "•", alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.BULLET, text: "◦", alignment: AlignmentType.LEFT },
          ],
        },
      ],
    },
    footnotes: { 1: { children: [new Paragraph("Se diskrimineringslagen (2008:567).")] } },
    comments: {
      children: [
        { id: 0, author: "Anna Ek", initials: "AE", date: new Date(CHANGE_DATE), children: [new Paragraph("Vilken dialog avses?")] },
        { id: 1, author: "Anna Ek", initials: "AE", date: new Date(CHANGE_DATE), children: [new Paragraph("mrlint-disable mr/hidden-actor -- rutin, inte policy")] },
      ],
    },
    sections: [{ children }],
  });
  return { bytes: new Uint8Array(await Packer.toBuffer(doc)), lines };
}

/** An English document made only of ordinary paragraphs, `count` of them (for speed measurements). */
export async function longEnglishFixture(paragraphs: number): Promise<Uint8Array> {
  const children: Paragraph[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun("Equality and Human Rights Policy")] })];
  for (let i = 0; i < paragraphs; i++) {
    if (i % 10 === 0) children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(`Section ${i / 10 + 1}`)] }));
    children.push(
      new Paragraph(
        `Paragraph ${i + 1}. The Council will review its services every year and reports will be published where appropriate. ` +
          "Residents, including disabled people and young people, are consulted through the Equality Forum before decisions are taken. " +
          "Contracts must be monitored and complaints should be answered within ten working days.",
      ),
    );
  }
  const doc = new Document({ creator: "mrlint tests", sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/**
 * A minimal OLE compound file (CFB version 3, 512-byte sectors) holding the
 * given streams: the container Office uses for encrypted OOXML documents
 * (streams "EncryptionInfo" and "EncryptedPackage") and for old binary .doc
 * files ("WordDocument"). Streams are padded to 4096 bytes so they live in
 * ordinary sectors (no mini stream is needed).
 */
export function oleCompoundFile(streams: Record<string, Uint8Array>): Uint8Array {
  const SECTOR = 512;
  const END = 0xfffffffe;
  const FREE = 0xffffffff;
  const entries = Object.entries(streams).map(([name, data]) => {
    const size = Math.max(4096, Math.ceil(data.length / SECTOR) * SECTOR);
    const padded = new Uint8Array(size);
    padded.set(data);
    return { name, data: padded, length: Math.max(4096, data.length) };
  });
  if (entries.length > 3) throw new Error("oleCompoundFile: at most 3 streams");
  // Sector 0: FAT, sector 1: directory, then the streams.
  const fat = new Uint32Array(SECTOR / 4).fill(FREE);
  fat[0] = 0xfffffffd;
  fat[1] = END;
  let next = 2;
  const starts: number[] = [];
  for (const e of entries) {
    const n = e.data.length / SECTOR;
    starts.push(next);
    for (let i = 0; i < n; i++) fat[next + i] = i === n - 1 ? END : next + i + 1;
    next += n;
  }
  if (next > SECTOR / 4) throw new Error("oleCompoundFile: streams too large for one FAT sector");
  const out = new Uint8Array(SECTOR * (1 + next));
  const view = new DataView(out.buffer);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  view.setUint16(24, 0x003e, true);
  view.setUint16(26, 0x0003, true);
  view.setUint16(28, 0xfffe, true);
  view.setUint16(30, 9, true);
  view.setUint16(32, 6, true);
  view.setUint32(44, 1, true); // FAT sectors
  view.setUint32(48, 1, true); // first directory sector
  view.setUint32(56, 4096, true); // mini stream cutoff
  view.setUint32(60, END, true);
  view.setUint32(68, END, true);
  for (let i = 0; i < 109; i++) view.setUint32(76 + i * 4, i === 0 ? 0 : FREE, true);
  const sector = (n: number) => SECTOR * (n + 1);
  for (let i = 0; i < fat.length; i++) view.setUint32(sector(0) + i * 4, fat[i], true);
  const dirEntry = (index: number, name: string, type: number, child: number, right: number, start: number, size: number) => {
    const o = sector(1) + index * 128;
    for (let i = 0; i < name.length; i++) view.setUint16(o + i * 2, name.charCodeAt(i), true);
    view.setUint16(o + 64, (name.length + 1) * 2, true);
    out[o + 66] = type;
    out[o + 67] = 1; // black
    view.setUint32(o + 68, FREE, true); // left sibling
    view.setUint32(o + 72, right, true);
    view.setUint32(o + 76, child, true);
    view.setUint32(o + 116, start, true);
    view.setUint32(o + 120, size, true);
  };
  dirEntry(0, "Root Entry", 5, entries.length > 0 ? 1 : FREE, FREE, END, 0);
  entries.forEach((e, i) => dirEntry(i + 1, e.name, 2, FREE, i + 1 < entries.length ? i + 2 : FREE, starts[i], e.length));
  entries.forEach((e, i) => out.set(e.data, sector(starts[i])));
  return out;
}
