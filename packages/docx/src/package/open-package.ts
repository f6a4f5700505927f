/**
 * Opens a .docx safely: identifies non-zip inputs (OLE = encrypted or .doc),
 * enforces entry-count and uncompressed-size limits from the zip directory
 * before inflating, inflates each part under a byte budget (a part that lies
 * about its size cannot inflate past the budget), and refuses XML with a
 * DOCTYPE/ENTITY declaration.
 */
import JSZip from "jszip";
import type { Locale } from "@mrlint/core";
import { docxError, type DocxErrorCode, type DocxErrorData } from "../messages.js";
import { sniffContainer } from "./sniff.js";
import { readZipDirectory, ZipDirectoryError, type ZipDirectory } from "./zip-directory.js";
import { XmlSyntaxError } from "../xml/xml-cursor.js";
import { findRelationships, relsPathFor, resolveTarget, REL_TYPE } from "./relationships.js";

export interface DocxLimits {
  /** Largest total uncompressed size of all zip entries (default 100 MB). */
  maxUncompressedBytes: number;
  /** Most zip entries (default 2,000). */
  maxEntries: number;
}

export const DEFAULT_DOCX_LIMITS: DocxLimits = { maxUncompressedBytes: 100_000_000, maxEntries: 2_000 };

export interface DocxPackage {
  /** Name used in messages. */
  file: string;
  zip: JSZip;
  directory: ZipDirectory;
  /** Path of the main document part, normally "word/document.xml". */
  mainPath: string;
  has(path: string): boolean;
  /** A part's text (UTF-8 or UTF-16 by BOM), DOCTYPE refused; undefined when absent. */
  readXml(path: string): Promise<string | undefined>;
  /** Path of the part the main document's relationship of `type` points at, if present in the zip. */
  relatedPart(type: string): Promise<string | undefined>;
  fail(code: DocxErrorCode, data?: Omit<DocxErrorData, "file">): never;
}

export interface OpenOptions {
  file?: string;
  limits?: Partial<DocxLimits>;
  locale?: Locale;
}

class BudgetExceeded extends Error {}

export async function openDocxPackage(bytes: Uint8Array, options: OpenOptions = {}): Promise<DocxPackage> {
  const file = options.file ?? "document.docx";
  const locale = options.locale ?? "en";
  const limits = { ...DEFAULT_DOCX_LIMITS, ...definedOnly(options.limits) };
  const fail: (code: DocxErrorCode, data?: Omit<DocxErrorData, "file">) => never = (code, data = {}) => {
    throw docxError(code, { file, ...data }, locale);
  };

  const container = sniffContainer(bytes);
  if (container.kind === "ole") {
    if (container.encrypted) fail("docx-encrypted");
    fail(container.word ? "docx-legacy-doc" : "docx-legacy-office");
  }
  if (container.kind === "other") fail("docx-not-zip", { detail: container.looksLike });

  let directory: ZipDirectory;
  try {
    directory = readZipDirectory(bytes, limits.maxEntries);
  } catch (e) {
    if (e instanceof ZipDirectoryError && e.reason === "too-many-entries") {
      fail("docx-too-many-entries", { actual: e.count, limit: limits.maxEntries });
    }
    fail("docx-corrupt", { detail: e instanceof Error ? e.message : String(e) });
  }
  if (directory.totalUncompressed > limits.maxUncompressedBytes) {
    fail("docx-too-large", { actual: directory.totalUncompressed, limit: limits.maxUncompressedBytes });
  }

  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes, { checkCRC32: false, createFolders: false });
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    if (/encrypted/i.test(msg)) fail("docx-encrypted");
    fail("docx-corrupt", { detail: msg });
  }

  // Inflation budget shared by every part read from this package.
  let budget = limits.maxUncompressedBytes;
  const cache = new Map<string, Promise<string | undefined>>();

  const inflate = async (path: string): Promise<Uint8Array> => {
    const entry = zip.file(path);
    if (!entry) throw new Error(`missing ${path}`);
    try {
      const data = await inflateWithin(entry, budget);
      budget -= data.length;
      return data;
    } catch (e) {
      if (e instanceof BudgetExceeded) fail("docx-too-large", { limit: limits.maxUncompressedBytes });
      fail("docx-corrupt", { detail: `${path}: ${e instanceof Error ? e.message : String(e)}` });
    }
  };

  const readXml = (path: string): Promise<string | undefined> => {
    let p = cache.get(path);
    if (!p) {
      p = (async () => {
        if (!zip.file(path)) return undefined;
        const text = decodeXmlBytes(await inflate(path));
        if (/<!DOCTYPE|<!ENTITY/i.test(text)) fail("docx-xml-doctype", { part: path });
        return text;
      })();
      cache.set(path, p);
    }
    return p;
  };

  const has = (path: string) => zip.file(path) !== null;
  const relationshipsOf = (xml: string, part: string) => {
    try {
      return findRelationships(xml, part);
    } catch (e) {
      if (e instanceof XmlSyntaxError) fail("docx-xml-malformed", { part, detail: `${e.message} at character ${e.offset}` });
      throw e;
    }
  };
  const names = new Set(directory.entries.map((e) => e.name));

  // The main part is what the package relationships call the office document.
  let mainPath = "word/document.xml";
  const rootRels = await readXml("_rels/.rels");
  if (rootRels) {
    const office = relationshipsOf(rootRels, "_rels/.rels").find((r) => r.type === REL_TYPE.officeDocument && !r.external);
    if (office) {
      const target = resolveTarget("", office.target);
      if (has(target)) mainPath = target;
    }
  }
  if (!has(mainPath)) {
    if (names.has("xl/workbook.xml")) fail("docx-not-word", { detail: "an Excel workbook (.xlsx)" });
    if (names.has("ppt/presentation.xml")) fail("docx-not-word", { detail: "a PowerPoint presentation (.pptx)" });
    if (names.has("content.xml") && names.has("mimetype")) fail("docx-not-word", { detail: "an OpenDocument file (.odt)" });
    fail("docx-no-document");
  }

  const relatedPart = async (type: string): Promise<string | undefined> => {
    const relsPath = relsPathFor(mainPath);
    const rels = await readXml(relsPath);
    if (!rels) return undefined;
    const rel = relationshipsOf(rels, relsPath).find((r) => r.type === type && !r.external);
    if (!rel) return undefined;
    const path = resolveTarget(dirname(mainPath), rel.target);
    return has(path) ? path : undefined;
  };

  return { file, zip, directory, mainPath, has, readXml, relatedPart, fail };
}

function definedOnly<T extends object>(o: T | undefined): Partial<T> {
  const out: Partial<T> = {};
  if (!o) return out;
  for (const [k, v] of Object.entries(o)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

export function dirname(path: string): string {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i);
}

/** JSZip's streaming reader (present in 3.10, missing from its typings). */
interface StreamingEntry {
  internalStream(type: "uint8array"): {
    on(event: "data", cb: (chunk: Uint8Array) => void): unknown;
    on(event: "error", cb: (e: Error) => void): unknown;
    on(event: "end", cb: () => void): unknown;
    pause(): unknown;
    resume(): unknown;
  };
}

/** Inflate one entry, aborting as soon as the output passes `budget` bytes. */
function inflateWithin(entry: JSZip.JSZipObject, budget: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    let settled = false;
    const stream = (entry as unknown as StreamingEntry).internalStream("uint8array");
    stream.on("data", (chunk: Uint8Array) => {
      if (settled) return;
      size += chunk.length;
      if (size > budget) {
        settled = true;
        stream.pause();
        reject(new BudgetExceeded());
        return;
      }
      chunks.push(chunk);
    });
    stream.on("error", (e: Error) => {
      if (settled) return;
      settled = true;
      reject(e);
    });
    stream.on("end", () => {
      if (settled) return;
      settled = true;
      const out = new Uint8Array(size);
      let o = 0;
      for (const c of chunks) {
        out.set(c, o);
        o += c.length;
      }
      resolve(out);
    });
    stream.resume();
  });
}

/** XML parts are UTF-8 unless they start with a UTF-16 byte-order mark. */
function decodeXmlBytes(b: Uint8Array): string {
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return new TextDecoder("utf-16le").decode(b);
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return new TextDecoder("utf-16be").decode(b);
  return new TextDecoder("utf-8").decode(b);
}
