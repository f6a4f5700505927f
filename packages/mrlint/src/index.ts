/**
 * @mrlint/node: mrlint in Node. `lintFile` for Markdown, plain text and Word
 * .docx; config files (`mrlint.config.{json,yaml,yml}`, `.mrlintrc.*`);
 * file discovery with `.mrlintignore`. The browser-safe `lint(text)` is
 * re-exported from @mrlint/markdown.
 */
export { lint } from "@mrlint/markdown";
export { lintFile, lintText, resolveFileConfig, toFileError } from "./lint-file.js";
export type { FileError, FileResult, LintFileOptions, LintTextOptions } from "./lint-file.js";
export * from "./config-entry.js";
export { decodeText, encodeText } from "./read/decode-text.js";
export type { DecodedText, TextEncoding } from "./read/decode-text.js";
