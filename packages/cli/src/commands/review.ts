/**
 * `mrlint review in.docx -o out.docx [--author NAME] [--overwrite]`: lints a
 * Word document with the config that applies to it and writes a copy with
 * the findings as Word comments (the docx package's review writer).
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { MrlintInputError, type Locale } from "@mrlint/core";
import { writeReviewFile } from "@mrlint/docx";
import { ConfigLoader, displayPath, lintFile } from "@mrlint/node";
import { oneOf, parseOptions } from "../args/parse-options.js";
import { UsageError } from "../args/usage-error.js";
import type { CliIO } from "../env/io.js";
import { t } from "../text/messages.js";

export async function runReview(argv: readonly string[], io: CliIO, envLoc: Locale): Promise<number> {
  const { values, positionals } = parseOptions(
    argv,
    {
      output: { type: "string", short: "o" },
      author: { type: "string" },
      overwrite: { type: "boolean" },
      locale: { type: "string" },
      lang: { type: "string" },
      config: { type: "string", short: "c" },
    },
    envLoc,
  );
  const explicitLocale = values.locale === undefined ? undefined : oneOf("--locale", values.locale as string, ["sv", "en"] as const, envLoc);
  const locale = explicitLocale ?? envLoc;
  const language = values.lang === undefined ? undefined : oneOf("--lang", values.lang as string, ["sv", "en", "auto"] as const, locale);
  if (positionals.length !== 1) {
    throw new UsageError(positionals.length > 1 ? t(locale, "unexpectedArgument", { value: JSON.stringify(positionals[1]) }) : t(locale, "reviewNeedsInput"));
  }
  const input = path.resolve(io.cwd, positionals[0]);
  const shownInput = displayPath(input, io.cwd);
  if (path.extname(input).toLowerCase() !== ".docx") {
    io.stderr.write(`${t(locale, "reviewNotDocx", { file: shownInput })}\n`);
    return 2;
  }
  const output = path.resolve(io.cwd, (values.output as string | undefined) ?? input.replace(/\.docx$/i, ".review.docx"));
  const shownOutput = displayPath(output, io.cwd);
  const overwrite = values.overwrite === true;
  if (!overwrite && output === input) {
    io.stderr.write(`${t(locale, "reviewSame", { file: shownInput })}\n`);
    return 2;
  }
  if (!overwrite && existsSync(output)) {
    io.stderr.write(`${t(locale, "reviewExists", { file: shownOutput })}\n`);
    return 2;
  }

  const loader = new ConfigLoader({ cwd: io.cwd, locale });
  const linted = await lintFile(input, {
    cwd: io.cwd,
    loader,
    ...(values.config ? { configFile: values.config as string } : {}),
    ...(language ? { language } : {}),
    ...(explicitLocale ? { locale: explicitLocale } : {}),
  });
  if (linted.error || !linted.result || !linted.config) {
    io.stderr.write(`mrlint: ${linted.error?.message ?? shownInput}\n`);
    return 2;
  }
  const config = linted.config;
  const rules = new Map(loader.rulesFor(config.packs).map((r) => [r.meta.id, r.meta]));
  try {
    await writeReviewFile(input, output, linted.result, {
      author: (values.author as string | undefined) ?? config.reviewAuthor ?? "mrlint",
      locale: explicitLocale ?? config.locale ?? linted.result.language,
      overwrite,
      uri: shownInput,
      limits: config.limits,
      // Built-in and pack rules alike: rationale, skeleton and element names quoted in the comments.
      ruleInfo: (ruleId: string, loc: Locale) => {
        const meta = rules.get(ruleId);
        if (!meta) return undefined;
        const elements = meta.elements ? Object.fromEntries(Object.entries(meta.elements).map(([id, name]) => [id, name[loc]])) : undefined;
        return { rationale: meta.rationale?.[loc], skeleton: meta.skeleton?.[loc], elements };
      },
    });
  } catch (error) {
    io.stderr.write(`mrlint: ${error instanceof MrlintInputError || error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  io.stdout.write(`${t(locale, "reviewDone", { file: shownOutput, count: linted.result.diagnostics.length })}\n`);
  return 0;
}
