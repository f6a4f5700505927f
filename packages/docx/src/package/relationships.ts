/** OPC relationship parts (`*.rels`): reading them and resolving their targets. */
import { attrValue, Tok, XmlCursor } from "../xml/xml-cursor.js";

const RELS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export const REL_TYPE = {
  officeDocument: `${RELS}/officeDocument`,
  styles: `${RELS}/styles`,
  numbering: `${RELS}/numbering`,
  footnotes: `${RELS}/footnotes`,
  endnotes: `${RELS}/endnotes`,
  comments: `${RELS}/comments`,
  commentsExtended: "http://schemas.microsoft.com/office/2011/relationships/commentsExtended",
  commentsIds: "http://schemas.microsoft.com/office/2016/09/relationships/commentsIds",
  commentsExtensible: "http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible",
} as const;

/** Strict OOXML uses other namespace URIs for the same relationship types. */
const STRICT_RELS = "http://purl.oclc.org/ooxml/officeDocument/relationships";

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export function findRelationships(xml: string, _partName: string): Relationship[] {
  const out: Relationship[] = [];
  const c = new XmlCursor(xml);
  for (let k = c.next(); k !== Tok.End; k = c.next()) {
    if ((k === Tok.Open || k === Tok.SelfClose) && localName(c.name) === "Relationship") {
      const type = (attrValue(c.attrs, "Type") ?? "").replace(STRICT_RELS, RELS);
      out.push({
        id: attrValue(c.attrs, "Id") ?? "",
        type,
        target: attrValue(c.attrs, "Target") ?? "",
        external: (attrValue(c.attrs, "TargetMode") ?? "") === "External",
      });
    }
  }
  return out;
}

function localName(qname: string): string {
  const i = qname.indexOf(":");
  return i < 0 ? qname : qname.slice(i + 1);
}

/** `word/document.xml` -> `word/_rels/document.xml.rels`. */
export function relsPathFor(partPath: string): string {
  const i = partPath.lastIndexOf("/");
  return i < 0 ? `_rels/${partPath}.rels` : `${partPath.slice(0, i)}/_rels/${partPath.slice(i + 1)}.rels`;
}

/** Resolve a relationship target against the source part's folder; "/x" is package-absolute. */
export function resolveTarget(baseDir: string, target: string): string {
  const raw = target.startsWith("/") ? target.slice(1) : baseDir ? `${baseDir}/${target}` : target;
  const parts: string[] = [];
  for (const seg of raw.split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") parts.pop();
    else parts.push(seg);
  }
  return parts.join("/");
}
