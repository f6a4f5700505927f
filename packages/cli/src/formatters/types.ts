import type { Locale, RuleMeta } from "@mrlint/core";
import type { FileReport, Totals } from "../lint/file-report.js";

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

/**
 * A format written file by file, so that a run never holds every report at once.
 * `piece` renders one file to plain data (strings and numbers): it is pure, so it
 * runs on the worker thread that linted the file and only the piece travels back.
 * `writer` puts the pieces together in path order and adds what comes after them.
 */
export interface FormatSpec<P = unknown> {
  /** The pieces need `context.rules` (the others get an empty map, which saves loading the rules). */
  needsRules: boolean;
  piece(report: FileReport, context: FormatContext): P;
  writer(context: FormatContext, write: (text: string) => void): PieceWriter<P>;
}

export interface PieceWriter<P> {
  add(piece: P): void;
  /** `totals` are those of every report added. */
  end(totals: Totals): void;
}

export const FORMAT_NAMES = ["stylish", "json", "sarif", "github", "gitlab", "junit", "markdown"] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];
