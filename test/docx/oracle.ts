/**
 * An independent reading of word/document.xml for the Word tests: a small
 * regex tokenizer (not the reader's scanner) that lists the text of every
 * body paragraph in document order, with tracked changes accepted and
 * mc:Fallback copies left out. Tests compare the reader's positions with it.
 */
import JSZip from "jszip";
import { lineStarts, positionAt, type PolicyDocument } from "../../packages/core/dist/index.js";

export async function documentXml(bytes: Uint8Array, part = "word/document.xml"): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const file = zip.file(part);
  if (!file) throw new Error(`no ${part}`);
  return file.async("string");
}

const decode = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#x([0-9a-fA-F]+);/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&amp;/g, "&");

export function oracleParagraphs(xml: string): string[] {
  const body = xml
    .replace(/<mc:Fallback>[\s\S]*?<\/mc:Fallback>/g, "")
    .replace(/<w:(del|moveFrom)\b[^>]*>[\s\S]*?<\/w:\1>/g, "")
    .replace(/<w:(pPr|rPr)>[\s\S]*?<\/w:\1>/g, "")
    .replace(/<w:instrText\b[^>]*>[\s\S]*?<\/w:instrText>/g, "");
  const out: string[] = [];
  const stack: number[] = [];
  const token = /<w:p(?=[\s>/])([^>]*?)(\/?)>|<\/w:p>|<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(?:tab|br|cr)\b[^>]*\/>/g;
  for (let m = token.exec(body); m; m = token.exec(body)) {
    const t = m[0];
    if (t.startsWith("<w:p")) {
      out.push("");
      if (m[2] !== "/") stack.push(out.length - 1);
    } else if (t === "</w:p>") stack.pop();
    else if (stack.length > 0) {
      const i = stack[stack.length - 1];
      out[i] += m[3] !== undefined ? decode(m[3]) : " ";
    }
  }
  return out;
}

/**
 * Every block's text must be the text of the paragraph its first character's
 * line names, and every character's (line, column) must point at that same
 * character in the oracle's paragraph. Returns the problems found.
 */
export function positionProblems(doc: PolicyDocument, paragraphs: readonly string[]): string[] {
  const problems: string[] = [];
  const starts = lineStarts(doc.source);
  for (const b of doc.blocks) {
    for (let i = 0; i < b.text.length; i++) {
      const pos = positionAt(starts, b.map[i]);
      const para = paragraphs[pos.line];
      if (para === undefined || para[pos.column] !== b.text[i]) {
        problems.push(`block ${b.index} char ${i} (${JSON.stringify(b.text[i])}) -> paragraph ${pos.line + 1} col ${pos.column}: ${JSON.stringify(para?.slice(pos.column, pos.column + 10))}`);
        break;
      }
    }
  }
  return problems;
}
