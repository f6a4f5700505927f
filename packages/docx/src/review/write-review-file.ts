/**
 * File helpers for the review: read the input, write the reviewed copy
 * atomically (temporary file in the target folder, then rename), and refuse
 * to overwrite the input unless asked to.
 */
import { randomBytes } from "node:crypto";
import { readFile, realpath, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { Locale } from "@mrlint/core";
import { docxError } from "../messages.js";
import { writeReview, type ReviewFindings, type ReviewOptions } from "./write-review.js";

export interface ReviewFileOptions extends ReviewOptions {
  /** Allow `outPath` to be the input file itself. */
  overwrite?: boolean;
}

export async function writeReviewFile(inPath: string, outPath: string, findings: ReviewFindings, options: ReviewFileOptions = {}): Promise<void> {
  await assertNotInput(inPath, outPath, options.overwrite === true, options.locale);
  const bytes = new Uint8Array(await readFile(inPath));
  const out = await writeReview(bytes, findings, { ...options, uri: options.uri ?? inPath });
  await writeFileAtomic(outPath, out);
}

export async function assertNotInput(inPath: string, outPath: string, overwrite: boolean, locale: Locale = "en"): Promise<void> {
  if (overwrite) return;
  const same = (await canonical(inPath)) === (await canonical(outPath));
  if (same) throw docxError("review-overwrites-input", { file: inPath }, locale);
}

/** Real path when the file exists (symlinks resolved), else the absolute path. */
async function canonical(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    try {
      return join(await realpath(dirname(resolve(path))), basename(path));
    } catch {
      return resolve(path);
    }
  }
}

export async function writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
  const tmp = join(dirname(resolve(path)), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    await writeFile(tmp, data, { flag: "wx" });
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}
