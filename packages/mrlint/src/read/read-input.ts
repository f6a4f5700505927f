/**
 * Reads a file's bytes with the checks that must come before any parser:
 * existence, not a directory, the size limit (checked on stat, so a huge
 * file is never loaded), and readable.
 */
import { promises as fs, type Stats } from "node:fs";
import path from "node:path";
import { MrlintInputError, type Locale } from "@mrlint/core";
import { message } from "../messages.js";

/** Largest file linted unless the config's `limits.maxFileBytes` says otherwise: 10 MB. */
export const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;

export async function readInputBytes(
  filePath: string,
  shown: string,
  maxFileBytes: number = DEFAULT_MAX_FILE_BYTES,
  locale: Locale = "en",
): Promise<Uint8Array> {
  let stat;
  try {
    stat = await fs.stat(filePath);
  } catch (error) {
    throw fsError(error, shown, locale);
  }
  if (stat.isDirectory()) throw new MrlintInputError("is-directory", message(locale, "isDirectory", { file: shown }), filePath);
  // Reading a FIFO, socket or device (/dev/zero, a named pipe) blocks or never ends.
  if (!stat.isFile()) {
    const kind = specialFileKind(stat, locale);
    throw new MrlintInputError("not-a-file", message(locale, "notRegularFile", { file: shown, kind }), filePath);
  }
  if (stat.size > maxFileBytes) {
    throw new MrlintInputError(
      "file-too-large",
      message(locale, "tooLarge", { file: shown, size: stat.size, limit: maxFileBytes }),
      filePath,
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(filePath);
  } catch (error) {
    throw fsError(error, shown, locale);
  }
  if (bytes.length > maxFileBytes) {
    // The file grew between stat and read.
    throw new MrlintInputError(
      "file-too-large",
      message(locale, "tooLarge", { file: shown, size: bytes.length, limit: maxFileBytes }),
      filePath,
    );
  }
  if (path.extname(filePath).toLowerCase() === ".doc" && isOleCompound(bytes)) {
    throw new MrlintInputError("old-word-format", message(locale, "oldWord", { file: shown }), filePath);
  }
  return bytes;
}

export function fsError(error: unknown, shown: string, locale: Locale): MrlintInputError {
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === "ENOENT" || code === "ENOTDIR") {
    return new MrlintInputError("not-found", message(locale, "notFound", { file: shown }), shown);
  }
  if (code === "EISDIR") return new MrlintInputError("is-directory", message(locale, "isDirectory", { file: shown }), shown);
  const reason = code ?? (error instanceof Error ? error.message : String(error));
  return new MrlintInputError("unreadable", message(locale, "unreadable", { file: shown, reason }), shown);
}

function specialFileKind(stat: Stats, locale: Locale): string {
  const sv = locale === "sv";
  if (stat.isFIFO()) return sv ? "en namngiven pipe (FIFO)" : "named pipe (FIFO)";
  if (stat.isSocket()) return sv ? "en socket" : "socket";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return sv ? "en enhetsfil" : "device";
  return sv ? "ett specialobjekt" : "special file";
}

/** The signature of the old binary Word format's OLE container. */
function isOleCompound(bytes: Uint8Array): boolean {
  const sig = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  return bytes.length >= 8 && sig.every((b, i) => bytes[i] === b);
}
