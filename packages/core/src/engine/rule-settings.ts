/** A rule's level and options for one document: rule defaults < config < the document's own settings. */
import { mergeRuleSetting, settingLevel, settingOptions } from "../config/resolve.js";
import type { LevelSetting, RuleSetting } from "../config/schema.js";
import type { RuleMeta } from "./rule-api.js";

export interface RuleSettings {
  level: LevelSetting;
  options: Record<string, unknown>;
}

export function settingsFor(meta: RuleMeta, ...layers: Array<Readonly<Record<string, RuleSetting>> | undefined>): RuleSettings {
  let setting: RuleSetting = meta.level;
  for (const layer of layers) {
    const own = layer?.[meta.id];
    if (own !== undefined) setting = mergeRuleSetting(setting, own);
  }
  return { level: settingLevel(setting), options: { ...meta.defaultOptions, ...settingOptions(setting) } };
}
