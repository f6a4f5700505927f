/** The Word comments of word/comments.xml: id, author, text and raw extent. */
import { attrValue, decodeXmlText, Tok, XmlCursor } from "../xml/xml-cursor.js";

export interface WordComment {
  id: string;
  author: string;
  initials: string;
  /** Text of each paragraph of the comment. */
  paragraphs: string[];
  /** `w14:paraId` of its paragraphs (commentsExtended and friends key on the last one). */
  paraIds: string[];
  /** Raw extent of `<w:comment …>…</w:comment>` in comments.xml. */
  start: number;
  end: number;
}

export function readComments(xml: string | undefined): WordComment[] {
  if (!xml) return [];
  const out: WordComment[] = [];
  const c = new XmlCursor(xml);
  let cur: WordComment | null = null;
  let para: string | null = null;
  let hidden = 0;
  for (let k = c.next(); k !== Tok.End; k = c.next()) {
    if (k === Tok.Open || k === Tok.SelfClose) {
      const name = c.name;
      if (name === "w:comment") {
        cur = {
          id: attrValue(c.attrs, "w:id") ?? "",
          author: attrValue(c.attrs, "w:author") ?? "",
          initials: attrValue(c.attrs, "w:initials") ?? "",
          paragraphs: [],
          paraIds: [],
          start: c.start,
          end: c.end,
        };
        if (k === Tok.SelfClose) {
          out.push(cur);
          cur = null;
        }
        continue;
      }
      if (!cur) continue;
      if (name === "w:p") {
        para = "";
        const pid = attrValue(c.attrs, "w14:paraId");
        if (pid) cur.paraIds.push(pid);
        if (k === Tok.SelfClose) {
          cur.paragraphs.push("");
          para = null;
        }
      } else if (name === "w:del" || name === "w:moveFrom" || name === "w:pPr" || name === "w:rPr") {
        if (k === Tok.Open) hidden++;
      } else if (name === "w:t" && k === Tok.Open) {
        const from = c.end;
        const to = c.skipElement();
        if (hidden === 0 && para !== null) para += decodeXmlText(xml.slice(from, to));
      } else if ((name === "w:tab" || name === "w:br") && hidden === 0 && para !== null) para += " ";
    } else if (k === Tok.Close) {
      const name = c.name;
      if (name === "w:comment" && cur) {
        if (para !== null) cur.paragraphs.push(para);
        para = null;
        cur.end = c.end;
        out.push(cur);
        cur = null;
      } else if (name === "w:p" && cur && para !== null) {
        cur.paragraphs.push(para);
        para = null;
      } else if (name === "w:del" || name === "w:moveFrom" || name === "w:pPr" || name === "w:rPr") hidden--;
    }
  }
  return out;
}

export function commentText(c: WordComment): string {
  return c.paragraphs.join("\n");
}
