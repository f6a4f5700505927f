/** The `mrlint [paths…]` command line -> LintOptions. */
import type { Level, Locale } from "@mrlint/core";
import type { LanguageSetting } from "@mrlint/node";
import { FORMAT_NAMES, type FormatName } from "../formatters/types.js";
import { parseShard, type Shard } from "../lint/shard.js";
import { t } from "../text/messages.js";
import { LINT_OPTION_SPEC } from "./option-spec.js";
import { integerAtLeast, oneOf, parseOptions } from "./parse-options.js";
import { UsageError } from "./usage-error.js";

export { LINT_OPTION_SPEC };

export interface LintOptions {
  patterns: string[];
  format: FormatName;
  outputFile?: string;
  config?: string;
  lang?: LanguageSetting;
  locale?: Locale;
  /** Lowest level reported (and counted for the exit code). */
  level: Level;
  /** -1: no limit. */
  maxWarnings: number;
  fix: "write" | "dry-run" | null;
  cache: boolean;
  cacheLocation?: string;
  shard?: Shard;
  /** "auto": see schedule.ts (threadPlan). */
  workers: number | "auto";
  printConfig?: string;
  color?: boolean;
  ignore: boolean;
  debug: boolean;
  help: boolean;
  version: boolean;
}

const LEVELS: readonly Level[] = ["hint", "info", "warning", "error"];

export function parseLintOptions(argv: readonly string[], locale: Locale): LintOptions {
  const { values: v, positionals } = parseOptions(argv, LINT_OPTION_SPEC, locale);
  const str = (name: string) => v[name] as string | undefined;
  const bool = (name: string) => v[name] === true;

  if (bool("fix") && bool("fix-dry-run")) throw new UsageError(t(locale, "fixBoth"));
  const shardText = str("shard");
  const shard = shardText === undefined ? undefined : parseShard(shardText);
  if (shard === null) throw new UsageError(t(locale, "badShard", { value: JSON.stringify(shardText) }));
  const workersText = str("workers");
  const workers = workersText === undefined || workersText === "auto" ? "auto" : integerAtLeast("--workers", workersText, 0, locale);
  const level = str("level");

  const options: LintOptions = {
    patterns: positionals,
    format: oneOf("--format", str("format") ?? "stylish", FORMAT_NAMES, locale),
    level: bool("quiet") ? "error" : level === undefined ? "hint" : oneOf("--level", level, LEVELS, locale),
    maxWarnings: str("max-warnings") === undefined ? -1 : integerAtLeast("--max-warnings", str("max-warnings")!, -1, locale),
    fix: bool("fix") ? "write" : bool("fix-dry-run") ? "dry-run" : null,
    cache: bool("cache"),
    workers,
    ignore: !bool("no-ignore"),
    debug: bool("debug"),
    help: bool("help"),
    version: bool("version"),
  };
  if (str("output-file") !== undefined) options.outputFile = str("output-file");
  if (str("config") !== undefined) options.config = str("config");
  if (str("lang") !== undefined) options.lang = oneOf("--lang", str("lang")!, ["sv", "en", "auto"] as const, locale);
  if (str("locale") !== undefined) options.locale = oneOf("--locale", str("locale")!, ["sv", "en"] as const, locale);
  if (str("cache-location") !== undefined) options.cacheLocation = str("cache-location");
  if (shard) options.shard = shard;
  if (str("print-config") !== undefined) options.printConfig = str("print-config");
  if (bool("no-color")) options.color = false;
  else if (bool("color")) options.color = true;
  return options;
}

/** `--locale` is needed before full parsing, to print parse errors in the right language. */
export function peekLocale(argv: readonly string[]): Locale | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = arg === "--locale" ? argv[i + 1] : arg.startsWith("--locale=") ? arg.slice(9) : undefined;
    if (value === "sv" || value === "en") return value;
  }
  return undefined;
}
