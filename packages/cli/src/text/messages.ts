/** Every message the CLI prints, in Swedish and English. `{name}` placeholders are filled from data. */
import type { Level, Locale, RuleState } from "@mrlint/core";

const MESSAGES = {
  unknownOption: { en: "unknown option {option}", sv: "okänd flagga {option}" },
  didYouMean: { en: "did you mean {suggestion}?", sv: "menade du {suggestion}?" },
  missingValue: { en: "option {option} needs a value", sv: "flaggan {option} behöver ett värde" },
  badValue: { en: "{option}: {value} is not allowed; allowed: {allowed}", sv: "{option}: {value} är inte tillåtet; tillåtet: {allowed}" },
  badShard: {
    en: "--shard: {value} is not allowed; use k/n with 1 <= k <= n, e.g. 2/4",
    sv: "--shard: {value} är inte tillåtet; ange k/n där 1 <= k <= n, t.ex. 2/4",
  },
  badInteger: { en: "{option}: {value} is not a whole number >= {min}", sv: "{option}: {value} är inte ett heltal >= {min}" },
  fixBoth: { en: "use either --fix or --fix-dry-run, not both", sv: "använd antingen --fix eller --fix-dry-run, inte båda" },
  unexpectedArgument: { en: "unexpected argument {value}", sv: "oväntat argument {value}" },
  seeHelp: { en: "Run mrlint --help for usage.", sv: "Kör mrlint --help för hjälp." },
  noFiles: { en: "mrlint: no files to lint", sv: "mrlint: inga filer att granska" },
  cacheWriteFailed: { en: "mrlint: could not write the cache {file}: {reason}", sv: "mrlint: kunde inte skriva cachen {file}: {reason}" },
  outputWriteFailed: { en: "mrlint: could not write {file}: {reason}", sv: "mrlint: kunde inte skriva {file}: {reason}" },
  problems: { en: "{count} {count|problem|problems}", sv: "{count} problem" },
  errors: { en: "{count} {count|error|errors}", sv: "{count} fel" },
  warnings: { en: "{count} {count|warning|warnings}", sv: "{count} {count|varning|varningar}" },
  infos: { en: "{count} info", sv: "{count} info" },
  hints: { en: "{count} {count|hint|hints}", sv: "{count} {count|tips|tips}" },
  inFiles: { en: "in {count} {count|file|files}", sv: "i {count} {count|fil|filer}" },
  fileErrors: { en: "{count} {count|file|files} could not be linted", sv: "{count} {count|fil|filer} kunde inte granskas" },
  fixable: { en: "{count} {count|problem is|problems are} fixable with the --fix option.", sv: "{count} problem kan rättas med flaggan --fix." },
  tooManyWarnings: {
    en: "mrlint found too many warnings (maximum: {max}).",
    sv: "mrlint hittade för många varningar (högst {max} tillåts).",
  },
  coverage: {
    en: "MR coverage: {satisfied} of {applicable} applicable criteria met",
    sv: "MR-täckning: {satisfied} av {applicable} tillämpliga kriterier uppfyllda",
  },
  lix: { en: "LIX {lix}", sv: "LIX {lix}" },
  fixed: { en: "fixed", sv: "rättad" },
  initExists: {
    en: "mrlint init: {file} already exists; not overwriting it",
    sv: "mrlint init: {file} finns redan; den skrivs inte över",
  },
  initDone: { en: "Created {file}", sv: "Skapade {file}" },
  reviewNeedsInput: { en: "mrlint review: give a .docx file: mrlint review in.docx -o out.docx", sv: "mrlint review: ange en .docx-fil: mrlint review in.docx -o ut.docx" },
  reviewNotDocx: { en: "mrlint review: {file} is not a .docx file", sv: "mrlint review: {file} är inte en .docx-fil" },
  reviewExists: {
    en: "mrlint review: {file} already exists; use --overwrite to replace it",
    sv: "mrlint review: {file} finns redan; använd --overwrite för att ersätta den",
  },
  reviewSame: {
    en: "mrlint review: the output would replace the input {file}; use --overwrite to allow that",
    sv: "mrlint review: utfilen skulle ersätta indatafilen {file}; använd --overwrite för att tillåta det",
  },
  reviewDone: {
    en: "Wrote {file}: {count} {count|finding|findings} as Word comments",
    sv: "Skrev {file}: {count} fynd som Word-kommentarer",
  },
  githubCapped: {
    en: "{count} more {count|finding|findings} in this file not shown as annotations (limit {limit} per file); run mrlint locally or use --format sarif",
    sv: "{count} fler {count|fynd|fynd} i filen visas inte som anteckningar (högst {limit} per fil); kör mrlint lokalt eller använd --format sarif",
  },
  githubSummary: { en: "mrlint: {summary}", sv: "mrlint: {summary}" },
  noProblems: { en: "no problems", sv: "inga problem" },
  mdTitle: { en: "mrlint: human-rights review", sv: "mrlint: granskning av mänskliga rättigheter" },
  mdCriterion: { en: "Criterion", sv: "Kriterium" },
  mdRule: { en: "Rule", sv: "Regel" },
  mdState: { en: "State", sv: "Status" },
  mdFile: { en: "File", sv: "Fil" },
  mdCriteriaMet: { en: "Criteria met", sv: "Uppfyllda kriterier" },
  mdProblems: { en: "Problems", sv: "Problem" },
  mdSpanFindings: { en: "Findings in the text", sv: "Fynd i texten" },
  mdNoSpanFindings: { en: "no findings in the text", sv: "inga fynd i texten" },
  mdFileError: { en: "could not be linted", sv: "kunde inte granskas" },
  rulesId: { en: "rule", sv: "regel" },
  rulesLevel: { en: "level", sv: "nivå" },
  rulesType: { en: "type", sv: "typ" },
  rulesDescription: { en: "description", sv: "beskrivning" },
} as const satisfies Record<string, Record<Locale, string>>;

export type MessageId = keyof typeof MESSAGES;

/**
 * Fills `{name}` and plural forms `{name|one|other}` (chosen by whether
 * `data[name]` is 1).
 */
export function t(locale: Locale, id: MessageId, data: Record<string, string | number> = {}): string {
  return MESSAGES[id][locale].replace(/\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g, (whole, name: string, one?: string, other?: string) => {
    if (!(name in data)) return whole;
    if (one !== undefined && other !== undefined) return Number(data[name]) === 1 ? one : other;
    return String(data[name]);
  });
}

const LEVEL_NAMES: Record<Level, Record<Locale, string>> = {
  error: { en: "error", sv: "fel" },
  warning: { en: "warning", sv: "varning" },
  info: { en: "info", sv: "info" },
  hint: { en: "hint", sv: "tips" },
};

export function levelName(level: Level, locale: Locale): string {
  return LEVEL_NAMES[level][locale];
}

const STATE_NAMES: Record<RuleState, Record<Locale, string>> = {
  satisfied: { en: "satisfied", sv: "uppfylld" },
  partial: { en: "partial", sv: "delvis" },
  missing: { en: "missing", sv: "saknas" },
  "not-applicable": { en: "not applicable", sv: "ej tillämplig" },
};

export function stateName(state: RuleState, locale: Locale): string {
  return STATE_NAMES[state][locale];
}
