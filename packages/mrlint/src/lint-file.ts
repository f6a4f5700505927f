/**
 * lintFile: one file of any supported format -> FileResult. Bad input (and
 * even an unexpected failure inside a parser or rule) becomes
 * `FileResult.error`; this function does not throw.
 */
import path from "node:path";
import {
  checkTextSize,
  lintDocument,
  type FileError,
  MrlintInputError,
  type LintResult,
  type Locale,
  type Limits,
  type PolicyDocument,
  type Rule,
  type SourceFormat,
} from "@mrlint/core";
import { parseMarkdown, parseText } from "@mrlint/markdown";
import { ConfigLoader } from "./config/config-loader.js";
import type { FileConfig, LanguageSetting } from "./config/types.js";
import { displayPath } from "./display-path.js";
import { message } from "./messages.js";
import { decodeText, type TextEncoding } from "./read/decode-text.js";
import { formatForPath } from "./read/format.js";
import { DEFAULT_MAX_FILE_BYTES, readInputBytes } from "./read/read-input.js";

/** File-level error codes used here: "not-found", "is-directory", "not-a-file", "unreadable", "file-too-large", "not-text",
 * "invalid-utf8", "invalid-utf16", "old-word-format", "config-…", the docx reader's "docx-…", "internal-error". */
export type { FileError };

export interface FileResult {
  /** Absolute path. */
  filePath: string;
  format?: SourceFormat;
  /** Encoding of a Markdown/text file, so a fixer can write it back the same way. */
  encoding?: TextEncoding;
  result?: LintResult;
  document?: PolicyDocument;
  /** The settings the file was linted with. */
  config?: FileConfig;
  error?: FileError;
}

export interface LintFileOptions {
  /** Folder relative paths are resolved against (default `process.cwd()`). */
  cwd?: string;
  /** Use this config file instead of looking for the nearest one. */
  configFile?: string;
  /** Already-resolved settings for the file (skips config lookup). */
  config?: FileConfig;
  /** Look for config files at all (default true). */
  useConfigFiles?: boolean;
  /** Document language, overriding the config. */
  language?: LanguageSetting;
  /** Message language, overriding config and front matter (default: config, else the document's language). */
  locale?: Locale;
  /** Limits overriding the config's `limits`. */
  limits?: Limits;
  /** Replace the built-in and pack rules (embedders' own rules). */
  rules?: Rule[];
  /** Shared cache of config files and rule packs across many calls. */
  loader?: ConfigLoader;
}

/**
 * Settings for a file from the options (explicit config, config file, or
 * lookup). `options.locale` is not folded in: an explicit locale outranks
 * front matter, a configured one does not (see runRules).
 */
export function resolveFileConfig(filePath: string, options: LintFileOptions, loader: ConfigLoader): FileConfig {
  let config: FileConfig;
  if (options.config) config = options.config;
  else if (options.useConfigFiles === false && !options.configFile) {
    config = { configFile: null, rules: {}, language: "auto", packs: [], limits: {} };
  } else config = loader.configFor(filePath, options.configFile);
  const out: FileConfig = { ...config, limits: { ...config.limits, ...options.limits } };
  if (options.language) out.language = options.language;
  return out;
}

export async function lintFile(file: string, options: LintFileOptions = {}): Promise<FileResult> {
  const cwd = options.cwd ?? process.cwd();
  const filePath = path.resolve(cwd, file);
  const shown = displayPath(filePath, cwd);
  const format = formatForPath(filePath);
  let locale: Locale = options.locale ?? "en";
  try {
    const loader = options.loader ?? new ConfigLoader({ cwd, locale });
    const config = resolveFileConfig(filePath, options, loader);
    locale = options.locale ?? config.locale ?? locale;
    const bytes = await readInputBytes(filePath, shown, config.limits.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES, locale);
    const rules = options.rules ?? loader.rulesFor(config.packs);
    if (format === "docx") {
      const language = config.language === "auto" ? {} : { language: config.language };
      // Loaded on first use: the Word reader (mammoth) is the heaviest dependency and most runs are Markdown.
      const { readDocx } = await import("@mrlint/docx");
      const document = await readDocx(bytes, { uri: shown, limits: config.limits, locale, ...language });
      return { filePath, format, result: runRules(document, config, options.locale, rules), document, config };
    }
    const { text, encoding } = decodeText(bytes, shown, locale);
    checkTextSize(text.length, shown, config.limits.maxTextChars, locale);
    const document = parseSource(text, format, shown, config.language, options.locale ?? config.locale);
    return { filePath, format, encoding, result: runRules(document, config, options.locale, rules), document, config };
  } catch (error) {
    return { filePath, format, error: toFileError(error, shown, locale) };
  }
}

export interface LintTextOptions extends LintFileOptions {
  /** Where the text belongs: picks the config and, without `format`, the parser. */
  filePath?: string;
  format?: "markdown" | "text";
}

/** Lints text that is not (or not yet) on disk, e.g. an editor buffer, with the config of its path. */
export async function lintText(text: string, options: LintTextOptions = {}): Promise<FileResult> {
  const cwd = options.cwd ?? process.cwd();
  const filePath = path.resolve(cwd, options.filePath ?? "<text>");
  const shown = options.filePath ? displayPath(filePath, cwd) : "<text>";
  const fileFormat = formatForPath(filePath);
  const format: "markdown" | "text" = options.format ?? (fileFormat === "markdown" ? "markdown" : "text");
  let locale: Locale = options.locale ?? "en";
  try {
    const loader = options.loader ?? new ConfigLoader({ cwd, locale });
    // Text with no path of its own gets the built-in defaults unless a config is given explicitly.
    const config = options.filePath || options.config || options.configFile
      ? resolveFileConfig(filePath, options, loader)
      : resolveFileConfig(filePath, { ...options, useConfigFiles: false }, loader);
    locale = options.locale ?? config.locale ?? locale;
    const rules = options.rules ?? loader.rulesFor(config.packs);
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    checkTextSize(body.length, shown, config.limits.maxTextChars, locale);
    const document = parseSource(body, format, shown, config.language, options.locale ?? config.locale);
    return { filePath, format, result: runRules(document, config, options.locale, rules), document, config };
  } catch (error) {
    return { filePath, format, error: toFileError(error, shown, locale) };
  }
}

function parseSource(text: string, format: SourceFormat, uri: string, language: LanguageSetting, locale: Locale | undefined): PolicyDocument {
  const opts = { uri, language, ...(locale ? { locale } : {}) };
  return format === "markdown" ? parseMarkdown(text, opts) : parseText(text, opts);
}

/**
 * Message language: an explicit `locale` option wins over everything; a
 * configured locale yields to the document's own front matter; with
 * neither, core uses the document's language.
 */
function runRules(document: PolicyDocument, config: FileConfig, explicitLocale: Locale | undefined, rules: Rule[]): LintResult {
  return lintDocument(document, {
    config: { rules: config.rules, language: config.language, ...(config.locale ? { locale: config.locale } : {}) },
    ...(explicitLocale ? { locale: explicitLocale } : {}),
    rules,
  });
}

/** Any thrown value -> a file-level error that names the file. */
export function toFileError(error: unknown, shown: string, locale: Locale): FileError {
  if (error instanceof MrlintInputError) {
    const text = error.message.includes(shown) || error.message.includes(path.basename(shown))
      ? error.message
      : `${shown}: ${error.message}`;
    return { code: error.code, message: text };
  }
  const reason = error instanceof Error ? error.message : String(error);
  return { code: "internal-error", message: message(locale, "internal", { file: shown, reason }) };
}
