/** List items in text without markup: "- ", "• ", "* ", "– ", "1) ", "a) ", "(2) ", "1. ". */

const BULLET = /^[-–—•*·▪◦‣●○■□➢►✓]\s+(?=\S)/u;
const ENUMERATOR = /^(?:\(?\d{1,2}\)|\(?[a-zA-Z]\)|\d{1,2}\.)\s+(?=\S)/;

/** Length of the list marker (with its following spaces) at the start of `text`, or 0. */
export function listMarkerLength(text: string): number {
  const m = BULLET.exec(text) ?? ENUMERATOR.exec(text);
  return m ? m[0].length : 0;
}

/** "1. " or "2 " numbering of the same depth as `text`, to tell a numbered list from numbered headings. */
export function numberingDepth(text: string): number {
  const m = /^(\d{1,2}(?:\.\d{1,2}){0,4})[.)]?\s/.exec(text);
  return m ? m[1].split(".").length : 0;
}
