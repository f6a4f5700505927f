import { type LintOptions, type LintResult, lintDocument } from "@mrlint/core";
import { parseMarkdown } from "./parse-markdown.js";
import { parseText } from "./parse-text.js";

export interface LintTextOptions extends LintOptions {
  /** "markdown" (default) or "text"; when absent, a `uri` ending in .txt means text. */
  format?: "markdown" | "text";
  /** Path or URI, used in messages only. */
  uri?: string;
}

/**
 * Lint Markdown or plain text: parse, then run the rules (core's
 * `lintDocument`). Browser-safe. The document's language is decided by the
 * engine (front matter, then config, then detection).
 */
export function lint(text: string, options: LintTextOptions = {}): LintResult {
  const { format, uri, ...lintOptions } = options;
  const asText = format === "text" || (format === undefined && uri !== undefined && /\.txt$/i.test(uri));
  const parseOptions = { uri, locale: options.locale ?? options.config?.locale };
  const doc = asText ? parseText(text, parseOptions) : parseMarkdown(text, parseOptions);
  return lintDocument(doc, lintOptions);
}
