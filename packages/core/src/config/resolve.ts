/**
 * Merging configs: `extends` presets first, then the config's own `rules`;
 * later configs win. Overrides by glob are matched in the Node package,
 * which then calls `mergeConfig` with the matching override.
 */
import type { Rule } from "../engine/rule-api.js";
import { MrlintInputError } from "../model/errors.js";
import { PRESET_NAMES, presetRules } from "./presets.js";
import type { EffectiveConfig, LevelSetting, MrlintConfig, OverrideConfig, RuleSetting } from "./schema.js";

export function settingLevel(setting: RuleSetting): LevelSetting {
  return typeof setting === "string" ? setting : setting[0];
}

export function settingOptions(setting: RuleSetting | undefined): Record<string, unknown> | undefined {
  return setting !== undefined && typeof setting !== "string" && setting.length > 1 ? setting[1] : undefined;
}

/**
 * A later setting wins; a level alone keeps the earlier options (as in
 * ESLint: `"error"` over `["warning", { threshold: 55 }]` keeps the threshold).
 */
export function mergeRuleSetting(base: RuleSetting | undefined, override: RuleSetting): RuleSetting {
  const overrideOptions = settingOptions(override);
  if (overrideOptions !== undefined) return [settingLevel(override), { ...settingOptions(base), ...overrideOptions }];
  const baseOptions = settingOptions(base);
  return baseOptions !== undefined ? [settingLevel(override), baseOptions] : settingLevel(override);
}

export function mergeRules(
  base: Readonly<Record<string, RuleSetting>> | undefined,
  override: Readonly<Record<string, RuleSetting>> | undefined,
): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = { ...base };
  for (const [id, setting] of Object.entries(override ?? {})) out[id] = mergeRuleSetting(out[id], setting);
  return out;
}

/**
 * `override` on top of `base` (pure): `rules` merged per rule, `extends`
 * appended, every other key replaced when the override sets it. An
 * override's `files` key is dropped.
 */
export function mergeConfig(base: MrlintConfig, override: MrlintConfig | OverrideConfig): MrlintConfig {
  const { files: _files, ...rest } = override as OverrideConfig & MrlintConfig;
  const out: MrlintConfig = { ...base };
  for (const [key, value] of Object.entries(rest)) {
    if (value === undefined) continue;
    (out as Record<string, unknown>)[key] = value;
  }
  if (base.rules !== undefined || rest.rules !== undefined) out.rules = mergeRules(base.rules, rest.rules);
  const baseExtends = toList(base.extends);
  const overrideExtends = toList((rest as MrlintConfig).extends);
  if (baseExtends.length + overrideExtends.length > 0) out.extends = [...new Set([...baseExtends, ...overrideExtends])];
  return out;
}

function toList(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

/**
 * Configs in order of increasing precedence → the settings that apply.
 * `extends` names presets (`mr:recommended`, `mr:all`); an unknown name is an
 * input error (validateConfig reports it earlier with a suggestion).
 */
export function resolveRuleSettings(
  configs: ReadonlyArray<Pick<MrlintConfig, "extends" | "rules" | "language" | "locale">>,
  options: { rules?: readonly Rule[]; fileLabel?: string } = {},
): EffectiveConfig {
  const effective: EffectiveConfig = { rules: {}, language: "auto" };
  for (const config of configs) {
    for (const name of toList(config.extends)) {
      const preset = presetRules(name, options.rules);
      if (!preset) {
        throw new MrlintInputError(
          "config-invalid",
          `${options.fileLabel ?? "config"}: extends: got "${name}"; allowed: ${PRESET_NAMES.join(", ")}`,
          options.fileLabel,
        );
      }
      effective.rules = mergeRules(effective.rules, preset);
    }
    effective.rules = mergeRules(effective.rules, config.rules);
    if (config.language !== undefined) effective.language = config.language;
    if (config.locale !== undefined) effective.locale = config.locale;
  }
  return effective;
}
