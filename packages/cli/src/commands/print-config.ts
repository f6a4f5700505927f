/** `mrlint --print-config <file>`: the settings that apply to one file, as JSON. */
import path from "node:path";
import { MrlintInputError, type Locale } from "@mrlint/core";
import { ConfigLoader, displayPath } from "@mrlint/node/config";
import type { LintOptions } from "../args/lint-options.js";
import type { CliIO } from "../env/io.js";

export function printConfig(file: string, options: LintOptions, io: CliIO, locale: Locale): number {
  const loader = new ConfigLoader({ cwd: io.cwd, locale });
  const target = path.resolve(io.cwd, file);
  try {
    const config = loader.configFor(target, options.config);
    const resolved = options.config ? loader.load(path.resolve(io.cwd, options.config)) : loader.configForDirectory(path.dirname(target));
    const rules: Record<string, unknown> = {};
    for (const rule of loader.rulesFor(config.packs)) rules[rule.meta.id] = config.rules[rule.meta.id] ?? rule.meta.level;
    const show = (p: string) => displayPath(p, io.cwd);
    const out = {
      file: show(target),
      configFile: config.configFile ? show(config.configFile) : null,
      configFiles: resolved.files.map(show),
      extends: resolved.extends,
      language: options.lang ?? config.language,
      locale: options.locale ?? config.locale ?? null,
      packs: config.packs.map(show),
      ignores: resolved.ignores.flatMap((g) => g.patterns.map((p) => `${show(g.baseDir)}: ${p}`)),
      limits: config.limits,
      ...(config.reviewAuthor ? { reviewAuthor: config.reviewAuthor } : {}),
      rules,
    };
    io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
    return 0;
  } catch (error) {
    io.stderr.write(`mrlint: ${error instanceof MrlintInputError ? error.message : String(error)}\n`);
    return 2;
  }
}
