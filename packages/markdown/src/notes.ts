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
