import type { Range } from "@mrlint/core";

/** 1-based line/column as every CLI format prints them (internal positions are 0-based). */
export function oneBased(range: Range): { line: number; column: number; endLine: number; endColumn: number } {
  return {
    line: range.start.line + 1,
    column: range.start.column + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.column + 1,
  };
}
