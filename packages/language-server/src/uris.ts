/** Document URIs, file paths and which format a document is linted as. */
import { basename, extname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { TextFormat } from "./engine.js";

export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith("file:")) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function pathToUri(path: string): string {
  return pathToFileURL(path).href;
}

const MARKDOWN_EXTENSIONS = new Set([".md", ".markdown", ".mdown", ".mkd"]);

/**
 * Markdown or plain text, from the client's language id (VS Code:
 * "markdown", "plaintext"; Neovim sends its filetype: "markdown", "text"),
 * or else from the file extension. Other documents are not mrlint's.
 */
export function textFormatOf(languageId: string, uri: string): TextFormat | undefined {
  if (languageId === "markdown") return "markdown";
  if (languageId === "plaintext" || languageId === "text") return "text";
  const ext = extname(uri.split(/[?#]/)[0]).toLowerCase();
  if (MARKDOWN_EXTENSIONS.has(ext)) return "markdown";
  if (ext === ".txt") return "text";
  return undefined;
}

/** Word keeps `~$name.docx` lock files next to open documents; our own review copies are outputs. */
export function isLintableDocx(path: string): boolean {
  const name = basename(path);
  return name.toLowerCase().endsWith(".docx") && !name.startsWith("~$") && !name.toLowerCase().endsWith(".mrlint-review.docx");
}

export function reviewPathFor(path: string): string {
  return path.replace(/\.docx$/i, "") + ".mrlint-review.docx";
}

const CONFIG_NAMES = new Set([
  "mrlint.config.json",
  "mrlint.config.yaml",
  "mrlint.config.yml",
  ".mrlintrc.json",
  ".mrlintrc.yaml",
  ".mrlintrc.yml",
  ".mrlintrc",
  ".mrlintignore",
]);

export function isConfigFile(path: string): boolean {
  return CONFIG_NAMES.has(basename(path));
}

/** Glob patterns the server asks the client to watch. */
export const WATCH_PATTERNS = [
  "**/*.docx",
  "**/mrlint.config.{json,yaml,yml}",
  "**/.mrlintrc",
  "**/.mrlintrc.{json,yaml,yml}",
  "**/.mrlintignore",
];
