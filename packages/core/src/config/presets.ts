/**
 * Built-in presets for `extends`:
 * - `mr:recommended`: every mr rule at its default level (what runs without a config);
 * - `mr:all`: every mr rule at least at `info`, so hints show up in CLI output too.
 */
import type { Rule } from "../engine/rule-api.js";
import type { Level } from "../model/results.js";
import { builtinRules } from "../pack/builtin.js";
import type { RuleSetting } from "./schema.js";

export const PRESET_NAMES = ["mr:recommended", "mr:all"] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

const SEVERITY: Record<Level, number> = { hint: 0, info: 1, warning: 2, error: 3 };

export function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name);
}

/** The rule settings a preset stands for, or undefined for an unknown name. */
export function presetRules(name: string, rules: readonly Rule[] = builtinRules()): Record<string, RuleSetting> | undefined {
  if (!isPresetName(name)) return undefined;
  const out: Record<string, RuleSetting> = {};
  for (const rule of rules) {
    if (!rule.meta.id.startsWith("mr/")) continue;
    const level = rule.meta.level;
    out[rule.meta.id] = name === "mr:all" && SEVERITY[level] < SEVERITY.info ? "info" : level;
  }
  return out;
}
