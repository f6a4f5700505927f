/**
 * Parser notes for the user, in Swedish and English. A note is written in the
 * requested locale, else in the document's language.
 */
import type { Locale } from "@mrlint/core";

const NOTES = {
  "front-matter-invalid": {
    sv: "Front matter (YAML mellan ---) är inte giltig YAML och har ignorerats ({where}{detail}).",
    en: "The front matter (YAML between ---) is not valid YAML and was ignored ({where}{detail}).",
  },
  "too-deeply-nested": {
    sv: "Markdown-strukturen är för djupt nästlad ({depth} nivåer listor eller citat på rad {line}; mrlint läser högst {limit}). Filen har lästs som vanlig text.",
    en: "The Markdown structure is nested too deeply ({depth} levels of lists or quotes at line {line}; mrlint reads at most {limit}). The file was read as plain text.",
  },
  "list-too-complex": {
    sv: "Listan som börjar på rad {line} är för stor och nästlad för att tolkas som Markdown inom rimlig tid ({items} listpunkter på {lines} rader). Filen har lästs som vanlig text.",
    en: "The list starting at line {line} is too large and nested to parse as Markdown in reasonable time ({items} list items over {lines} lines). The file was read as plain text.",
  },
  "front-matter-not-object": {
    sv: "Front matter (YAML mellan ---) är inte en samling nycklar och värden och har ignorerats.",
    en: "The front matter (YAML between ---) is not a mapping of keys to values and was ignored.",
  },
} as const;

export type NoteId = keyof typeof NOTES;

const LINE = { sv: "rad", en: "line" } as const;

/** "rad 3: " / "line 3: ", or nothing when the line is unknown. */
export function where(locale: Locale, line: number | undefined): string {
  return line === undefined ? "" : `${LINE[locale]} ${line}: `;
}

export function note(id: NoteId, locale: Locale, data: Record<string, string> = {}): string {
  return NOTES[id][locale].replace(/\{(\w+)\}/g, (_, key: string) => data[key] ?? "");
}
