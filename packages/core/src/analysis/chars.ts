/**
 * Character classes for the scanners (tokenizer, sentence splitter, fold).
 * Classes of BMP characters are cached in a table so the hot loops do one
 * array read per character instead of a Unicode regex test.
 */

const LETTER = 1;
const DIGIT = 2;
const SPACE = 4;
const UPPER = 8;
const LOWER = 16;
const MARK = 32;
const INVISIBLE = 64;
const KNOWN = 128;

const table = new Uint8Array(65536);

const letterRe = /^\p{L}$/u;
const markRe = /^\p{M}$/u;
const digitRe = /^\p{Nd}$/u;
const spaceRe = /^\s$/u;
const upperRe = /^\p{Lu}$/u;
const lowerRe = /^\p{Ll}$/u;

function classify(code: number): number {
  // charCodeAt past the end gives NaN: no class.
  if (!(code >= 0)) return KNOWN;
  let cls = table[code];
  if (cls & KNOWN) return cls;
  const ch = String.fromCharCode(code);
  cls = KNOWN;
  if (code >= 0xd800 && code <= 0xdfff) {
    // A lone surrogate half says nothing by itself; callers use codePointAt.
  } else if (letterRe.test(ch)) {
    cls |= LETTER;
    // Separate tests: `\p{Lu}` with the `i` flag would match lower case too.
    if (upperRe.test(ch)) cls |= UPPER;
    else if (lowerRe.test(ch)) cls |= LOWER;
  } else if (markRe.test(ch)) cls |= MARK;
  else if (digitRe.test(ch)) cls |= DIGIT;
  else if (spaceRe.test(ch)) cls |= SPACE;
  if (code === 0x00ad || code === 0x200b || code === 0x200c || code === 0x200d || code === 0x2060 || code === 0xfeff) {
    cls = KNOWN | INVISIBLE;
  }
  table[code] = cls;
  return cls;
}

/** A letter (any script). Surrogate pairs are classified by their code point. */
export function isLetterAt(s: string, i: number): boolean {
  const code = s.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff) return letterRe.test(String.fromCodePoint(s.codePointAt(i) ?? 0));
  return (classify(code) & LETTER) !== 0;
}

export function isLetterCode(code: number): boolean {
  return (classify(code) & LETTER) !== 0;
}

export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57 ? true : (classify(code) & DIGIT) !== 0;
}

export function isSpaceCode(code: number): boolean {
  if (code === 32 || code === 10 || code === 13 || code === 9) return true;
  return (classify(code) & SPACE) !== 0;
}

export function isUpperCode(code: number): boolean {
  return (classify(code) & UPPER) !== 0;
}

export function isLowerCode(code: number): boolean {
  return (classify(code) & LOWER) !== 0;
}

/** A combining mark (decomposed diacritics arrive as these). */
export function isMarkCode(code: number): boolean {
  return (classify(code) & MARK) !== 0;
}

/** Soft hyphen and zero-width characters: part of a word, invisible, dropped by the fold. */
export function isInvisibleCode(code: number): boolean {
  return (classify(code) & INVISIBLE) !== 0;
}

/** Letter, digit or combining mark: characters a word is made of. */
export function isWordCode(code: number): boolean {
  if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return true;
  return (classify(code) & (LETTER | DIGIT | MARK)) !== 0;
}

export function isHyphenCode(code: number): boolean {
  return code === 45 || code === 0x2010 || code === 0x2011;
}

export function isApostropheCode(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 0x02bc;
}

/**
 * "&" standing for ä in OCR text ("m&nniskor", "&ldre", "&r"): followed by a
 * letter, and not between two capitals (R&D, Q&A, H&M are names).
 */
export function isOcrAmpersandAt(s: string, i: number): boolean {
  const next = s.charCodeAt(i + 1);
  if (!isLetterCode(next)) return false;
  const prev = i > 0 ? s.charCodeAt(i - 1) : 32;
  if (isDigitCode(prev)) return false;
  if (isUpperCode(prev) && isUpperCode(next)) return false;
  return true;
}

/**
 * "6" standing for ö in OCR text: inside a word ("f6r", "FR6SÅKERS"), at the
 * start of a word followed by at least three letters ("6vriga", "6ver"), or
 * ending a word after two lower-case letters ("sj6").
 */
export function isOcrSixAt(s: string, i: number): boolean {
  const prev = i > 0 ? s.charCodeAt(i - 1) : 32;
  const next = s.charCodeAt(i + 1);
  const prevLetter = i > 0 && isLetterCode(prev);
  const nextLetter = isLetterCode(next);
  if (prevLetter && nextLetter) return true;
  if (nextLetter && !isDigitCode(prev) && !prevLetter) {
    return isLetterCode(s.charCodeAt(i + 2)) && isLetterCode(s.charCodeAt(i + 3));
  }
  if (prevLetter && !nextLetter && !isDigitCode(next)) {
    return i >= 2 && isLowerCode(prev) && isLowerCode(s.charCodeAt(i - 2));
  }
  return false;
}

/** `s` without trailing characters from `chars` and white space (a loop: no regex backtracking on long runs). */
export function trimEndOf(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && (chars.includes(s[end - 1]) || isSpaceCode(s.charCodeAt(end - 1)))) end--;
  return s.slice(0, end);
}
