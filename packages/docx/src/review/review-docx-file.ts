/**
 * The whole `mrlint review in.docx -o out.docx` in one call: read the
 * document, lint it with core's engine, write the reviewed copy.
 */
import { readFile } from "node:fs/promises";
import { builtinRules, lintDocument, type LintOptions, type LintResult, type PolicyDocument } from "@mrlint/core";
import { readDocx, type ReadDocxOptions } from "../read/read-docx.js";
import { assertNotInput, writeFileAtomic, type ReviewFileOptions } from "./write-review-file.js";
import { ruleInfoFrom, writeReview } from "./write-review.js";

export interface ReviewDocxFileOptions extends ReviewFileOptions {
  /** Passed to `lintDocument` (config, locale, rules). */
  lint?: LintOptions;
  /** Reader options (language override). */
  read?: Omit<ReadDocxOptions, "uri" | "limits">;
}

export interface ReviewDocxFileResult {
  document: PolicyDocument;
  result: LintResult;
  outPath: string;
}

export async function reviewDocxFile(inPath: string, outPath: string, options: ReviewDocxFileOptions = {}): Promise<ReviewDocxFileResult> {
  await assertNotInput(inPath, outPath, options.overwrite === true, options.locale);
  const bytes = new Uint8Array(await readFile(inPath));
  const document = await readDocx(bytes, { ...options.read, uri: options.uri ?? inPath, limits: options.limits, locale: options.locale });
  const lint: LintOptions = { ...options.lint };
  if (options.locale && !lint.locale) lint.locale = options.locale;
  const result = lintDocument(document, lint);
  const rules = lint.rules ?? builtinRules();
  const out = await writeReview(bytes, result, {
    ...options,
    uri: options.uri ?? inPath,
    locale: options.locale ?? lint.locale ?? result.language,
    ruleInfo: options.ruleInfo ?? ruleInfoFrom(rules),
    document,
  });
  await writeFileAtomic(outPath, out);
  return { document, result, outPath };
}
