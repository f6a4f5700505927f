/**
 * A Markdown summary for a pull-request / merge-request comment: an overview
 * table of files, then per file a table of the document rules' states
 * (✅ satisfied, ◐ partial, ❌ missing, — not applicable) and the number of
 * findings per span rule.
 */
import type { RuleState } from "@mrlint/core";
import { displayPath } from "@mrlint/node";
import { totals } from "../lint/file-report.js";
import { stateName, t } from "../text/messages.js";
import { summaryText } from "./summary.js";
import type { Formatter } from "./types.js";
import { escapeXml } from "./xml.js";

const ICON: Record<RuleState, string> = { satisfied: "✅", partial: "◐", missing: "❌", "not-applicable": "—" };

/** More files than this fold their detail tables into <details>. */
const FOLD_AFTER = 5;

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

export const markdown: Formatter = (reports, ctx) => {
  const L = ctx.locale;
  const out: string[] = [`## ${t(L, "mdTitle")}`, ""];
  const sum = totals(reports);
  const problems = sum.errors + sum.warnings + sum.infos + sum.hints;
  out.push(problems > 0 ? summaryText(sum, L) : `${t(L, "noProblems")} ${t(L, "inFiles", { count: sum.files })}`);
  if (sum.fileErrors) out.push("", `❌ ${t(L, "fileErrors", { count: sum.fileErrors })}`);
  out.push("");
  if (reports.length === 0) return `${out.join("\n")}\n`;

  out.push(`| ${t(L, "mdFile")} | ${t(L, "mdCriteriaMet")} | ${t(L, "mdProblems")} |`, "|---|---|---|");
  for (const r of reports) {
    const file = `\`${cell(displayPath(r.filePath, ctx.cwd))}\``;
    if (r.error) out.push(`| ${file} | ❌ ${t(L, "mdFileError")} | — |`);
    else {
      const met = r.coverage && r.coverage.applicable > 0 ? `${r.coverage.satisfied}/${r.coverage.applicable}` : "—";
      out.push(`| ${file} | ${met} | ${r.messages.length} |`);
    }
  }
  out.push("");

  const fold = reports.length > FOLD_AFTER;
  for (const r of reports) {
    const file = displayPath(r.filePath, ctx.cwd);
    const heading = fold ? `<code>${escapeXml(file)}</code>` : `\`${file}\``;
    const body: string[] = [];
    if (r.error) body.push(`❌ ${cell(r.error.message)}`);
    else {
      const rules = Object.values(r.coverage?.rules ?? {});
      if (rules.length) {
        body.push(`| ${t(L, "mdCriterion")} | ${t(L, "mdRule")} | ${t(L, "mdState")} |`, "|---|---|---|");
        for (const rule of rules) {
          const title = ctx.rules.get(rule.ruleId)?.title[L] ?? rule.ruleId;
          body.push(`| ${cell(title)} | \`${rule.ruleId}\` | ${ICON[rule.state]} ${stateName(rule.state, L)} |`);
        }
        body.push("");
      }
      const spanCounts = new Map<string, number>();
      for (const m of r.messages) {
        if (m.state !== undefined || r.coverage?.rules[m.ruleId]) continue;
        spanCounts.set(m.ruleId, (spanCounts.get(m.ruleId) ?? 0) + 1);
      }
      const spans = [...spanCounts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
      body.push(
        spans.length
          ? `${t(L, "mdSpanFindings")}: ${spans.map(([id, n]) => `\`${id}\` ${n}`).join(" · ")}`
          : `${t(L, "mdSpanFindings")}: ${t(L, "mdNoSpanFindings")}`,
      );
    }
    if (fold) out.push(`<details><summary>${heading}</summary>`, "", ...body, "", "</details>", "");
    else out.push(`### ${heading}`, "", ...body, "");
  }
  return `${out.join("\n").trimEnd()}\n`;
};
