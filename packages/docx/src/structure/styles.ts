/**
 * Paragraph styles of word/styles.xml, and the mammoth style map built from
 * them: built-in headings under any name or id (English "Heading 1", Swedish
 * Word's id "Rubrik1", custom names such as "Rubrik 1", styles that carry an
 * outline level), the title, and quote styles.
 */
import { attrValue, Tok, XmlCursor } from "../xml/xml-cursor.js";

export interface ParagraphStyle {
  id: string;
  name: string;
  basedOn?: string;
  outlineLevel?: number;
}

export interface StyleInfo {
  styles: Map<string, ParagraphStyle>;
  /** Heading level 1-6 of a style id (the title counts as level 1). */
  headingLevel(styleId: string | undefined): number | undefined;
  isTitle(styleId: string | undefined): boolean;
  isQuote(styleId: string | undefined): boolean;
  /** Table-of-contents entry or heading styles ("toc 1", "TOC Heading", "Innehåll 1"). */
  isToc(styleId: string | undefined): boolean;
  /** Style map lines for mammoth (they come before mammoth's defaults). */
  styleMap: string[];
}

const HEADING_NAME = /^(?:heading|rubrik)\s*([1-6])$/i;
const TITLE_NAME = /^(?:title|rubrik|titel)$/i;
const QUOTE_NAME = /^(?:quote|quotations|intense quote|citat|starkt citat)$/i;
const TOC_NAME = /^(?:toc\s*\d|toc heading|innehåll\s*\d|innehållsförteckningsrubrik|table of contents)$/i;

export function readStyles(xml: string | undefined): StyleInfo {
  const styles = new Map<string, ParagraphStyle>();
  if (xml) {
    const c = new XmlCursor(xml);
    let cur: ParagraphStyle | null = null;
    let depth = 0;
    let styleDepth = -1;
    let pPrDepth = -1;
    for (let k = c.next(); k !== Tok.End; k = c.next()) {
      if (k === Tok.Open || k === Tok.SelfClose) {
        if (c.name === "w:style" && attrValue(c.attrs, "w:type") === "paragraph") {
          cur = { id: attrValue(c.attrs, "w:styleId") ?? "", name: "" };
          if (cur.id) styles.set(cur.id, cur);
          styleDepth = depth;
        } else if (cur && depth === styleDepth + 1) {
          if (c.name === "w:name") cur.name = attrValue(c.attrs, "w:val") ?? "";
          else if (c.name === "w:basedOn") cur.basedOn = attrValue(c.attrs, "w:val");
          else if (c.name === "w:pPr") pPrDepth = depth;
        } else if (cur && pPrDepth >= 0 && depth === pPrDepth + 1 && c.name === "w:outlineLvl") {
          const v = Number(attrValue(c.attrs, "w:val"));
          if (Number.isInteger(v)) cur.outlineLevel = v;
        }
        if (k === Tok.Open) depth++;
        else if (cur && c.name === "w:style" && depth === styleDepth) {
          cur = null;
          styleDepth = -1;
        }
      } else if (k === Tok.Close) {
        depth--;
        if (depth === pPrDepth) pPrDepth = -1;
        if (depth === styleDepth) {
          cur = null;
          styleDepth = -1;
        }
      }
    }
  }

  const levelCache = new Map<string, number | undefined>();
  const outlineOf = (id: string, seen = new Set<string>()): number | undefined => {
    const s = styles.get(id);
    if (!s || seen.has(id)) return undefined;
    seen.add(id);
    if (s.outlineLevel !== undefined) return s.outlineLevel;
    return s.basedOn ? outlineOf(s.basedOn, seen) : undefined;
  };
  const isTitle = (id: string | undefined) => {
    if (!id) return false;
    const s = styles.get(id);
    return TITLE_NAME.test(s?.name || id) || (!s && /^(?:Title|Rubrik|Titel)$/.test(id));
  };
  const headingLevel = (id: string | undefined): number | undefined => {
    if (!id) return undefined;
    if (levelCache.has(id)) return levelCache.get(id);
    const s = styles.get(id);
    let level: number | undefined;
    const byName = HEADING_NAME.exec(s?.name ?? "") ?? /^(?:Heading|Rubrik)([1-6])$/.exec(id);
    if (byName) level = Number(byName[1]);
    else if (isTitle(id)) level = 1;
    else if (!TOC_NAME.test(s?.name ?? id)) {
      const o = outlineOf(id);
      if (o !== undefined && o >= 0 && o <= 5) level = o + 1;
    }
    levelCache.set(id, level);
    return level;
  };
  const isQuote = (id: string | undefined) => !!id && QUOTE_NAME.test(styles.get(id)?.name || id);
  const isToc = (id: string | undefined) => !!id && (TOC_NAME.test(styles.get(id)?.name ?? "") || /^(?:TOC|Innehll|Innehall)\d$/i.test(id) || /^TOCHeading$/i.test(id));

  const styleMap: string[] = [];
  for (const s of styles.values()) {
    const selector = mammothSelector(s);
    if (!selector) continue;
    const level = headingLevel(s.id);
    if (level !== undefined) styleMap.push(`${selector} => h${level}:fresh`);
    else if (isQuote(s.id)) styleMap.push(`${selector} => blockquote > p:fresh`);
  }
  // Swedish and English built-in ids, for paragraphs whose style is missing from styles.xml.
  for (let n = 1; n <= 6; n++) styleMap.push(`p.Rubrik${n} => h${n}:fresh`);
  styleMap.push("p.Title => h1:fresh", "p.Rubrik => h1:fresh", "p.Titel => h1:fresh");
  return { styles, headingLevel, isTitle, isQuote, isToc, styleMap };
}

/** `p[style-name='…']` when the name is safe to quote, else `p.Id` when the id is a plain identifier. */
function mammothSelector(s: ParagraphStyle): string | undefined {
  if (s.name && !/['\\\r\n]/.test(s.name)) return `p[style-name='${s.name}']`;
  if (/^[A-Za-z][A-Za-z0-9_-]*$/.test(s.id)) return `p.${s.id}`;
  return undefined;
}
