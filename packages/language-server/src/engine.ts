/**
 * What the server needs from the rest of mrlint, as one interface. The real
 * implementation (`real-engine.ts`) wires the packages; tests can pass a
 * smaller engine (for example one with a hand-built rule set).
 */
import type { EffectiveConfig, Language, Limits, LintResult, Locale, PolicyDocument, Rule } from "@mrlint/core";

export type TextFormat = "markdown" | "text";

export interface LoadedConfig {
  /** The config that applies to the file (extends and overrides merged); defaults when no file was found. */
  config: EffectiveConfig;
  /** Rule set with the config's extra packs, when it names any; otherwise the built-in pack is used. */
  rules?: Rule[];
  /** The config file the settings came from, when there is one. */
  file?: string;
  /** Author of Word review comments. */
  reviewAuthor?: string;
  /** Size limits for reading files (.docx). */
  limits?: Limits;
}

export interface EngineLintOptions {
  config: EffectiveConfig;
  rules: Rule[];
  /** Message language; when unset, the document's own language. */
  locale?: Locale;
  limits?: Limits;
}

export interface DocxLint {
  document?: PolicyDocument;
  result?: LintResult;
  error?: { code: string; message: string };
}

export interface ReviewWritten {
  output: string;
  /** Findings written as comments (besides the coverage summary on the title). */
  findings: number;
}

export interface Engine {
  /** The workspace root (paths in messages are shown relative to it) and the language of config error messages. */
  configure(options: { root?: string; locale?: Locale }): void;
  /** A config file or rule pack changed on disk: drop cached configs. */
  invalidateConfig(): void;
  builtinRules(): Rule[];
  /** `incremental`: see @mrlint/markdown's ParseOptions (re-use the parse of the version before an edit). */
  parse(text: string, format: TextFormat, options: { uri?: string; language?: Language; incremental?: { previous?: PolicyDocument } }): PolicyDocument;
  lintDocument(document: PolicyDocument, options: EngineLintOptions): LintResult;
  /** Throws `MrlintInputError` when the config file is broken. */
  loadConfigFor(filePath: string): Promise<LoadedConfig>;
  lintDocx(filePath: string, options: EngineLintOptions): Promise<DocxLint>;
  /** .docx files under a folder, honouring the project's ignore files. */
  findDocx(folder: string): Promise<string[]>;
  writeReview(filePath: string, outputPath: string, options: EngineLintOptions & { author?: string }): Promise<ReviewWritten>;
}
