/**
 * User-facing texts of the .docx reader: input errors and parser notes, in
 * Swedish and English. Surfaces may re-localize an error by its code with
 * `docxErrorMessage`.
 */
import { MrlintInputError, type Locale } from "@mrlint/core";

export type DocxErrorCode =
  | "docx-not-zip"
  | "docx-encrypted"
  | "docx-legacy-doc"
  | "docx-legacy-office"
  | "docx-corrupt"
  | "docx-too-many-entries"
  | "docx-too-large"
  | "docx-not-word"
  | "docx-no-document"
  | "docx-xml-doctype"
  | "docx-xml-malformed"
  | "file-too-large"
  | "review-overwrites-input";

export interface DocxErrorData {
  file: string;
  /** Zip part concerned (XML errors). */
  part?: string;
  /** Extra detail: what the file looks like, the parser's complaint, a count. */
  detail?: string;
  limit?: number;
  actual?: number;
}

type Texts = Record<Locale, (d: DocxErrorData) => string>;

/** A byte count for people: "12.5 MB", "60.2 kB". */
const mb = (n: number | undefined) => {
  const v = n ?? 0;
  return v >= 1_000_000 ? `${Math.round(v / 100_000) / 10} MB` : `${Math.round(v / 100) / 10} kB`;
};

const TEXTS: Record<DocxErrorCode, Texts> = {
  "docx-not-zip": {
    en: (d) => `${d.file} is not a Word .docx file: it is not a zip package${d.detail ? ` (it looks like ${d.detail})` : ""}.`,
    sv: (d) => `${d.file} är ingen Word-fil (.docx): den är inget zip-paket${d.detail ? ` (den ser ut som ${d.detail})` : ""}.`,
  },
  "docx-encrypted": {
    en: (d) =>
      `${d.file} is encrypted (password-protected). mrlint cannot read it: remove the password in Word (File > Info > Protect Document > Encrypt with Password, clear it) and save it again as .docx.`,
    sv: (d) =>
      `${d.file} är krypterad (lösenordsskyddad). mrlint kan inte läsa den: ta bort lösenordet i Word (Arkiv > Info > Skydda dokument > Kryptera med lösenord, töm fältet) och spara den igen som .docx.`,
  },
  "docx-legacy-doc": {
    en: (d) =>
      `${d.file} is an old Word 97-2003 .doc file (binary format), not .docx: save it as .docx (Word: File > Save As > Word Document) and lint that file.`,
    sv: (d) =>
      `${d.file} är en gammal Word 97-2003-fil (.doc, binärt format), inte .docx: spara den som .docx (Word: Arkiv > Spara som > Word-dokument) och granska den filen.`,
  },
  "docx-legacy-office": {
    en: (d) => `${d.file} is an old binary Office file (OLE compound file), not a Word .docx document.`,
    sv: (d) => `${d.file} är en gammal binär Office-fil (OLE-format), inte ett Word-dokument (.docx).`,
  },
  "docx-corrupt": {
    en: (d) => `${d.file} is a damaged zip package and cannot be read as .docx${d.detail ? ` (${d.detail})` : ""}.`,
    sv: (d) => `${d.file} är ett skadat zip-paket och kan inte läsas som .docx${d.detail ? ` (${d.detail})` : ""}.`,
  },
  "docx-too-many-entries": {
    en: (d) => `${d.file} has ${d.actual} entries in its zip package; mrlint reads at most ${d.limit} (a normal .docx has a few dozen).`,
    sv: (d) => `${d.file} har ${d.actual} filer i sitt zip-paket; mrlint läser högst ${d.limit} (en vanlig .docx har några dussin).`,
  },
  "docx-too-large": {
    en: (d) =>
      `${d.file} unpacks to ${d.actual !== undefined ? mb(d.actual) : "more data than its zip directory says"}; mrlint reads at most ${mb(d.limit)} uncompressed (limits.maxDocxUncompressedBytes).`,
    sv: (d) =>
      `${d.file} packas upp till ${d.actual !== undefined ? mb(d.actual) : "mer data än zip-katalogen anger"}; mrlint läser högst ${mb(d.limit)} okomprimerat (limits.maxDocxUncompressedBytes).`,
  },
  "docx-not-word": {
    en: (d) => `${d.file} is a zip package but not a Word document${d.detail ? ` (it looks like ${d.detail})` : ""}: save it as .docx.`,
    sv: (d) => `${d.file} är ett zip-paket men inget Word-dokument${d.detail ? ` (det ser ut som ${d.detail})` : ""}: spara det som .docx.`,
  },
  "docx-no-document": {
    en: (d) => `${d.file} has no main document part (word/document.xml), so it is not a readable .docx.`,
    sv: (d) => `${d.file} saknar huvuddokumentet (word/document.xml) och är därför ingen läsbar .docx.`,
  },
  "docx-xml-doctype": {
    en: (d) =>
      `${d.file}: the part ${d.part} contains a DOCTYPE or ENTITY declaration. Word never writes one; mrlint refuses the file rather than resolve entities.`,
    sv: (d) =>
      `${d.file}: delen ${d.part} innehåller en DOCTYPE- eller ENTITY-deklaration. Word skriver aldrig sådana; mrlint vägrar läsa filen hellre än att tolka entiteter.`,
  },
  "docx-xml-malformed": {
    en: (d) => `${d.file}: the part ${d.part} is not well-formed XML${d.detail ? ` (${d.detail})` : ""}.`,
    sv: (d) => `${d.file}: delen ${d.part} är inte välformad XML${d.detail ? ` (${d.detail})` : ""}.`,
  },
  "file-too-large": {
    en: (d) => `${d.file} is ${mb(d.actual)}; mrlint reads files up to ${mb(d.limit)} (limits.maxFileBytes).`,
    sv: (d) => `${d.file} är ${mb(d.actual)}; mrlint läser filer upp till ${mb(d.limit)} (limits.maxFileBytes).`,
  },
  "review-overwrites-input": {
    en: (d) => `The review would overwrite its input ${d.file}; choose another output file (or pass overwrite: true / --overwrite).`,
    sv: (d) => `Granskningen skulle skriva över originalet ${d.file}; välj en annan utfil (eller ange overwrite: true / --overwrite).`,
  },
};

export function docxErrorMessage(code: DocxErrorCode, data: DocxErrorData, locale: Locale = "en"): string {
  return TEXTS[code][locale](data);
}

export function docxError(code: DocxErrorCode, data: DocxErrorData, locale: Locale = "en"): MrlintInputError {
  return new MrlintInputError(code, docxErrorMessage(code, data, locale), data.file);
}

/** Parser notes shown next to the results (PolicyDocument.notes), in the document's language. */
export const NOTES = {
  trackedChanges: {
    en: "Tracked changes were accepted: inserted text is linted, deleted text is not.",
    sv: "Spårade ändringar har godtagits: infogad text granskas, borttagen text granskas inte.",
  },
  footnotes: {
    en: (n: number) => `${n} footnote(s) or endnote(s) are not body text and were not linted.`,
    sv: (n: number) => `${n} fotnot(er) eller slutnot(er) är inte brödtext och har inte granskats.`,
  },
  deletedParagraphMarks: {
    en: "Some paragraph marks are tracked deletions; their paragraphs are still numbered separately.",
    sv: "Några styckemarkeringar är spårade borttagningar; styckena numreras ändå var för sig.",
  },
  manyParagraphs: {
    en: (n: number) => `The document has ${n} paragraphs, too many for the full structure pass; headings and lists were read from paragraph styles alone.`,
    sv: (n: number) => `Dokumentet har ${n} stycken, för många för den fullständiga strukturläsningen; rubriker och listor har lästs enbart från styckeformat.`,
  },
  structureUnavailable: {
    en: "The document's structure (headings, lists) could not be read; every paragraph is treated as body text.",
    sv: "Dokumentets struktur (rubriker, listor) kunde inte läsas; alla stycken behandlas som brödtext.",
  },
} as const;
