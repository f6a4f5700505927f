/**
 * User-facing messages of the Node-side library, in Swedish and English.
 * `{name}` placeholders are filled from the data object.
 */
import type { Locale } from "@mrlint/core";

const MESSAGES = {
  notFound: {
    en: "{file}: no such file or directory",
    sv: "{file}: filen eller mappen finns inte",
  },
  isDirectory: {
    en: "{file}: is a directory, not a file",
    sv: "{file}: är en mapp, inte en fil",
  },
  notRegularFile: {
    en: "{file}: not a regular file but a {kind}; mrlint reads files only",
    sv: "{file}: inte en vanlig fil utan {kind}; mrlint läser bara filer",
  },
  unreadable: {
    en: "{file}: cannot read the file ({reason})",
    sv: "{file}: filen kan inte läsas ({reason})",
  },
  unreadableDirectory: {
    en: "{file}: cannot read the directory ({reason})",
    sv: "{file}: mappen kan inte läsas ({reason})",
  },
  noMatch: {
    en: "{file}: no files match this pattern",
    sv: "{file}: inga filer matchar mönstret",
  },
  tooLarge: {
    en: "{file}: the file is {size} bytes, more than the limit of {limit} bytes (limits.maxFileBytes)",
    sv: "{file}: filen är {size} byte, mer än gränsen {limit} byte (limits.maxFileBytes)",
  },
  notText: {
    en: "{file}: not a text file (it contains NUL bytes); mrlint reads Markdown, plain text (UTF-8) and Word .docx",
    sv: "{file}: inte en textfil (den innehåller NUL-byte); mrlint läser Markdown, vanlig text (UTF-8) och Word .docx",
  },
  utf16NoBom: {
    en: "{file}: not a text file mrlint can read: it looks like UTF-16 without a byte order mark; save it as UTF-8",
    sv: "{file}: inte en textfil som mrlint kan läsa: den ser ut att vara UTF-16 utan byteordningsmärke; spara den som UTF-8",
  },
  invalidUtf8: {
    en: "{file}: invalid UTF-8 at byte {offset} (line {line}); save the file as UTF-8",
    sv: "{file}: ogiltig UTF-8 vid byte {offset} (rad {line}); spara filen som UTF-8",
  },
  invalidUtf16: {
    en: "{file}: invalid UTF-16 at byte {offset}",
    sv: "{file}: ogiltig UTF-16 vid byte {offset}",
  },
  oldWord: {
    en: "{file}: the old Word format (.doc) cannot be read; save the document as .docx",
    sv: "{file}: det gamla Word-formatet (.doc) kan inte läsas; spara dokumentet som .docx",
  },
  internal: {
    en: "{file}: internal error while linting: {reason}",
    sv: "{file}: internt fel vid granskningen: {reason}",
  },
  configSyntax: {
    en: "{file}: {kind} syntax error at line {line}, column {column}: {reason}",
    sv: "{file}: syntaxfel i {kind} på rad {line}, kolumn {column}: {reason}",
  },
  configNotObject: {
    en: "{file}: the config must be an object (a mapping of keys to values)",
    sv: "{file}: konfigurationen måste vara ett objekt (nycklar med värden)",
  },
  configInvalidHeader: {
    en: "Invalid config {file}:",
    sv: "Ogiltig konfiguration {file}:",
  },
  configBadValue: {
    en: "{path}: {value} is not allowed; allowed: {allowed}",
    sv: "{path}: {value} är inte tillåtet; tillåtet: {allowed}",
  },
  configUnknownKey: {
    en: "{path}: unknown key {key}; allowed keys: {allowed}",
    sv: "{path}: okänd nyckel {key}; tillåtna nycklar: {allowed}",
  },
  configUnknownRule: {
    en: "{path}: unknown rule {value}",
    sv: "{path}: okänd regel {value}",
  },
  configUnknownOption: {
    en: "{path}: unknown option {key} of {rule}; its options: {allowed}",
    sv: "{path}: okänt alternativ {key} för {rule}; regelns alternativ: {allowed}",
  },
  configNoOptions: {
    en: "none",
    sv: "inga",
  },
  didYouMean: {
    en: "did you mean {suggestion}?",
    sv: "menade du {suggestion}?",
  },
  configUnknownPreset: {
    en: "{path}: unknown preset {value}; allowed: {allowed}",
    sv: "{path}: okänd förinställning {value}; tillåtet: {allowed}",
  },
  configExtendsMissing: {
    en: "{path}: the extended config {value} does not exist",
    sv: "{path}: den utökade konfigurationen {value} finns inte",
  },
  configExtendsCycle: {
    en: "{path}: {value} extends itself (cycle: {cycle})",
    sv: "{path}: {value} utökar sig själv (cirkel: {cycle})",
  },
  configPackMissing: {
    en: "{path}: the rule folder {value} does not exist",
    sv: "{path}: regelmappen {value} finns inte",
  },
  configPackInvalid: {
    en: "{path}: the rule pack {value} cannot be loaded: {reason}",
    sv: "{path}: regelpaketet {value} kan inte läsas in: {reason}",
  },
  configFileMissing: {
    en: "{file}: config file not found",
    sv: "{file}: konfigurationsfilen finns inte",
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type MessageId = keyof typeof MESSAGES;

export function message(locale: Locale, id: MessageId, data: Record<string, string | number> = {}): string {
  return MESSAGES[id][locale].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in data ? String(data[name]) : whole,
  );
}
