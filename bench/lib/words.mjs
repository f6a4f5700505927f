// One word count for every tool and every format: whitespace-separated tokens that contain a letter
// or a digit (so "|", "-", "#" and "---" of Markdown syntax do not count).
const WORDISH = /[\p{L}\p{N}]/u;

export function countWords(text) {
  let n = 0;
  for (const token of text.split(/\s+/)) if (token && WORDISH.test(token)) n++;
  return n;
}
