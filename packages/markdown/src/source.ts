/**
 * Positions refer to the text without its byte order mark: a BOM is not part
 * of the document, and editors do not count it as a column. CRLF line ends
 * are kept, so that offsets and columns match the file as the editor shows it.
 */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
