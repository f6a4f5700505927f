/**
 * One file -> FileReport, including `--fix` / `--fix-dry-run`. Runs on the
 * main thread or inside a worker; everything it returns is plain data.
 */
import { writeFile } from "node:fs/promises";
import type { Locale } from "@mrlint/core";
import { ConfigLoader, displayPath, encodeText, lintFile, lintText, type FileConfig } from "@mrlint/node";
import { applyFixes } from "../fix/apply-fixes.js";
import { unifiedDiff } from "../fix/unified-diff.js";
import { toFileReport, type FileReport } from "./file-report.js";

export type FixMode = "write" | "dry-run" | null;

export interface LintTask {
  filePath: string;
  cwd: string;
  /** Settings for the file, with the CLI's --lang/--locale already applied. */
  config: FileConfig;
  /** Language of messages for input errors before the config is known. */
  locale: Locale;
  fix: FixMode;
}

/** More passes than any real document needs: replacements do not cascade. */
const MAX_FIX_PASSES = 10;

export async function lintOne(task: LintTask, loader: ConfigLoader): Promise<FileReport> {
  const options = { cwd: task.cwd, config: task.config, loader, locale: task.config.locale };
  const result = await lintFile(task.filePath, options);
  const report = toFileReport(result);
  if (!task.fix || report.error || !result.document || (result.format !== "markdown" && result.format !== "text")) return report;

  const original = result.document.source;
  let text = original;
  let current = report;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const { output, applied } = applyFixes(text, current.messages);
    if (applied === 0 || output === text) break;
    const again = toFileReport(await lintText(output, { ...options, filePath: task.filePath, format: result.format }));
    if (again.error) break;
    text = output;
    current = again;
  }
  if (text === original) return report;
  current = { ...current, filePath: task.filePath };
  if (task.fix === "write") {
    await writeFile(task.filePath, encodeText(text, result.encoding ?? "utf-8"));
    current.fixed = true;
  } else {
    current.diff = unifiedDiff(displayPath(task.filePath, task.cwd), original, text);
  }
  return current;
}
