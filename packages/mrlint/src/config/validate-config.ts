/**
 * Validates a parsed config object with core's zod schema and turns zod's
 * issues into messages a municipal official can act on: the file, the key
 * path, the bad value and what is allowed (with a "did you mean" for
 * misspelt keys and rule ids).
 */
import { configSchema, limitsSchema, LEVELS, MrlintInputError, overrideSchema, type Locale, type MrlintConfig } from "@mrlint/core";
import { message } from "../messages.js";
import { nearest } from "./nearest.js";

type Key = string | number;

/** The fields of zod 4 issues that the messages use. */
interface IssueLike {
  code: string;
  path: Key[];
  message: string;
  values?: unknown[];
  keys?: string[];
  expected?: string;
  errors?: IssueLike[][];
  minimum?: number | bigint;
  maximum?: number | bigint;
  inclusive?: boolean;
  origin?: string;
}

export function validateConfigObject(value: unknown, shown: string, locale: Locale): MrlintConfig {
  const parsed = configSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const lines = (parsed.error.issues as unknown as IssueLike[]).flatMap((issue) => describeIssue(issue, value, locale));
  throw configError(shown, lines, locale);
}

/** One MrlintInputError for all problems of one config file. */
export function configError(shown: string, lines: string[], locale: Locale): MrlintInputError {
  const header = message(locale, "configInvalidHeader", { file: shown });
  const text = lines.length === 1 ? `${header} ${lines[0]}` : `${header}\n${lines.map((l) => `  - ${l}`).join("\n")}`;
  return new MrlintInputError("config-invalid", text, shown);
}

/** `rules."mr/involvement"`, `overrides[0].files`; the root is `(root)`. */
export function formatKeyPath(path: readonly Key[]): string {
  if (path.length === 0) return "(root)";
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `${out ? "." : ""}${JSON.stringify(key)}`;
  }
  return out;
}

export function showValue(value: unknown): string {
  let text: string;
  try {
    text = value === undefined ? "undefined" : JSON.stringify(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function describeIssue(issue: IssueLike, root: unknown, locale: Locale): string[] {
  const path = issue.path;
  const where = formatKeyPath(path);
  const value = valueAt(root, path);
  const bad = (allowed: string) => message(locale, "configBadValue", { path: where, value: showValue(value), allowed });
  switch (issue.code) {
    case "unrecognized_keys": {
      const allowedKeys = keysAllowedAt(path);
      return (issue.keys ?? []).map((key) => {
        const keyPath = formatKeyPath([...path, key]);
        let line = message(locale, "configUnknownKey", {
          path: keyPath,
          key: JSON.stringify(key),
          allowed: allowedKeys.join(", "),
        });
        const guess = nearest(key, allowedKeys);
        if (guess) line += `; ${message(locale, "didYouMean", { suggestion: JSON.stringify(guess) })}`;
        return line;
      });
    }
    case "invalid_value":
      return [bad((issue.values ?? []).map((v) => JSON.stringify(v)).join(", "))];
    case "invalid_union":
      if (isRuleSettingPath(path)) return [bad(ruleSettingAllowed(locale))];
      return [bad(unionAllowed(issue, locale))];
    case "invalid_type":
      return [bad(describeType(issue.expected ?? "", locale))];
    case "too_small":
    case "too_big":
      return [bad(describeBound(issue, locale))];
    default:
      return [`${where}: ${issue.message}`];
  }
}

function valueAt(root: unknown, path: readonly Key[]): unknown {
  let current: unknown = root;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

function isRuleSettingPath(path: readonly Key[]): boolean {
  return path.length >= 2 && path[path.length - 2] === "rules";
}

function keysAllowedAt(path: readonly Key[]): string[] {
  if (path.length === 0) return Object.keys(configSchema.shape);
  if (path[0] === "overrides") return Object.keys(overrideSchema.shape);
  if (path[0] === "limits") return Object.keys(limitsSchema.shape);
  return [];
}

function ruleSettingAllowed(locale: Locale): string {
  const levels = LEVELS.map((l) => JSON.stringify(l)).join(", ");
  return locale === "sv" ? `${levels} eller ["<nivå>", { alternativ }]` : `${levels} or ["<level>", { options }]`;
}

function unionAllowed(issue: IssueLike, locale: Locale): string {
  const options = new Set<string>();
  for (const branch of issue.errors ?? []) {
    const first = branch[0];
    if (!first) continue;
    if (first.code === "invalid_value") options.add((first.values ?? []).map((v) => JSON.stringify(v)).join(", "));
    else if (first.code === "invalid_type" && first.path.length === 0) options.add(describeType(first.expected ?? "", locale));
  }
  return [...options].join(locale === "sv" ? " eller " : " or ") || issue.message;
}

function describeType(expected: string, locale: Locale): string {
  const names: Record<string, [string, string]> = {
    string: ["a string", "en textsträng"],
    number: ["a number", "ett tal"],
    int: ["an integer", "ett heltal"],
    boolean: ["true or false", "true eller false"],
    array: ["a list", "en lista"],
    tuple: ["a list", "en lista"],
    object: ["an object", "ett objekt"],
    record: ["an object", "ett objekt"],
  };
  const pair = names[expected];
  return pair ? pair[locale === "sv" ? 1 : 0] : expected;
}

function describeBound(issue: IssueLike, locale: Locale): string {
  const sv = locale === "sv";
  const n = Number(issue.code === "too_small" ? issue.minimum : issue.maximum);
  if (issue.origin === "array" || issue.origin === "string") {
    if (issue.code === "too_small" && n === 1) return sv ? "en lista med minst ett värde" : "a list with at least one entry";
    return sv ? `högst ${n} värden` : `at most ${n} entries`;
  }
  const op = issue.code === "too_small" ? (issue.inclusive ? ">=" : ">") : issue.inclusive ? "<=" : "<";
  return sv ? `ett tal ${op} ${n}` : `a number ${op} ${n}`;
}
