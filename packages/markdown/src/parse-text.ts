import type { PolicyDocument } from "@mrlint/core";
import { buildDocument } from "./build-document.js";
import { layoutChunks } from "./layout.js";
import type { ParseOptions } from "./options.js";
import { stripBom } from "./source.js";
import { findDirectives, toSuppressions } from "./suppressions.js";
import { textLayoutItems } from "./text-lines.js";

/**
 * Plain text (and text extracted from PDFs or scans) → PolicyDocument.
 * Paragraphs are separated by blank lines; lines inside a paragraph are
 * joined; headings, list items, page furniture and tables of contents are
 * recognised from the shape of the lines. mrlint comments work as in
 * Markdown. Never throws on any text.
 */
export function parseText(text: string, options: ParseOptions = {}): PolicyDocument {
  const source = stripBom(text);
  const directives = findDirectives(source);
  const items = textLayoutItems(
    source,
    directives.map((d) => [d.start, d.end] as const),
  );
  const blocks = layoutChunks(items, { headings: true, lists: true, splitLines: true, quotes: true });
  return buildDocument({
    format: "text",
    source,
    uri: options.uri,
    blocks,
    suppressions: toSuppressions(directives, source),
    notes: [],
    language: options.language,
  });
}
