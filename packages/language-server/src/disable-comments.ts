/**
 * Edits that switch a rule off with mrlint's inline comments:
 * `<!-- mrlint-disable-next-line mr/x -->` above the flagged line, and
 * `<!-- mrlint-disable mr/x -->` at the top of the file (after front matter).
 */
import type { TextEdit } from "vscode-languageserver";
import type { TextLines } from "./text-lines.js";

export function disableNextLineEdit(lines: TextLines, line: number, ruleId: string): TextEdit {
  // Keep the flagged line's indentation so the comment stays inside a nested list item.
  const indent = lines.indent(line);
  const at = { line, character: 0 };
  return { range: { start: at, end: at }, newText: `${indent}<!-- mrlint-disable-next-line ${ruleId} -->${lines.eol}` };
}

export function disableFileEdit(lines: TextLines, ruleId: string): TextEdit {
  const line = lines.lineAfterFrontMatter();
  const comment = `<!-- mrlint-disable ${ruleId} -->`;
  if (line >= lines.lineCount) {
    // Front matter ends the file without a line break after it.
    const end = lines.end();
    return { range: { start: end, end }, newText: `${lines.eol}${comment}${lines.eol}` };
  }
  const at = { line, character: 0 };
  return { range: { start: at, end: at }, newText: `${comment}${lines.eol}` };
}
