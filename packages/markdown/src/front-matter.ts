/**
 * Front matter (YAML between --- lines) is not body text. Its `mrlint:`
 * object becomes the document's inline config (validated by the engine), and
 * `mrlint.language`, `lang` or `language` can name the document's language.
 * Invalid YAML never throws: it becomes a problem the caller turns into a note.
 */
import { parseDocument } from "yaml";
import type { Language } from "@mrlint/core";
import type { NoteId } from "./notes.js";

export interface FrontMatter {
  inlineConfig?: unknown;
  language?: Language;
  /** 1-based file line of the problem when known, and the YAML library's message (English). */
  problem?: { id: NoteId; line?: number; detail: string };
}

/** "sv", "sv-SE", "svenska", "en-GB", "English" → sv/en; anything else (incl. "auto") → undefined. */
export function languageFromValue(value: unknown): Language | undefined {
  if (typeof value !== "string") return undefined;
  const v = value.trim().toLowerCase();
  if (/^(sv|swe)([-_].*)?$/.test(v) || v === "svenska" || v === "swedish") return "sv";
  if (/^(en|eng)([-_].*)?$/.test(v) || v === "engelska" || v === "english") return "en";
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** `firstLine` is the 1-based file line of the YAML's first line, for messages. */
export function readFrontMatter(yamlText: string, firstLine: number): FrontMatter {
  let data: unknown;
  try {
    const doc = parseDocument(yamlText, { prettyErrors: false });
    if (doc.errors.length > 0) {
      const error = doc.errors[0];
      const at = error.pos?.[0];
      const line = at === undefined ? undefined : (yamlText.slice(0, at).match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
      const detail = error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
      return { problem: { id: "front-matter-invalid", line: line === undefined ? undefined : firstLine + line - 1, detail } };
    }
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { problem: { id: "front-matter-invalid", detail: error instanceof Error ? error.message.split("\n")[0] : String(error) } };
  }
  if (data === null || data === undefined) return {};
  if (!isRecord(data)) return { problem: { id: "front-matter-not-object", detail: "" } };
  const mrlint = data.mrlint;
  const result: FrontMatter = {};
  if (mrlint !== undefined) result.inlineConfig = mrlint;
  result.language =
    (isRecord(mrlint) ? languageFromValue(mrlint.language) : undefined) ??
    languageFromValue(data.lang) ??
    languageFromValue(data.language);
  if (result.language === undefined) delete result.language;
  return result;
}
