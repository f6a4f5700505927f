import type { Locale, RuleMeta } from "@mrlint/core";
import type { FileReport } from "../lint/file-report.js";

export interface FormatContext {
  /** Paths are shown relative to this folder. */
  cwd: string;
  locale: Locale;
  color: boolean;
  /** Metadata of every rule that may appear, by id. */
  rules: ReadonlyMap<string, RuleMeta>;
  version: string;
  /** -1 when unlimited. */
  maxWarnings: number;
}

/** Reports arrive sorted by path, with messages already filtered by --level/--quiet. */
export type Formatter = (reports: readonly FileReport[], context: FormatContext) => string;

export const FORMAT_NAMES = ["stylish", "json", "sarif", "github", "gitlab", "junit", "markdown"] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];
