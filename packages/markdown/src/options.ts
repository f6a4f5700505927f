import type { Language, Locale, PolicyDocument } from "@mrlint/core";

export interface ParseOptions {
  /** Path or URI, used in messages only. */
  uri?: string;
  /** The document's language; "auto" or absent: front matter, else detected. */
  language?: Language | "auto";
  /** Language of parser notes; defaults to the document's language. */
  locale?: Locale;
  /**
   * Markdown: keep what a later parse of an edited version of this text can
   * re-use, and re-use it from `previous` (the document parsed from the
   * version before the edit). For editors that parse again after every
   * keystroke; the result is the same as without this option.
   */
  incremental?: { previous?: PolicyDocument };
}
