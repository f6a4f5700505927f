/** The extension's own words, Swedish and English. */
import type { Locale, RuleState } from "./coverage-types.js";

const texts = {
  statusTooltip: { sv: "{satisfied} av {applicable} MR-kriterier uppfyllda. Klicka för översikten.", en: "{satisfied} of {applicable} MR criteria met. Click for the overview." },
  statusError: { sv: "mrlint kunde inte granska dokumentet: {error}", en: "mrlint could not review the document: {error}" },
  viewTitle: { sv: "MR-täckning: {name}", en: "MR coverage: {name}" },
  summary: { sv: "{satisfied} av {applicable} tillämpliga MR-kriterier är uppfyllda.", en: "{satisfied} of {applicable} applicable MR criteria are met." },
  lix: { sv: "Läsbarhet (LIX): {lix}", en: "Readability (LIX): {lix}" },
  lixUnknown: { sv: "Läsbarhet (LIX): för lite text", en: "Readability (LIX): too little text" },
  criterion: { sv: "Kriterium", en: "Criterion" },
  state: { sv: "Status", en: "State" },
  evidence: { sv: "Belägg", en: "Evidence" },
  noEvidence: { sv: "inga belägg", en: "no evidence" },
  line: { sv: "rad {line}", en: "line {line}" },
  paragraph: { sv: "stycke {line}", en: "paragraph {line}" },
  docs: { sv: "regelns dokumentation", en: "rule documentation" },
  noDocument: { sv: "Öppna ett Markdown- eller textdokument för att se MR-täckningen.", en: "Open a Markdown or text document to see its MR coverage." },
  noCoverage: { sv: "mrlint har ingen täckning för det här dokumentet.", en: "mrlint has no coverage for this document." },
  pickDocx: { sv: "Välj Word-dokument att granska", en: "Choose a Word document to review" },
  error: { sv: "Dokumentet kunde inte granskas: {error}", en: "The document could not be reviewed: {error}" },
} satisfies Record<string, Record<Locale, string>>;

const states: Record<RuleState, Record<Locale, string>> = {
  satisfied: { sv: "uppfyllt", en: "met" },
  partial: { sv: "delvis", en: "partly met" },
  missing: { sv: "saknas", en: "missing" },
  "not-applicable": { sv: "ej tillämpligt", en: "not applicable" },
};

export type UiKey = keyof typeof texts;

export function ui(key: UiKey, locale: Locale, data: Record<string, string | number> = {}): string {
  return texts[key][locale].replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}

export function stateName(state: RuleState, locale: Locale): string {
  return states[state][locale];
}

/** sv for a Swedish VS Code display language ("sv", "sv-se"), otherwise en. */
export function localeOf(displayLanguage: string | undefined): Locale {
  return displayLanguage?.toLowerCase().startsWith("sv") ? "sv" : "en";
}
