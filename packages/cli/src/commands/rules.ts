/** `mrlint rules`: the rules (built-in and the config's packs) with level, type, kind and description. */
import path from "node:path";
import { MrlintInputError, type Locale, type Rule } from "@mrlint/core";
import { ConfigLoader } from "@mrlint/node/config";
import { oneOf, parseOptions } from "../args/parse-options.js";
import { UsageError } from "../args/usage-error.js";
import type { CliIO } from "../env/io.js";
import { t } from "../text/messages.js";

interface RuleRow {
  id: string;
  level: string;
  type: string;
  kind: string | null;
  fixable: boolean;
  title: string;
  description: string;
  url: string;
}

/** The first sentence of a description, for a one-line listing. */
function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const m = /^(.+?[.!?])(\s|$)/.exec(flat);
  return m ? m[1] : flat;
}

function rows(rules: readonly Rule[], kinds: ReadonlyMap<string, string>, locale: Locale): RuleRow[] {
  return rules
    .map((r) => ({
      id: r.meta.id,
      level: r.meta.level,
      type: r.meta.type,
      kind: kinds.get(r.meta.id) ?? null,
      fixable: Boolean(r.meta.fixable),
      title: r.meta.title[locale],
      description: r.meta.description[locale].replace(/\s+/g, " ").trim(),
      url: r.meta.url,
    }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function runRules(argv: readonly string[], io: CliIO, envLoc: Locale): number {
  const { values, positionals } = parseOptions(
    argv,
    { format: { type: "string", short: "f" }, locale: { type: "string" }, config: { type: "string", short: "c" } },
    envLoc,
  );
  if (positionals.length) throw new UsageError(t(envLoc, "unexpectedArgument", { value: JSON.stringify(positionals[0]) }));
  const format = oneOf("--format", (values.format as string | undefined) ?? "text", ["text", "json", "md"] as const, envLoc);
  const locale = values.locale === undefined ? envLoc : oneOf("--locale", values.locale as string, ["sv", "en"] as const, envLoc);
  const loader = new ConfigLoader({ cwd: io.cwd, locale });
  let list: RuleRow[];
  try {
    const configFile = values.config as string | undefined;
    const config = configFile ? loader.load(path.resolve(io.cwd, configFile)) : loader.configForDirectory(io.cwd);
    list = rows(loader.rulesFor(config.packs), loader.ruleKinds(config.packs), locale);
  } catch (error) {
    io.stderr.write(`mrlint: ${error instanceof MrlintInputError ? error.message : String(error)}\n`);
    return 2;
  }
  if (format === "json") {
    io.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
  } else if (format === "md") {
    const cell = (s: string) => s.replace(/\|/g, "\\|");
    const head = `| ${t(locale, "rulesId")} | ${t(locale, "rulesLevel")} | ${t(locale, "rulesType")} | ${t(locale, "rulesDescription")} |`;
    const lines = list.map((r) => `| [\`${r.id}\`](${r.url}) | ${r.level} | ${r.type}${r.kind ? ` (${r.kind})` : ""} | **${cell(r.title)}.** ${cell(r.description)} |`);
    io.stdout.write(`${[head, "|---|---|---|---|", ...lines].join("\n")}\n`);
  } else {
    const idWidth = Math.max(...list.map((r) => r.id.length));
    const typeText = (r: RuleRow) => `${r.type}${r.kind ? `/${r.kind}` : ""}`;
    const typeWidth = Math.max(...list.map((r) => typeText(r).length));
    for (const r of list) {
      io.stdout.write(`${r.id.padEnd(idWidth)}  ${r.level.padEnd(7)}  ${typeText(r).padEnd(typeWidth)}  ${r.title}: ${firstSentence(r.description)}\n`);
    }
  }
  return 0;
}
