/**
 * User-supplied patterns must be safe against catastrophic backtracking: a
 * rule pack comes from a config folder, and one bad pattern must not hang the
 * linter on a long sentence. We accept a restricted subset of JavaScript
 * regular expressions and reject the rest at load time:
 * - no backreferences (\1, \k<name>) and no lookaround ((?=, (?!, (?<=, (?<!);
 * - only plain (…) and non-capturing (?:…) groups;
 * - no quantifier on a group that itself contains a quantifier or an
 *   alternation (the nested-quantifier shapes (a+)+, (a|a)*, (\w+\s?)*);
 * - bounded repeats {n,m} up to 100, length up to 300 characters;
 * - at most one unbounded repeat (*, +, {n,}): two of them in a row backtrack
 *   polynomially (".*.*.*.*x" needs minutes on a 300-character sentence);
 * - the choices of optional atoms, bounded ranges and alternations multiply,
 *   and their product must stay under MAX_CHOICES ("a?a?a?…aaa" is exponential);
 * - the pattern must compile with the "iu" flags and must not match the empty text.
 * The terms check runs patterns on windows of at most MAX_PATTERN_TEXT
 * characters of a sentence (see checks/shared/windowed-match.ts), so the one
 * unbounded repeat stays cheap on a megabyte-long line.
 */

export const MAX_PATTERN_LENGTH = 300;
const MAX_REPEAT = 100;
/** Most backtracking choices (optional atoms × range widths × alternatives) in one pattern. */
const MAX_CHOICES = 1000;
/** Longest stretch of sentence text a user pattern is run on at once. */
export const MAX_PATTERN_TEXT = 400;
/** Longest match a pattern is guaranteed to find whole in a longer sentence. */
export const MAX_PATTERN_MATCH = 100;

interface GroupState {
  quantified: boolean; // contains a quantifier
  alternation: boolean; // contains "|"
  branches: number; // alternatives at this group's own level
}

/** Why `source` is not allowed, or null when it is safe. */
export function unsafeRegexReason(source: string): string | null {
  if (source.length === 0) return "the pattern is empty";
  if (source.length > MAX_PATTERN_LENGTH) return `the pattern is longer than ${MAX_PATTERN_LENGTH} characters`;
  try {
    new RegExp(source, "iu");
  } catch (error) {
    return `not a valid regular expression (${(error as Error).message})`;
  }

  const stack: GroupState[] = [{ quantified: false, alternation: false, branches: 1 }];
  let unbounded = 0;
  let choices = 1;
  // What the previous atom was, so a quantifier knows what it applies to.
  let lastAtom: "none" | "simple" | "group" = "none";
  let lastGroup: GroupState | null = null;

  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      const next = source[i + 1] ?? "";
      if (/[1-9]/.test(next)) return "backreferences (\\1 …) are not allowed";
      if (next === "k") return "named backreferences (\\k<…>) are not allowed";
      if (next === "p" || next === "P" || next === "u") {
        // \p{…} / \u{…} / \uXXXX: skip the whole escape.
        if (source[i + 2] === "{") {
          const close = source.indexOf("}", i + 3);
          i = close < 0 ? source.length : close;
        } else i += next === "u" ? 5 : 1;
      } else i += 1;
      lastAtom = "simple";
      continue;
    }
    if (c === "[") {
      // Skip the character class, honouring escapes inside it.
      let j = i + 1;
      if (source[j] === "^") j++;
      if (source[j] === "]") j++;
      while (j < source.length && source[j] !== "]") j += source[j] === "\\" ? 2 : 1;
      i = j;
      lastAtom = "simple";
      continue;
    }
    if (c === "(") {
      if (source[i + 1] === "?") {
        if (source[i + 2] !== ":") return "only plain (…) and non-capturing (?:…) groups are allowed: no lookaround or named groups";
        i += 2;
      }
      stack.push({ quantified: false, alternation: false, branches: 1 });
      lastAtom = "none";
      continue;
    }
    if (c === ")") {
      const closed = stack.pop();
      if (!closed || stack.length === 0) return "unbalanced parentheses";
      // A group's content counts toward its parent.
      const parent = stack[stack.length - 1];
      parent.quantified ||= closed.quantified;
      parent.alternation ||= closed.alternation;
      choices *= closed.branches;
      lastGroup = closed;
      lastAtom = "group";
      continue;
    }
    if (c === "|") {
      stack[stack.length - 1].alternation = true;
      stack[stack.length - 1].branches++;
      lastAtom = "none";
      continue;
    }
    if (c === "*" || c === "+" || c === "?" || c === "{") {
      let repeats = c !== "?"; // "?" is at most one: it cannot multiply backtracking by itself
      let width = c === "?" ? 2 : Infinity; // how many repeat counts the quantifier can choose between
      if (c === "{") {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(source.slice(i));
        if (!m) {
          lastAtom = "simple"; // a literal "{"
          continue;
        }
        const low = Number(m[1]);
        const high = m[2] === undefined ? low : m[3] === "" ? Infinity : Number(m[3]);
        if (high !== Infinity && high > MAX_REPEAT) return `repeat counts above ${MAX_REPEAT} are not allowed`;
        if (low > MAX_REPEAT) return `repeat counts above ${MAX_REPEAT} are not allowed`;
        repeats = high > 1;
        width = high - low + 1;
        i += m[0].length - 1;
      }
      if (lastAtom === "none") return "a quantifier needs something to repeat";
      if (source[i + 1] === "?") i++; // lazy quantifier: same risk
      if (lastAtom === "group" && lastGroup && repeats && (lastGroup.quantified || lastGroup.alternation)) {
        return "nested quantifiers are not allowed: a repeated group must not contain a quantifier or an alternation";
      }
      stack[stack.length - 1].quantified = true;
      if (width === Infinity) unbounded++;
      else choices *= width;
      lastAtom = "none";
      continue;
    }
    lastAtom = "simple";
  }
  if (stack.length !== 1) return "unbalanced parentheses";
  if (unbounded > 1) return "at most one unbounded repeat (*, +, {n,}) is allowed: bound the others, for example \\w{1,30}";
  if (choices > MAX_CHOICES) return `too many ways to match (optional parts, ranges and alternatives multiply to more than ${MAX_CHOICES})`;
  if (new RegExp(`^(?:${source})$`, "iu").test("")) return "the pattern matches the empty text";
  return null;
}
