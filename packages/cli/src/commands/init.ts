/** `mrlint init`: writes a commented starter config; never overwrites an existing one. */
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Locale } from "@mrlint/core";
import { CONFIG_FILE_NAMES } from "@mrlint/node/config";
import { oneOf, parseOptions } from "../args/parse-options.js";
import { UsageError } from "../args/usage-error.js";
import type { CliIO } from "../env/io.js";
import { t } from "../text/messages.js";

export const INIT_FILE = "mrlint.config.yaml";

const TEMPLATE_EN = `# mrlint configuration. Reference: run "mrlint --help" and "mrlint rules".
# The nearest config file above a document applies to it.

# Start from the recommended settings: every mr rule at its default level.
# ("mr:all" also shows hints.) You can also extend a shared file: ./base.yaml
extends: mr:recommended

# Language of the documents: sv, en or auto (detected per document).
language: auto

# Language of the messages: sv or en (default: LANG, or the document's language).
# locale: sv

# Rule levels: off, hint, info, warning, error, or [level, { options }]. Examples:
#   mr/involvement: error
#   mr/readability: off
rules: {}

# Files that are never linted (globs relative to this file; "*.txt" matches in every folder).
# A .mrlintignore file (gitignore syntax) works too.
ignores: []
#  - "arkiv/**"
#  - "**/utkast-*.md"

# Settings for some files only:
# overrides:
#   - files: ["english/**"]
#     language: en
#     rules:
#       mr/child-rights: off

# Folders with your own rules (YAML rule files), relative to this file:
# packs:
#   - ./rules

# Limits for unusually large inputs (bytes):
# limits:
#   maxFileBytes: 10485760

# Author of the Word comments written by "mrlint review":
# reviewAuthor: mrlint
`;

const TEMPLATE_SV = `# Inställningar för mrlint. Referens: kör "mrlint --help" och "mrlint rules".
# Den närmaste konfigurationsfilen ovanför ett dokument gäller för det.

# Utgå från de rekommenderade inställningarna: alla mr-regler på sin standardnivå.
# ("mr:all" visar även tips.) Du kan också utöka en gemensam fil: ./bas.yaml
extends: mr:recommended

# Dokumentens språk: sv, en eller auto (upptäcks för varje dokument).
language: auto

# Meddelandenas språk: sv eller en (standard: LANG, eller dokumentets språk).
locale: sv

# Regelnivåer: off, hint, info, warning, error, eller [nivå, { alternativ }]. Exempel:
#   mr/involvement: error
#   mr/readability: off
rules: {}

# Filer som aldrig granskas (mönster relativt den här filen; "*.txt" matchar i alla mappar).
# En .mrlintignore-fil (gitignore-syntax) fungerar också.
ignores: []
#  - "arkiv/**"
#  - "**/utkast-*.md"

# Inställningar för vissa filer:
# overrides:
#   - files: ["english/**"]
#     language: en
#     rules:
#       mr/child-rights: off

# Mappar med egna regler (YAML-regelfiler), relativt den här filen:
# packs:
#   - ./regler

# Gränser för ovanligt stora filer (byte):
# limits:
#   maxFileBytes: 10485760

# Författare till Word-kommentarerna som "mrlint review" skriver:
# reviewAuthor: mrlint
`;

export function initTemplate(locale: Locale): string {
  return locale === "sv" ? TEMPLATE_SV : TEMPLATE_EN;
}

export function runInit(argv: readonly string[], io: CliIO, envLoc: Locale): number {
  const { values, positionals } = parseOptions(argv, { locale: { type: "string" } }, envLoc);
  const locale = values.locale === undefined ? envLoc : oneOf("--locale", values.locale as string, ["sv", "en"] as const, envLoc);
  if (positionals.length) throw new UsageError(t(locale, "unexpectedArgument", { value: JSON.stringify(positionals[0]) }));
  const existing = CONFIG_FILE_NAMES.find((name) => existsSync(path.join(io.cwd, name)));
  if (existing) {
    io.stderr.write(`${t(locale, "initExists", { file: existing })}\n`);
    return 2;
  }
  const target = path.join(io.cwd, INIT_FILE);
  writeFileSync(target, initTemplate(locale), { flag: "wx" });
  io.stdout.write(`${t(locale, "initDone", { file: INIT_FILE })}\n`);
  return 0;
}
