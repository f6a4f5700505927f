/**
 * The package bookkeeping a comments part needs: its relationship from the
 * main document and its content-type override. Both are added only when
 * missing; nothing else in those parts changes.
 */
import { attrValue, Tok, XmlCursor } from "../xml/xml-cursor.js";
import { findRelationships, REL_TYPE } from "../package/relationships.js";

export const COMMENTS_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";

/** Target of the main document's comments relationship, if any (relative to the document's folder). */
export function commentsRelationshipTarget(relsXml: string | undefined): string | undefined {
  if (!relsXml) return undefined;
  return findRelationships(relsXml, "").find((r) => r.type === REL_TYPE.comments && !r.external)?.target;
}

export function addCommentsRelationship(relsXml: string | undefined, target: string): string {
  const ids = new Set(relsXml ? findRelationships(relsXml, "").map((r) => r.id) : []);
  let id = "rIdMrlintComments";
  for (let n = 2; ids.has(id); n++) id = `rIdMrlintComments${n}`;
  const rel = `<Relationship Id="${id}" Type="${REL_TYPE.comments}" Target="${target}"/>`;
  if (!relsXml) {
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n` +
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel}</Relationships>`
    );
  }
  return insertBeforeRootClose(relsXml, "Relationships", rel);
}

/** Adds `<Override PartName="/word/comments.xml" …/>` unless the part already has a content type. */
export function ensureCommentsContentType(typesXml: string, partPath: string): string {
  const partName = `/${partPath}`;
  const c = new XmlCursor(typesXml);
  for (let k = c.next(); k !== Tok.End; k = c.next()) {
    if ((k === Tok.SelfClose || k === Tok.Open) && /(^|:)Override$/.test(c.name)) {
      if ((attrValue(c.attrs, "PartName") ?? "").toLowerCase() === partName.toLowerCase()) return typesXml;
    }
  }
  return insertBeforeRootClose(typesXml, "Types", `<Override PartName="${partName}" ContentType="${COMMENTS_CONTENT_TYPE}"/>`);
}

function insertBeforeRootClose(xml: string, root: string, text: string): string {
  const close = new RegExp(`</(?:[\\w.-]+:)?${root}>\\s*$`).exec(xml);
  if (close) return xml.slice(0, close.index) + text + xml.slice(close.index);
  const selfClosing = new RegExp(`<((?:[\\w.-]+:)?${root})\\b([^>]*?)\\s*/>`).exec(xml);
  if (selfClosing) {
    return xml.slice(0, selfClosing.index) + `<${selfClosing[1]}${selfClosing[2]}>${text}</${selfClosing[1]}>` + xml.slice(selfClosing.index + selfClosing[0].length);
  }
  throw new Error(`no <${root}> root element`);
}
