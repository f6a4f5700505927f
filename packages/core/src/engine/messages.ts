/** Message templates: `{name}` placeholders filled from a report's data. */
import type { Locale } from "../model/results.js";
import type { RuleMeta } from "./rule-api.js";

/** Fills `{name}` placeholders; a placeholder without data stays visible so a missing value is noticed. */
export function formatMessage(template: string, data: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{([A-Za-z][\w-]*)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : whole,
  );
}

/** The rule's message `messageId` in `locale`, falling back to `fallbackId`, then to the rule's title. */
export function ruleMessage(
  meta: RuleMeta,
  messageId: string,
  locale: Locale,
  data: Readonly<Record<string, string>> | undefined,
  fallbackId?: string,
): { messageId: string; message: string } {
  const template = meta.messages[messageId] ?? (fallbackId ? meta.messages[fallbackId] : undefined);
  const id = meta.messages[messageId] ? messageId : fallbackId && meta.messages[fallbackId] ? fallbackId : messageId;
  const text = template ? template[locale] : meta.title[locale];
  // Collapse the gaps an empty optional placeholder leaves ("… {note}" with no note).
  return { messageId: id, message: formatMessage(text, data).replace(/[ \t]{2,}/g, " ").trim() };
}

const ENGINE_TEXT = {
  replaceWith: { sv: "Ersätt med ”{text}”", en: "Replace with “{text}”" },
  ruleFailed: { sv: "Regeln {rule} kunde inte köras och hoppades över: {error}", en: "Rule {rule} failed and was skipped: {error}" },
  ruleNoState: { sv: "Regeln {rule} gav inget resultat för dokumentet.", en: "Rule {rule} gave no result for the document." },
  badReport: { sv: "Regeln {rule} rapporterade ett ställe utanför texten; fyndet hoppades över.", en: "Rule {rule} reported a place outside the text; the finding was skipped." },
  inlineConfig: {
    sv: "Inställningen i dokumentet (front matter ”mrlint:”) är felaktig: {problem}",
    en: "The settings in the document (front matter “mrlint:”) are invalid: {problem}",
  },
} as const;

export type EngineTextId = keyof typeof ENGINE_TEXT;

export function engineText(id: EngineTextId, locale: Locale, data: Readonly<Record<string, string>> = {}): string {
  return formatMessage(ENGINE_TEXT[id][locale], data);
}
