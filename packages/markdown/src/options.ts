import type { Language, Locale } from "@mrlint/core";

export interface ParseOptions {
  /** Path or URI, used in messages only. */
  uri?: string;
  /** The document's language; "auto" or absent: front matter, else detected. */
  language?: Language | "auto";
  /** Language of parser notes; defaults to the document's language. */
  locale?: Locale;
}
