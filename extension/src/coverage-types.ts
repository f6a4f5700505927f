/**
 * The coverage summary as the server sends it (`mrlint/coverage`). Kept as a
 * structural copy so the extension's bundle does not import the server.
 */
export type RuleState = "satisfied" | "partial" | "missing" | "not-applicable";
export type Locale = "sv" | "en";

export interface LspPosition {
  line: number;
  character: number;
}

export interface LspRange {
  start: LspPosition;
  end: LspPosition;
}

export interface CoverageEvidence {
  range: LspRange;
  text: string;
  element?: string;
  elementName?: string;
}

export interface CoverageRule {
  ruleId: string;
  title: string;
  state: RuleState;
  reason?: string;
  evidence: CoverageEvidence[];
  elements?: Record<string, boolean>;
  url?: string;
}

export interface CoverageSummary {
  uri: string;
  format: "markdown" | "text" | "docx";
  language: "sv" | "en";
  locale: Locale;
  lix: number | null;
  satisfied: number;
  applicable: number;
  rules: CoverageRule[];
  error?: string;
}
