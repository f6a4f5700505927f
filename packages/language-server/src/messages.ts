/**
 * Everything the server itself says to a person (notifications, code action
 * titles, hover headings), in Swedish and English. Rule messages come from
 * the rule pack; these are the server's own words around them.
 */
import type { Locale } from "@mrlint/core";

const texts = {
  replaceWith: { sv: "Ersätt med ”{text}”", en: "Replace with “{text}”" },
  insertSection: { sv: "Infoga avsnittet ”{title}” (mall)", en: "Insert a “{title}” section (template)" },
  insertPlaceholders: { sv: "Infoga mall under ”{title}”", en: "Insert a template under “{title}”" },
  disableLine: { sv: "Stäng av {rule} för den här raden", en: "Disable {rule} for this line" },
  disableFile: { sv: "Stäng av {rule} för hela filen", en: "Disable {rule} for this file" },
  fixAll: { sv: "Åtgärda alla säkra mrlint-problem", en: "Fix all safe mrlint problems" },
  hoverWhy: { sv: "Varför det spelar roll", en: "Why it matters" },
  hoverExample: { sv: "Bra exempel", en: "A good example" },
  hoverMore: { sv: "Läs mer om {rule}", en: "Read more about {rule}" },
  evidence: { sv: "Belägg", en: "Evidence" },
  configBroken: {
    sv: "mrlint: konfigurationsfilen {file} går inte att använda: {problem} Standardinställningarna används tills filen är rättad.",
    en: "mrlint: the config file {file} cannot be used: {problem} The default settings are used until the file is fixed.",
  },
  fileError: { sv: "mrlint kunde inte granska filen: {problem}", en: "mrlint could not review the file: {problem}" },
  tooLarge: {
    sv: "mrlint granskar inte dokumentet: det är {size} MB, gränsen är {limit} MB (limits.maxFileBytes i konfigurationsfilen).",
    en: "mrlint does not review this document: it is {size} MB, the limit is {limit} MB (limits.maxFileBytes in the config file).",
  },
  tooLong: {
    sv: "mrlint granskar inte dokumentet: texten är {chars} tecken, gränsen är {limit} tecken (limits.maxTextChars i konfigurationsfilen).",
    en: "mrlint does not review this document: the text is {chars} characters, the limit is {limit} characters (limits.maxTextChars in the config file).",
  },
  reviewWritten: { sv: "mrlint: granskningen sparades i {file}", en: "mrlint: the review was saved to {file}" },
  reviewFailed: { sv: "mrlint: granskningen kunde inte skrivas: {problem}", en: "mrlint: the review could not be written: {problem}" },
  notDocx: { sv: "mrlint: {file} är inte en .docx-fil.", en: "mrlint: {file} is not a .docx file." },
  internalError: {
    sv: "mrlint: ett internt fel inträffade ({what}). Detaljer finns i loggen.",
    en: "mrlint: an internal error occurred ({what}). Details are in the log.",
  },
} satisfies Record<string, Record<Locale, string>>;

export type MessageKey = keyof typeof texts;

/** The server's text `key` in `locale`, with `{name}` placeholders filled. */
export function say(key: MessageKey, locale: Locale, data: Record<string, string | number> = {}): string {
  return texts[key][locale].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in data ? String(data[name]) : whole,
  );
}

/** Picks sv or en from an LSP/BCP 47 locale such as "sv-SE" or "en-US". */
export function localeFrom(tag: unknown): Locale | undefined {
  if (typeof tag !== "string") return undefined;
  const lower = tag.toLowerCase();
  if (lower === "sv" || lower.startsWith("sv-") || lower.startsWith("sv_")) return "sv";
  if (lower === "en" || lower.startsWith("en-") || lower.startsWith("en_")) return "en";
  return undefined;
}
