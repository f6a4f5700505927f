/**
 * The coverage summary answered to `mrlint/coverage` and the
 * `mrlint.showCoverage` command: each document rule's state with the
 * evidence that led to it, in LSP positions, plus LIX and the count.
 */
import type { Locale, LintResult, RuleMeta, RuleState } from "@mrlint/core";
import type { Range } from "vscode-languageserver";
import { toLspRange } from "./convert.js";

export interface CoverageEvidence {
  range: Range;
  text: string;
  element?: string;
  /** The element's name in the summary's locale. */
  elementName?: string;
}

export interface CoverageRule {
  ruleId: string;
  title: string;
  state: RuleState;
  reason?: string;
  evidence: CoverageEvidence[];
  /** Element id → found, for rules built from elements. */
  elements?: Record<string, boolean>;
  url?: string;
}

export interface CoverageSummary {
  uri: string;
  /** "docx" documents address paragraphs: line = paragraph number - 1. */
  format: "markdown" | "text" | "docx";
  language: "sv" | "en";
  locale: Locale;
  lix: number | null;
  satisfied: number;
  applicable: number;
  rules: CoverageRule[];
  /** Set when the document could not be read; the rest is then empty. */
  error?: string;
}

export function coverageSummary(options: {
  uri: string;
  format: CoverageSummary["format"];
  result: LintResult;
  rules: ReadonlyMap<string, RuleMeta>;
  locale: Locale;
}): CoverageSummary {
  const { result, rules, locale } = options;
  const entries = Object.values(result.coverage.rules).map((rule): CoverageRule => {
    const meta = rules.get(rule.ruleId);
    const entry: CoverageRule = {
      ruleId: rule.ruleId,
      title: meta?.title[locale] ?? rule.ruleId,
      state: rule.state,
      evidence: rule.evidence.map((e) => {
        const evidence: CoverageEvidence = { range: toLspRange(e.range), text: e.text };
        if (e.element) {
          evidence.element = e.element;
          evidence.elementName = meta?.elements?.[e.element]?.[locale] ?? e.element;
        }
        return evidence;
      }),
    };
    if (rule.reason) entry.reason = rule.reason;
    if (rule.elements) entry.elements = { ...rule.elements };
    if (meta?.url) entry.url = meta.url;
    return entry;
  });
  return {
    uri: options.uri,
    format: options.format,
    language: result.language,
    locale,
    lix: result.coverage.lix,
    satisfied: result.coverage.satisfied,
    applicable: result.coverage.applicable,
    rules: entries,
  };
}
