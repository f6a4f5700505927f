/**
 * mrlint: the command-line tool and, for scripts, the Node API.
 * `lint(text)` is browser-safe; `lintFile(path)` reads Markdown, plain text
 * and Word .docx with config-file lookup.
 */
export { lint, lintFile, lintText, findFiles, loadConfigFor, ConfigLoader } from "@mrlint/node";
export type { FileResult, FileConfig, LintFileOptions, LintTextOptions, FindFilesOptions, FoundFiles } from "@mrlint/node";
export type { Diagnostic, Coverage, LintResult, Level, Locale, RuleState } from "@mrlint/core";
export { main } from "./main.js";
export { FORMATTERS, FORMAT_NAMES } from "./formatters/index.js";
export type { FormatContext, FormatName, Formatter } from "./formatters/index.js";
export { toFileReport, type FileReport, type ReportMessage } from "./lint/file-report.js";
export { VERSION } from "./version.js";
