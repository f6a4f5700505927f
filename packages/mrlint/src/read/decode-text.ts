/**
 * Bytes -> text for Markdown and plain-text input. Decision (documented in
 * the README): UTF-8 with or without BOM is read; UTF-16 LE/BE *with* a BOM
 * is decoded too (Windows Notepad writes it), and `--fix` writes such a file
 * back in its own encoding. Anything else with NUL bytes is not a text file;
 * ill-formed UTF-8 is an error naming the byte, never silently replaced.
 */
import { MrlintInputError, type Locale } from "@mrlint/core";
import { message } from "../messages.js";
import { firstInvalidUtf8 } from "./utf8.js";

export type TextEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be";

export interface DecodedText {
  /** The text without BOM: what positions refer to. */
  text: string;
  encoding: TextEncoding;
}

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export function decodeText(bytes: Uint8Array, file: string, locale: Locale = "en"): DecodedText {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decodeUtf16(bytes.subarray(2), false, file, locale), encoding: "utf-16le" };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decodeUtf16(bytes.subarray(2), true, file, locale), encoding: "utf-16be" };
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  if (body.indexOf(0) !== -1) {
    const id = looksLikeUtf16(body) ? "utf16NoBom" : "notText";
    throw new MrlintInputError("not-text", message(locale, id, { file }), file);
  }
  try {
    return { text: utf8.decode(body), encoding: bom ? "utf-8-bom" : "utf-8" };
  } catch {
    const at = firstInvalidUtf8(body);
    const offset = (at < 0 ? 0 : at) + (bom ? 3 : 0);
    const line = countLines(bytes, offset);
    throw new MrlintInputError("invalid-utf8", message(locale, "invalidUtf8", { file, offset, line }), file);
  }
}

export function encodeText(text: string, encoding: TextEncoding): Uint8Array {
  if (encoding === "utf-8") return new TextEncoder().encode(text);
  if (encoding === "utf-8-bom") {
    const body = new TextEncoder().encode(text);
    const out = new Uint8Array(body.length + 3);
    out.set([0xef, 0xbb, 0xbf]);
    out.set(body, 3);
    return out;
  }
  const out = new Uint8Array(2 + text.length * 2);
  const be = encoding === "utf-16be";
  out.set(be ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out[2 + i * 2 + (be ? 1 : 0)] = unit & 0xff;
    out[2 + i * 2 + (be ? 0 : 1)] = unit >> 8;
  }
  return out;
}

function decodeUtf16(body: Uint8Array, bigEndian: boolean, file: string, locale: Locale): string {
  if (body.length % 2 !== 0) {
    throw new MrlintInputError("invalid-utf16", message(locale, "invalidUtf16", { file, offset: body.length + 1 }), file);
  }
  const units = new Array<number>(body.length / 2);
  for (let i = 0; i < units.length; i++) {
    const a = body[i * 2];
    const b = body[i * 2 + 1];
    units[i] = bigEndian ? (a << 8) | b : (b << 8) | a;
  }
  // Unpaired surrogates mean the bytes are not really UTF-16 text.
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u >= 0xd800 && u <= 0xdbff) {
      const next = units[i + 1];
      if (next !== undefined && next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
    }
    if ((u >= 0xd800 && u <= 0xdfff) || u === 0) {
      throw new MrlintInputError("invalid-utf16", message(locale, "invalidUtf16", { file, offset: 2 + i * 2 }), file);
    }
  }
  let text = "";
  for (let i = 0; i < units.length; i += 8192) text += String.fromCharCode(...units.slice(i, i + 8192));
  return text;
}

/** Many NULs at every other byte: UTF-16 text that lost its BOM. */
function looksLikeUtf16(body: Uint8Array): boolean {
  const sample = Math.min(body.length, 4096) & ~1;
  if (sample < 4) return false;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample; i += 2) {
    if (body[i] === 0) evenNul++;
    if (body[i + 1] === 0) oddNul++;
  }
  const pairs = sample / 2;
  return (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) || (evenNul > pairs * 0.4 && oddNul < pairs * 0.05);
}

function countLines(bytes: Uint8Array, end: number): number {
  let line = 1;
  for (let i = 0; i < end; i++) if (bytes[i] === 10) line++;
  return line;
}
