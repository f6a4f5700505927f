/**
 * node:util parseArgs with mrlint's messages: unknown options get a
 * "did you mean", missing values name the option, both in sv/en.
 */
import { parseArgs } from "node:util";
import type { Locale } from "@mrlint/core";
import { nearest } from "@mrlint/node/config";
import { t } from "../text/messages.js";
import { UsageError } from "./usage-error.js";

export type OptionSpec = Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }>;

export interface Parsed {
  values: Record<string, string | boolean | string[] | boolean[] | undefined>;
  positionals: string[];
}

export function parseOptions(argv: readonly string[], spec: OptionSpec, locale: Locale): Parsed {
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options: spec, allowPositionals: true, strict: true });
    return { values: values as Parsed["values"], positionals };
  } catch (error) {
    const code = (error as { code?: string }).code;
    const text = error instanceof Error ? error.message : String(error);
    const quoted = /'([^']+)'/.exec(text)?.[1] ?? "";
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      const option = quoted || text;
      let line = t(locale, "unknownOption", { option });
      const guess = nearest(option.replace(/^-+/, ""), Object.keys(spec));
      if (guess) line += `; ${t(locale, "didYouMean", { suggestion: `--${guess}` })}`;
      throw new UsageError(line);
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      const long = /--([\w-]+)/.exec(quoted || text)?.[1];
      throw new UsageError(t(locale, "missingValue", { option: long ? `--${long}` : quoted }));
    }
    throw new UsageError(text);
  }
}

/** Value must be one of `allowed`. */
export function oneOf<T extends string>(option: string, value: string, allowed: readonly T[], locale: Locale): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  let line = t(locale, "badValue", { option, value: JSON.stringify(value), allowed: allowed.join(", ") });
  const guess = nearest(value, allowed);
  if (guess) line += `; ${t(locale, "didYouMean", { suggestion: guess })}`;
  throw new UsageError(line);
}

export function integerAtLeast(option: string, value: string, min: number, locale: Locale): number {
  if (!/^-?\d+$/.test(value.trim()) || Number(value) < min) {
    throw new UsageError(t(locale, "badInteger", { option, value: JSON.stringify(value), min }));
  }
  return Number(value);
}
