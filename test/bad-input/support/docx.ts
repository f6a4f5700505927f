/**
 * Word packages assembled from raw XML, for inputs no word processor would
 * write: a DOCTYPE with entities, broken XML, 100,000 paragraphs.
 */
import JSZip from "jszip";

const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';

const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

/** `<w:p>` elements for the given paragraph texts ("" gives an empty paragraph). */
export function paragraphsXml(texts: Iterable<string>): string {
  const parts: string[] = [];
  for (const text of texts) parts.push(text === "" ? "<w:p/>" : `<w:p><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`);
  return parts.join("");
}

/** A document.xml with `body` (raw XML) as its body; `prolog` goes before the root element. */
export function documentXml(body: string, prolog = ""): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>${prolog}<w:document xmlns:w="${W}"><w:body>${body}</w:body></w:document>`;
}

/** A .docx whose main part is `document` (a document.xml text). */
export async function rawDocx(document: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", CONTENT_TYPES);
  zip.file("_rels/.rels", ROOT_RELS);
  zip.file("word/document.xml", document);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
