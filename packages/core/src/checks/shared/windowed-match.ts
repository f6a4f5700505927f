/**
 * Runs a user pattern over text in overlapping windows. A backtracking
 * regex costs up to (text length)² per unbounded repeat ("a.*b" on a line of
 * a million "a"s never finishes); on windows of `window` characters the cost
 * is linear in the text. Text no longer than a window (nearly every
 * sentence) is matched in one pass. In longer text, matches of up to
 * `overlap` characters are found whole wherever they start, each once, and
 * windows start after whitespace where they can so that `\b` sees whole words.
 */
export interface TextMatch {
  start: number;
  end: number;
}

export function windowedMatches(regex: RegExp, text: string, window: number, overlap: number): TextMatch[] {
  const out: TextMatch[] = [];
  for (let from = 0; ; ) {
    const last = from + window >= text.length;
    const next = last ? text.length : nextStart(text, from + window - overlap, overlap >> 1);
    const slice = last ? text.slice(from) : text.slice(from, from + window);
    regex.lastIndex = 0;
    for (const m of slice.matchAll(regex)) {
      const start = from + (m.index ?? 0);
      if (m[0].length === 0) continue;
      // A match starting at or after the next window's start is found there, whole.
      if (start >= next) break;
      out.push({ start, end: start + m[0].length });
    }
    if (last) return out;
    from = next;
  }
}

/** `at`, or up to `back` characters earlier just after whitespace. */
function nextStart(text: string, at: number, back: number): number {
  for (let i = at; i > at - back; i--) {
    const c = text.charCodeAt(i - 1);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0) return i;
  }
  return at;
}
