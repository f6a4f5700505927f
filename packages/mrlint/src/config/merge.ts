import type { RuleSetting } from "@mrlint/core";
import type { ResolvedConfig } from "./types.js";

export function emptyConfig(): ResolvedConfig {
  return { file: null, files: [], extends: [], rules: {}, packs: [], overrides: [], ignores: [], limits: {} };
}

/**
 * A later setting wins; a bare level keeps the options an earlier layer gave
 * (`["warning", {…}]` then `"error"` is `["error", {…}]`), as in ESLint.
 */
export function mergeRuleSetting(earlier: RuleSetting | undefined, later: RuleSetting): RuleSetting {
  const level = typeof later === "string" ? later : later[0];
  const laterOptions = typeof later === "string" ? undefined : later[1];
  if (laterOptions !== undefined) return later;
  const earlierOptions = earlier !== undefined && typeof earlier !== "string" ? earlier[1] : undefined;
  return earlierOptions !== undefined ? [level, earlierOptions] : typeof later === "string" ? later : [level];
}

export function mergeRules(
  base: Record<string, RuleSetting>,
  next: Record<string, RuleSetting> | undefined,
): Record<string, RuleSetting> {
  if (!next) return base;
  const out = { ...base };
  for (const [id, setting] of Object.entries(next)) out[id] = mergeRuleSetting(out[id], setting);
  return out;
}

/** `later` on top of `base`: scalars replaced, rules merged per rule, lists appended. */
export function mergeConfigs(base: ResolvedConfig, later: ResolvedConfig): ResolvedConfig {
  return {
    file: later.file ?? base.file,
    files: [...base.files, ...later.files.filter((f) => !base.files.includes(f))],
    extends: [...base.extends, ...later.extends],
    rules: mergeRules(base.rules, later.rules),
    language: later.language ?? base.language,
    locale: later.locale ?? base.locale,
    packs: [...base.packs, ...later.packs.filter((p) => !base.packs.includes(p))],
    overrides: [...base.overrides, ...later.overrides],
    ignores: [...base.ignores, ...later.ignores],
    limits: { ...base.limits, ...later.limits },
    reviewAuthor: later.reviewAuthor ?? base.reviewAuthor,
  };
}
