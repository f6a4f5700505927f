import type { Locale } from "@mrlint/core";
import type { Totals } from "../lint/file-report.js";
import { t } from "../text/messages.js";

/** "12 problems (1 error, 9 warnings, 2 info) in 3 files". */
export function summaryText(totals: Totals, locale: Locale): string {
  const count = totals.errors + totals.warnings + totals.infos + totals.hints;
  const parts = [t(locale, "errors", { count: totals.errors }), t(locale, "warnings", { count: totals.warnings })];
  if (totals.infos) parts.push(t(locale, "infos", { count: totals.infos }));
  if (totals.hints) parts.push(t(locale, "hints", { count: totals.hints }));
  return `${t(locale, "problems", { count })} (${parts.join(", ")}) ${t(locale, "inFiles", { count: totals.files })}`;
}
