import type { EffectiveConfig, Limits, Locale, RuleSetting } from "@mrlint/core";

export type LanguageSetting = "sv" | "en" | "auto";

/** An `overrides` entry; `files` globs are relative to `baseDir`, the folder of the config that declared it. */
export interface ResolvedOverride {
  baseDir: string;
  files: string[];
  rules?: Record<string, RuleSetting>;
  language?: LanguageSetting;
  locale?: Locale;
}

/** `ignores` globs of one config file, relative to its folder. */
export interface ResolvedIgnores {
  baseDir: string;
  patterns: string[];
}

/** A config file after its `extends` chain was merged (not yet applied to a file). */
export interface ResolvedConfig {
  /** The config file, or null when no config file applies (built-in defaults). */
  file: string | null;
  /** Every config file read to build this one, extended files first. */
  files: string[];
  /** `extends` entries as written, in merge order (presets and paths). */
  extends: string[];
  rules: Record<string, RuleSetting>;
  language?: LanguageSetting;
  locale?: Locale;
  /** Rule-pack folders, absolute. */
  packs: string[];
  overrides: ResolvedOverride[];
  ignores: ResolvedIgnores[];
  limits: Limits;
  reviewAuthor?: string;
}

/** What applies to one file: base config plus the overrides whose globs match it. */
export interface FileConfig extends EffectiveConfig {
  /** The config file it came from, or null for the built-in defaults. */
  configFile: string | null;
  packs: string[];
  limits: Limits;
  reviewAuthor?: string;
}
