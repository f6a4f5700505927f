/** One file -> its FileOutcome, on whichever thread lints it. Never rejects: a failure is that file's error. */
import type { ConfigLoader } from "@mrlint/node";
import type { FormatSpec } from "../formatters/types.js";
import { lintOne, type LintTask } from "./lint-one.js";
import { errorReport, toOutcome, type FileOutcome, type OutcomeShape } from "./outcome.js";

export async function lintToOutcome(task: LintTask, loader: ConfigLoader, shape: OutcomeShape, spec: FormatSpec): Promise<FileOutcome> {
  let report;
  try {
    report = await lintOne(task, loader);
  } catch (error) {
    // lintFile turns bad input into file errors; this is what is left (e.g. --fix cannot write the file).
    const reason = error instanceof Error ? error.message : String(error);
    report = errorReport(task.filePath, "internal-error", `${task.filePath}: ${reason}`);
  }
  return toOutcome(report, shape, spec);
}
