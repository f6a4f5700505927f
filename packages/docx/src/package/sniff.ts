/**
 * What a file is, from its first bytes: a zip package, an OLE compound file
 * (old binary Office, or an encrypted OOXML document, which Office wraps in
 * OLE), or something else we can name in the error message.
 */

export type Container =
  | { kind: "zip" }
  | { kind: "ole"; encrypted: boolean; word: boolean }
  | { kind: "other"; looksLike?: string };

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

/** UTF-16LE bytes of an ASCII name, as OLE directory entries store stream names. */
function utf16le(name: string): Uint8Array {
  const out = new Uint8Array(name.length * 2);
  for (let i = 0; i < name.length; i++) out[i * 2] = name.charCodeAt(i);
  return out;
}

function contains(hay: Uint8Array, needle: Uint8Array): boolean {
  // Buffer.indexOf is a fast native search; fall back to a plain loop in other runtimes.
  const B = (globalThis as { Buffer?: { from(a: ArrayBufferLike, o: number, l: number): { indexOf(n: Uint8Array): number } } }).Buffer;
  if (B) return B.from(hay.buffer, hay.byteOffset, hay.byteLength).indexOf(needle) >= 0;
  outer: for (let i = 0; i + needle.length <= hay.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/**
 * Encrypted OOXML (Agile or Standard encryption) is an OLE file holding the
 * streams "EncryptionInfo" and "EncryptedPackage"; a Word 97-2003 document
 * holds "WordDocument". Stream names sit in the OLE directory as UTF-16LE.
 */
export function sniffContainer(bytes: Uint8Array): Container {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7)) {
    return { kind: "zip" };
  }
  if (startsWith(bytes, OLE_MAGIC)) {
    const encrypted = contains(bytes, utf16le("EncryptionInfo")) && contains(bytes, utf16le("EncryptedPackage"));
    const word = contains(bytes, utf16le("WordDocument"));
    return { kind: "ole", encrypted, word };
  }
  return { kind: "other", looksLike: describe(bytes) };
}

function describe(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 512));
  const trimmed = head.replace(/^\uFEFF|^\xEF\xBB\xBF/, "").trimStart();
  if (bytes.length === 0) return "an empty file";
  if (trimmed.startsWith("%PDF")) return "a PDF file";
  if (trimmed.startsWith("{\\rtf")) return "an RTF file";
  if (/^<!doctype html|^<html/i.test(trimmed)) return "an HTML file";
  if (/^<\?xml/.test(trimmed)) {
    if (/<w:wordDocument|<pkg:package/.test(head)) return "a Word 2003 XML / flat OPC file";
    if (/<office:document/.test(head)) return "a flat OpenDocument file";
    return "an XML file";
  }
  if (bytes.length >= 4 && bytes[0] === 0x1f && bytes[1] === 0x8b) return "a gzip file";
  // Mostly printable text: say so (a Markdown or text file renamed to .docx).
  let printable = 0;
  const n = Math.min(bytes.length, 512);
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 9 || b === 10 || b === 13 || (b >= 32 && b !== 127)) printable++;
  }
  return printable / n > 0.95 ? "a text file" : undefined;
}
