/**
 * The document's own settings (front matter `mrlint:`, settings found in a
 * .docx), validated with the config schema. Problems become a diagnostic on
 * line 1 rather than an exception: the document is still linted with the
 * settings that were valid.
 */
import { validateConfig } from "../config/validate.js";
import { resolveRuleSettings } from "../config/resolve.js";
import type { RuleSetting } from "../config/schema.js";
import type { PolicyDocument } from "../model/document.js";
import type { Rule } from "./rule-api.js";

export interface InlineSettings {
  rules?: Record<string, RuleSetting>;
  language?: "sv" | "en" | "auto";
  locale?: "sv" | "en";
  /** Readable problems (file label, key path, value, allowed values). */
  problems: string[];
}

const APPLIES_INLINE = new Set(["extends", "rules", "language", "locale", "$schema"]);

export function readInlineSettings(doc: PolicyDocument, rules: readonly Rule[]): InlineSettings {
  const value = doc.inlineConfig;
  if (value === undefined || value === null) return { problems: [] };
  const label = doc.uri ? `${doc.uri} (mrlint:)` : "mrlint:";
  const { config, errors } = validateConfig(value, label, { rules });
  if (!config) return { problems: errors.map((e) => e.message) };
  const problems = Object.keys(config)
    .filter((key) => !APPLIES_INLINE.has(key))
    .map((key) => `${label}: ${key}: only extends, rules, language and locale apply inside a document; set ${key} in a config file`);
  const effective = resolveRuleSettings([config], { fileLabel: label });
  return { rules: effective.rules, language: config.language, locale: config.locale, problems };
}
