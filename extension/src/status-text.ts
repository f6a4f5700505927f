/** The status bar item's text and tooltip for the active document's coverage. */
import type { CoverageSummary, RuleState } from "./coverage-types.js";
import { stateName, ui } from "./ui-text.js";

export interface StatusText {
  text: string;
  tooltip: string;
  /** A state worth drawing attention to: something missing or partial. */
  warning: boolean;
}

const ICON: Record<RuleState, string> = {
  satisfied: "✓",
  partial: "◐",
  missing: "✗",
  "not-applicable": "–",
};

export function statusText(summary: CoverageSummary): StatusText {
  const locale = summary.locale;
  if (summary.error !== undefined) {
    return { text: "MR ?", tooltip: ui("statusError", locale, { error: summary.error }), warning: true };
  }
  const lines = [ui("statusTooltip", locale, { satisfied: summary.satisfied, applicable: summary.applicable })];
  for (const rule of summary.rules) lines.push(`${ICON[rule.state]} ${rule.title}: ${stateName(rule.state, locale)}`);
  return {
    text: `MR ${summary.satisfied}/${summary.applicable}`,
    tooltip: lines.join("\n"),
    warning: summary.rules.some((r) => r.state === "missing" || r.state === "partial"),
  };
}
