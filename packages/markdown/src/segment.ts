/**
 * A segment is the visible text of one source line (a line of a .txt file,
 * or one line of a Markdown paragraph after inline markup is stripped),
 * with the source offset of every character. Blocks are built by joining
 * segments; keeping lines apart until then lets the layout steps (page
 * furniture, tables of contents, headings, hyphenation) work line by line.
 */
export interface Seg {
  /** Visible text: no leading/trailing whitespace, inner whitespace runs collapsed to one space. */
  text: string;
  /** map[i] = source offset of text[i]; map[text.length] = source offset just after the last character. */
  map: number[];
  /** The raw line had a layout gap (3+ spaces or a tab between words): column layout, typical of page headers. */
  gap: boolean;
  /** Leading whitespace of the raw line in columns (tab = 4); 0 where the parser already stripped it. */
  indent: number;
  /** Columns from the start of the raw line to the end of its last visible character. */
  width: number;
  /** Source offset of the line break that ended this line, when known: the space that replaces it maps there. */
  breakAt?: number;
}

/** Horizontal whitespace, Unicode spaces included (line ends never reach the builder). */
export function isSpaceChar(c: string): boolean {
  return isSpaceCode(c.charCodeAt(0));
}

function isSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || code === 9 || code === 11 || code === 12;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x3000;
}

/**
 * Collects characters with their source offsets and cuts them into segments
 * at line breaks. Whitespace is collapsed here so that every parser produces
 * the same shape of text.
 *
 * Given the source, characters that are copies of consecutive source
 * characters are taken as one slice of it rather than one by one (most text
 * is such runs); the result is the same either way.
 */
export class SegBuilder {
  private readonly segs: Seg[] = [];
  /** The current line's text, apart from the pending source run [runFrom, runTo) that follows it. */
  private text = "";
  private runFrom = -1;
  private runTo = -1;
  private map: number[] = [];
  private end = -1;
  private spaceAt = -1;
  private spaceRun = 0;
  private gap = false;
  private indent = 0;
  private leading = true;
  private lineStart = -1;

  constructor(private readonly source?: string) {}

  /** Start offset of the raw line the next characters belong to (for indent/width); optional. */
  startLine(offset: number): void {
    this.lineStart = offset;
  }

  /** Add one visible character; `start`/`end` is the source range it came from (an entity spans several). */
  push(c: string, start: number, end: number): void {
    if (this.lineStart < 0) this.lineStart = start;
    const code = c.charCodeAt(0);
    if (isSpaceCode(code)) this.space(code === 9, start);
    else this.visible(c, code, start, end);
  }

  /** The same as push(source[k], k, k + 1) for each k in [from, to) (needs the source). */
  pushRun(from: number, to: number): void {
    const source = this.source!;
    if (this.lineStart < 0 && from < to) this.lineStart = from;
    const map = this.map;
    let k = from;
    while (k < to) {
      if (isSpaceCode(source.charCodeAt(k))) {
        this.space(source.charCodeAt(k) === 9, k);
        k++;
        continue;
      }
      this.leading = false;
      if (this.spaceAt >= 0) this.flushSpace();
      // A word: consecutive source characters, appended as one slice.
      let e = k + 1;
      while (e < to && !isSpaceCode(source.charCodeAt(e))) e++;
      if (k === this.runTo) {
        this.runTo = e;
      } else {
        if (this.runTo > this.runFrom) this.text += source.slice(this.runFrom, this.runTo);
        this.runFrom = k;
        this.runTo = e;
      }
      for (let m = k; m < e; m++) map.push(m);
      this.end = e;
      k = e;
    }
  }

  private space(tab: boolean, start: number): void {
    if (this.leading) {
      this.indent += tab ? 4 : 1;
      return;
    }
    if (this.spaceAt < 0) {
      this.spaceAt = start;
      this.spaceRun = 0;
    }
    this.spaceRun += tab ? 3 : 1;
  }

  private visible(c: string, code: number, start: number, end: number): void {
    this.leading = false;
    if (this.spaceAt >= 0) this.flushSpace();
    if (this.source !== undefined && end === start + 1 && this.source.charCodeAt(start) === code) this.appendSource(start);
    else this.appendLiteral(c);
    this.map.push(start);
    this.end = end;
  }

  /** The pending run of spaces becomes one space (none at the start of the line). */
  private flushSpace(): void {
    if (this.map.length > 0) {
      if (this.spaceRun >= 3) this.gap = true;
      if (this.source !== undefined && this.source.charCodeAt(this.spaceAt) === 32) this.appendSource(this.spaceAt);
      else this.appendLiteral(" ");
      this.map.push(this.spaceAt);
    }
    this.spaceAt = -1;
  }

  private appendSource(at: number): void {
    if (at === this.runTo) {
      this.runTo++;
      return;
    }
    if (this.runTo > this.runFrom) this.text += this.source!.slice(this.runFrom, this.runTo);
    this.runFrom = at;
    this.runTo = at + 1;
  }

  private appendLiteral(c: string): void {
    if (this.runTo > this.runFrom) this.text += this.source!.slice(this.runFrom, this.runTo);
    this.runFrom = this.runTo = -1;
    this.text += c;
  }

  /** End the current line (at source offset `at`, the line break, when known). Empty lines produce no segment. */
  lineBreak(at?: number): void {
    const length = this.map.length;
    if (length > 0) {
      const text = this.runTo > this.runFrom ? this.text + this.source!.slice(this.runFrom, this.runTo) : this.text;
      this.map.push(this.end);
      const seg: Seg = {
        text,
        map: this.map,
        gap: this.gap,
        indent: this.indent,
        width: this.lineStart >= 0 ? this.end - this.lineStart : length,
      };
      if (at !== undefined && at >= this.end) seg.breakAt = at;
      this.segs.push(seg);
    }
    this.text = "";
    this.runFrom = this.runTo = -1;
    this.map = [];
    this.end = -1;
    this.spaceAt = -1;
    this.spaceRun = 0;
    this.gap = false;
    this.indent = 0;
    this.leading = true;
    this.lineStart = -1;
  }

  finish(): Seg[] {
    this.lineBreak();
    return this.segs;
  }
}

/** The segment without its first `k` characters (e.g. a list marker), leading spaces dropped too. */
export function sliceSeg(seg: Seg, k: number): Seg {
  while (k < seg.text.length && seg.text[k] === " ") k++;
  return { ...seg, text: seg.text.slice(k), map: seg.map.slice(k) };
}
