/**
 * How two lines of one block are joined. A word hyphenated across a line end
 * ("upp-" + "följning") becomes one word again, because the analysis must see
 * "uppföljning"; a coordinated compound ("jämställdhets-" + "och
 * jämlikhetsanalys") keeps its hyphen and the space; a hyphen that belongs to
 * the word ("LSS-" + "insatser", "2025-" + "2028") stays, without the space.
 */
export type LineJoin = "space" | "drop-hyphen" | "keep-hyphen";

const HYPHENS = new Set(["-", "\u2010", "\u00ad"]);

/** Words after a hyphen that make it a coordinated compound ("barn- och utbildningsnämnden", "short- and long-term"). */
const COORDINATORS = new Set([
  "och", "eller", "samt", "respektive", "resp", "till",
  "and", "or", "nor", "to",
]);

/** Prefixes that are written with a hyphen, so a line break after them is not hyphenation ("icke-diskriminering"). */
const HYPHENATED_PREFIXES = new Set(["icke", "non", "self", "semi", "quasi", "cross"]);

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const DIGIT = /\p{Nd}/u;
const LEADING_WORD = /^\p{L}+/u;
const TRAILING_WORD = /\p{L}+$/u;

function isUpperWord(w: string): boolean {
  return w.length > 0 && w === w.toUpperCase() && w !== w.toLowerCase();
}

/** Decide how `before` (text so far, ending a line) and `after` (the next line) are joined. */
export function lineJoin(before: string, after: string): LineJoin {
  const n = before.length;
  if (n < 2 || after.length === 0) return "space";
  const hyphen = before[n - 1];
  if (!HYPHENS.has(hyphen)) return "space";
  const prevChar = before[n - 2];
  const first = after[0];
  if (!LETTER.test(prevChar) && !DIGIT.test(prevChar)) return "space"; // a dash between words: " – "
  const nextWord = LEADING_WORD.exec(after)?.[0] ?? "";
  // A soft hyphen only marks where a word may break: never visible text.
  if (hyphen === "\u00ad") return LETTER.test(first) ? "drop-hyphen" : "space";
  if (nextWord && COORDINATORS.has(nextWord.toLowerCase())) return "space";
  if (DIGIT.test(prevChar) || DIGIT.test(first)) return "keep-hyphen";
  if (!LETTER.test(first)) return "space";
  const prevWord = TRAILING_WORD.exec(before.slice(0, n - 1))?.[0] ?? "";
  if (prevWord.length <= 1) return "keep-hyphen"; // "e-" + "tjänster"
  if (HYPHENATED_PREFIXES.has(prevWord.toLowerCase())) return "keep-hyphen";
  if (isUpperWord(prevWord)) {
    // "UPPFÖLJ-" + "NING" in an all-caps line is hyphenation; "LSS-" + "insatser" keeps its hyphen.
    return isUpperWord(nextWord) && prevWord.length >= 4 ? "drop-hyphen" : "keep-hyphen";
  }
  if (UPPER.test(first)) return "keep-hyphen"; // "Norra-" + "Hagen", "anti-" + "Semitism"
  return "drop-hyphen";
}
