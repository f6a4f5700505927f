import type { RangeFix, ReportMessage } from "../lint/file-report.js";

/**
 * Applies the safe fixes of `messages` to `source`. Fixes are taken in
 * source order; one that overlaps an earlier fix is left for the next pass
 * (ESLint's rule), so the result never mangles text.
 */
export function applyFixes(source: string, messages: readonly ReportMessage[]): { output: string; applied: number } {
  const fixes = messages
    .map((m) => m.fix)
    .filter((f): f is RangeFix => f !== undefined)
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = "";
  let at = 0;
  let applied = 0;
  for (const fix of fixes) {
    const [start, end] = fix.range;
    if (start < at || end > source.length || start > end) continue;
    output += source.slice(at, start) + fix.text;
    at = end;
    applied++;
  }
  output += source.slice(at);
  return { output, applied };
}
