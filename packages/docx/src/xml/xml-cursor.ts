/**
 * A forward-only XML tokenizer over a string that reports raw positions.
 *
 * OOXML parts are rewritten by splicing at exact byte positions (the review
 * writer keeps everything it does not touch verbatim), so a DOM is no use:
 * we need where each tag starts and ends. The cursor allocates nothing per
 * token; callers read its fields after `next()`.
 *
 * It never resolves entities or fetches anything; callers refuse DOCTYPE
 * before scanning (see `assertNoDoctype`).
 */

export const Tok = {
  End: 0,
  Open: 1,
  Close: 2,
  SelfClose: 3,
  Text: 4,
  /** CDATA section: `textStart..textEnd` is the raw (not entity-encoded) content. */
  CData: 5,
} as const;
export type Tok = (typeof Tok)[keyof typeof Tok];

// Name, then attributes (quoted values may hold '>' or '/'), then optional '/'.
const TAG = /<(\/?)([A-Za-z_][\w.\-]*(?::[A-Za-z_][\w.\-]*)?)((?:\s+[^\s=/>"']+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;

export class XmlSyntaxError extends Error {
  override readonly name = "XmlSyntaxError";
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

export class XmlCursor {
  kind: Tok = Tok.End;
  /** Qualified element name for Open/Close/SelfClose. */
  name = "";
  /** Raw attribute text of an Open/SelfClose tag (leading whitespace included). */
  attrs = "";
  /** Raw extent of the token: tag or text run. */
  start = 0;
  end = 0;
  /** Content extent for Text/CData tokens. */
  textStart = 0;
  textEnd = 0;
  private pos = 0;

  constructor(readonly xml: string, from = 0) {
    this.pos = from;
  }

  next(): Tok {
    const xml = this.xml;
    const len = xml.length;
    for (;;) {
      const pos = this.pos;
      if (pos >= len) {
        this.kind = Tok.End;
        this.start = this.end = len;
        return Tok.End;
      }
      if (xml.charCodeAt(pos) !== 60 /* < */) {
        let lt = xml.indexOf("<", pos);
        if (lt < 0) lt = len;
        this.kind = Tok.Text;
        this.start = this.textStart = pos;
        this.end = this.textEnd = lt;
        this.pos = lt;
        return Tok.Text;
      }
      const c1 = xml.charCodeAt(pos + 1);
      if (c1 === 63 /* ? */) {
        const e = xml.indexOf("?>", pos + 2);
        if (e < 0) throw new XmlSyntaxError("unterminated processing instruction", pos);
        this.pos = e + 2;
        continue;
      }
      if (c1 === 33 /* ! */) {
        if (xml.startsWith("<!--", pos)) {
          const e = xml.indexOf("-->", pos + 4);
          if (e < 0) throw new XmlSyntaxError("unterminated comment", pos);
          this.pos = e + 3;
          continue;
        }
        if (xml.startsWith("<![CDATA[", pos)) {
          const e = xml.indexOf("]]>", pos + 9);
          if (e < 0) throw new XmlSyntaxError("unterminated CDATA section", pos);
          this.kind = Tok.CData;
          this.start = pos;
          this.textStart = pos + 9;
          this.textEnd = e;
          this.end = this.pos = e + 3;
          return Tok.CData;
        }
        // DOCTYPE / ENTITY declarations are refused before any scan.
        throw new XmlSyntaxError("markup declaration (<!…>) is not allowed", pos);
      }
      TAG.lastIndex = pos;
      const m = TAG.exec(xml);
      if (!m) throw new XmlSyntaxError("malformed tag", pos);
      this.start = pos;
      this.end = this.pos = TAG.lastIndex;
      this.name = m[2];
      this.attrs = m[3];
      if (m[1]) {
        if (m[4] || m[3]) throw new XmlSyntaxError("malformed end tag", pos);
        this.kind = Tok.Close;
      } else this.kind = m[4] ? Tok.SelfClose : Tok.Open;
      return this.kind;
    }
  }

  /** Skip to just after the end tag matching the Open tag just read; returns the end tag's start. */
  skipElement(): number {
    const name = this.name;
    let depth = 1;
    for (;;) {
      const k = this.next();
      if (k === Tok.End) throw new XmlSyntaxError(`unclosed <${name}>`, this.start);
      if (k === Tok.Open) depth++;
      else if (k === Tok.Close && --depth === 0) return this.start;
    }
  }
}

/** Value of attribute `name` in a raw attribute string, entity-decoded; undefined when absent. */
export function attrValue(attrs: string, name: string): string | undefined {
  if (attrs.length === 0) return undefined;
  let i = attrs.indexOf(name);
  while (i >= 0) {
    const before = i === 0 ? 32 : attrs.charCodeAt(i - 1);
    const isBoundary = before === 32 || before === 9 || before === 10 || before === 13;
    let j = i + name.length;
    while (j < attrs.length && /\s/.test(attrs[j])) j++;
    if (isBoundary && attrs[j] === "=") {
      j++;
      while (j < attrs.length && /\s/.test(attrs[j])) j++;
      const q = attrs[j];
      if (q === '"' || q === "'") {
        const e = attrs.indexOf(q, j + 1);
        if (e > 0) return decodeXmlText(attrs.slice(j + 1, e));
      }
      return undefined;
    }
    i = attrs.indexOf(name, i + 1);
  }
  return undefined;
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Decode the five predefined entities and character references; unknown entities stay literal. */
export function decodeXmlText(raw: string): string {
  if (raw.indexOf("&") < 0) return raw;
  return raw.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z]+);/g, (whole, ref: string) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

/**
 * Raw index in `raw` (entity-encoded text) at which decoded character `k`
 * starts. Used to split a `w:t` at a decoded offset without breaking an entity.
 */
export function rawIndexOfDecoded(raw: string, k: number): number {
  let decoded = 0;
  let i = 0;
  const re = /&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z]+);/y;
  while (i < raw.length && decoded < k) {
    if (raw.charCodeAt(i) === 38 /* & */) {
      re.lastIndex = i;
      const m = re.exec(raw);
      if (m) {
        decoded += decodeXmlText(m[0]).length;
        i = re.lastIndex;
        continue;
      }
    }
    decoded++;
    i++;
  }
  return i;
}

export function escapeXmlText(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : "&gt;"));
}

export function escapeXmlAttr(s: string): string {
  return s.replace(/[&<>"']/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : c === '"' ? "&quot;" : "&apos;",
  );
}

/** Characters XML 1.0 forbids; a comment text must not carry them into comments.xml. */
export function stripInvalidXmlChars(s: string): string {
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "");
}
