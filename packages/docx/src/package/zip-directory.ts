/**
 * Reads a zip's central directory (names and declared sizes) without
 * inflating anything, so that limits are enforced before any decompression:
 * a zip bomb is refused from its directory alone.
 */

export interface ZipDirectoryEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
}

export interface ZipDirectory {
  entries: ZipDirectoryEntry[];
  totalUncompressed: number;
}

/** Why a directory could not be read; the caller turns it into an input error. */
export class ZipDirectoryError extends Error {
  override readonly name = "ZipDirectoryError";
  constructor(
    readonly reason: "corrupt" | "too-many-entries",
    message: string,
    readonly count?: number,
  ) {
    super(message);
  }
}

const EOCD_SIG = 0x06054b50;
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CDH_SIG = 0x02014b50;

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}
function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;
}
function u64(b: Uint8Array, i: number): number {
  return u32(b, i) + u32(b, i + 4) * 0x100000000;
}

function findEndOfCentralDirectory(b: Uint8Array): number {
  const lowest = Math.max(0, b.length - 22 - 0xffff);
  for (let i = b.length - 22; i >= lowest; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && u32(b, i) === EOCD_SIG) return i;
  }
  return -1;
}

export function readZipDirectory(bytes: Uint8Array, maxEntries: number): ZipDirectory {
  const eocd = findEndOfCentralDirectory(bytes);
  if (eocd < 0) throw new ZipDirectoryError("corrupt", "no end-of-central-directory record (truncated or not a zip)");
  let count = u16(bytes, eocd + 10);
  let cdOffset = u32(bytes, eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) {
    const loc = eocd - 20;
    if (loc >= 0 && u32(bytes, loc) === ZIP64_LOCATOR_SIG) {
      const z = u64(bytes, loc + 8);
      if (z + 56 > bytes.length || u32(bytes, z) !== ZIP64_EOCD_SIG) {
        throw new ZipDirectoryError("corrupt", "bad zip64 end-of-central-directory record");
      }
      count = u64(bytes, z + 32);
      cdOffset = u64(bytes, z + 48);
    }
  }
  if (count > maxEntries) {
    throw new ZipDirectoryError("too-many-entries", `${count} entries`, count);
  }
  const entries: ZipDirectoryEntry[] = [];
  let total = 0;
  let p = cdOffset;
  const decoder = new TextDecoder("utf-8");
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== CDH_SIG) {
      throw new ZipDirectoryError("corrupt", `central directory entry ${n + 1} is damaged`);
    }
    const method = u16(bytes, p + 10);
    let compressedSize = u32(bytes, p + 20);
    let uncompressedSize = u32(bytes, p + 24);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const commentLen = u16(bytes, p + 32);
    const nameStart = p + 46;
    const extraStart = nameStart + nameLen;
    const next = extraStart + extraLen + commentLen;
    if (next > bytes.length) throw new ZipDirectoryError("corrupt", `central directory entry ${n + 1} is truncated`);
    const name = decoder.decode(bytes.subarray(nameStart, extraStart));
    if (uncompressedSize === 0xffffffff || compressedSize === 0xffffffff) {
      // Zip64 extra field (id 1): the 8-byte sizes present are those whose 32-bit field is saturated.
      let e = extraStart;
      while (e + 4 <= extraStart + extraLen) {
        const id = u16(bytes, e);
        const size = u16(bytes, e + 2);
        if (id === 1) {
          let f = e + 4;
          if (uncompressedSize === 0xffffffff && f + 8 <= e + 4 + size) {
            uncompressedSize = u64(bytes, f);
            f += 8;
          }
          if (compressedSize === 0xffffffff && f + 8 <= e + 4 + size) compressedSize = u64(bytes, f);
          break;
        }
        e += 4 + size;
      }
    }
    entries.push({ name, method, compressedSize, uncompressedSize });
    total += uncompressedSize;
    p = next;
  }
  return { entries, totalUncompressed: total };
}
