import path from "node:path";
import type { SourceFormat } from "@mrlint/core";

/** Extensions a directory walk picks up. */
export const LINTABLE_EXTENSIONS: readonly string[] = [".md", ".markdown", ".txt", ".docx"];

const MARKDOWN = new Set([".md", ".markdown", ".mdown", ".mkd", ".mdx"]);

/** The parser for a path: Markdown and .docx by extension, every other file as plain text. */
export function formatForPath(file: string): SourceFormat {
  const ext = path.extname(file).toLowerCase();
  if (MARKDOWN.has(ext)) return "markdown";
  if (ext === ".docx") return "docx";
  return "text";
}

export function isLintablePath(file: string): boolean {
  return LINTABLE_EXTENSIONS.includes(path.extname(file).toLowerCase());
}
