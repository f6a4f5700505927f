/**
 * Editor settings (`workspace/configuration`, section `mrlint`) and how they
 * combine with the config file found for a document: the file is the
 * project's shared baseline, the editor settings are the user's overrides.
 */
import { LEVELS, type EffectiveConfig, type LevelSetting, type Locale, type RuleSetting } from "@mrlint/core";
import { localeFrom } from "./messages.js";

export interface ServerSettings {
  enable: boolean;
  /** "auto": the config file's language if it sets one, else detected per document. */
  language: "auto" | "sv" | "en";
  /** "auto": the config file's locale if it sets one, else the engine's choice (the document's language). */
  locale: "auto" | Locale;
  /** Rule id → level, over the config file's levels. */
  rules: Record<string, LevelSetting>;
  debounceMs: number;
}

export const DEFAULT_SETTINGS: ServerSettings = {
  enable: true,
  language: "auto",
  locale: "auto",
  rules: {},
  debounceMs: 200,
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * Settings as sent by any client, checked field by field: a client may send
 * null (Neovim without settings), partial objects or values of the wrong type;
 * each bad field falls back to its default instead of failing the document.
 */
export function normaliseSettings(raw: unknown, defaults: ServerSettings = DEFAULT_SETTINGS): ServerSettings {
  const settings: ServerSettings = { ...defaults, rules: { ...defaults.rules } };
  if (!isRecord(raw)) return settings;
  if (typeof raw.enable === "boolean") settings.enable = raw.enable;
  if (raw.language === "auto" || raw.language === "sv" || raw.language === "en") settings.language = raw.language;
  if (raw.locale === "auto") settings.locale = "auto";
  else {
    const locale = localeFrom(raw.locale);
    if (locale) settings.locale = locale;
  }
  if (isRecord(raw.rules)) {
    for (const [id, level] of Object.entries(raw.rules)) {
      if (typeof level === "string" && (LEVELS as readonly string[]).includes(level)) settings.rules[id] = level as LevelSetting;
    }
  }
  if (typeof raw.debounceMs === "number" && Number.isFinite(raw.debounceMs)) {
    settings.debounceMs = Math.min(5000, Math.max(0, Math.round(raw.debounceMs)));
  }
  return settings;
}

/** A level from the settings replaces the file's level but keeps the file's rule options. */
function withLevel(existing: RuleSetting | undefined, level: LevelSetting): RuleSetting {
  if (Array.isArray(existing) && existing.length === 2) return [level, existing[1]];
  return level;
}

export function mergeSettings(fileConfig: EffectiveConfig, settings: ServerSettings): EffectiveConfig {
  const rules: Record<string, RuleSetting> = { ...fileConfig.rules };
  for (const [id, level] of Object.entries(settings.rules)) rules[id] = withLevel(rules[id], level);
  const merged: EffectiveConfig = {
    rules,
    language: settings.language !== "auto" ? settings.language : fileConfig.language,
  };
  const locale = settings.locale !== "auto" ? settings.locale : fileConfig.locale;
  if (locale) merged.locale = locale;
  return merged;
}
