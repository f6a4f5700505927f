/**
 * The amount of text one file may bring to the linter. Parsing and rules
 * cost time and memory in proportion to the text (a few µs and a few
 * hundred bytes per character); without a cap, a 10 MB Markdown file or a
 * small .docx that unpacks to millions of paragraphs runs for minutes and
 * can exhaust the heap, taking every other file of the run with it.
 */
import { MrlintInputError } from "../model/errors.js";
import type { Locale } from "../model/results.js";

/** About 300,000 words, a 1,000-page document. */
export const DEFAULT_MAX_TEXT_CHARS = 2_000_000;

const TEXT = {
  en: (file: string, chars: number, limit: number) =>
    `${file}: the text is ${chars} characters long, more than the limit of ${limit} characters (limits.maxTextChars)`,
  sv: (file: string, chars: number, limit: number) =>
    `${file}: texten är ${chars} tecken lång, mer än gränsen ${limit} tecken (limits.maxTextChars)`,
};

/** Throws `MrlintInputError("text-too-large")` naming the file when `chars` is over the limit. */
export function checkTextSize(chars: number, file: string, limit: number = DEFAULT_MAX_TEXT_CHARS, locale: Locale = "en"): void {
  if (chars > limit) throw new MrlintInputError("text-too-large", TEXT[locale](file, chars, limit), file);
}
