/**
 * Config validation with readable errors: each names the file, the key path,
 * the bad value and what is allowed, and suggests the nearest rule id for an
 * unknown one ("mr/involvment" → did you mean "mr/involvement"?).
 */
import type { Rule } from "../engine/rule-api.js";
import { MrlintInputError } from "../model/errors.js";
import { builtinRules } from "../pack/builtin.js";
import { didYouMean } from "./nearest.js";
import { PRESET_NAMES } from "./presets.js";
import { formatPath, readableIssues, showValue } from "./readable-issues.js";
import { settingOptions } from "./resolve.js";
import { configSchema, type MrlintConfig, type RuleSetting } from "./schema.js";

export interface ConfigValidation {
  /** The valid config, or null when there were errors. */
  config: MrlintConfig | null;
  errors: MrlintInputError[];
}

export interface ValidateConfigOptions {
  /** Rules the config may name (default: the built-in pack); their option defaults check option keys. */
  rules?: readonly Rule[];
}

function typeName(value: unknown): string {
  return Array.isArray(value) ? "list" : value === null ? "null" : typeof value;
}

function checkRules(
  rules: Readonly<Record<string, RuleSetting>> | undefined,
  path: PropertyKey[],
  known: ReadonlyMap<string, Rule>,
  problems: string[],
  fileLabel: string,
): void {
  for (const [id, setting] of Object.entries(rules ?? {})) {
    const where = formatPath([...path, id]);
    const rule = known.get(id);
    if (!rule) {
      problems.push(`${fileLabel}: ${where}: unknown rule id "${id}"${didYouMean(id, known.keys())}`);
      continue;
    }
    const options = settingOptions(setting);
    if (!options) continue;
    const defaults = rule.meta.defaultOptions ?? {};
    const allowed = Object.keys(defaults);
    for (const [key, value] of Object.entries(options)) {
      const optionPath = formatPath([...path, id, 1, key]);
      if (!(key in defaults)) {
        problems.push(
          `${fileLabel}: ${optionPath}: unknown option "${key}"; ${id} has ${allowed.length > 0 ? `options: ${allowed.join(", ")}` : "no options"}${didYouMean(key, allowed)}`,
        );
      } else if (typeName(value) !== typeName(defaults[key])) {
        problems.push(`${fileLabel}: ${optionPath}: got ${showValue(value)}; expected a ${typeName(defaults[key])} (default: ${JSON.stringify(defaults[key])})`);
      }
    }
  }
}

/** Validates a parsed config file (or front-matter `mrlint:` object). */
export function validateConfig(value: unknown, fileLabel: string, options: ValidateConfigOptions = {}): ConfigValidation {
  const parsed = configSchema.safeParse(value);
  if (!parsed.success) {
    const lines = readableIssues(parsed.error.issues, value, fileLabel);
    return { config: null, errors: lines.map((line) => new MrlintInputError("config-invalid", line, fileLabel)) };
  }
  const config = parsed.data;
  const known = new Map((options.rules ?? builtinRules()).map((r) => [r.meta.id, r]));
  const problems: string[] = [];
  const extendsList = config.extends === undefined ? [] : Array.isArray(config.extends) ? config.extends : [config.extends];
  extendsList.forEach((name, i) => {
    if ((PRESET_NAMES as readonly string[]).includes(name)) return;
    const where = Array.isArray(config.extends) ? formatPath(["extends", i]) : "extends";
    problems.push(`${fileLabel}: ${where}: got "${name}"; allowed: ${PRESET_NAMES.join(", ")}${didYouMean(name, PRESET_NAMES)}`);
  });
  checkRules(config.rules, ["rules"], known, problems, fileLabel);
  config.overrides?.forEach((override, i) => checkRules(override.rules, ["overrides", i, "rules"], known, problems, fileLabel));
  if (problems.length > 0) {
    return { config: null, errors: problems.map((line) => new MrlintInputError("config-invalid", line, fileLabel)) };
  }
  return { config, errors: [] };
}
