/**
 * A Markdown summary for a pull-request / merge-request comment: an overview
 * table of files, then per file a table of the document rules' states
 * (✅ satisfied, ◐ partial, ❌ missing, — not applicable) and the number of
 * findings per span rule.
 */
import type { RuleState } from "@mrlint/core";
import { displayPath } from "@mrlint/node/config";
import type { FileReport } from "../lint/file-report.js";
import { stateName, t } from "../text/messages.js";
import { batchFormatter } from "./batch.js";
import { summaryText } from "./summary.js";
import type { FormatContext, FormatSpec } from "./types.js";
import { escapeXml } from "./xml.js";

const ICON: Record<RuleState, string> = { satisfied: "✅", partial: "◐", missing: "❌", "not-applicable": "—" };

/** More files than this fold their detail tables into <details>. */
const FOLD_AFTER = 5;

function cell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\r?\n/g, " ");
}

/** One file: its row in the overview table and the lines of its detail section (the heading depends on the file count). */
export interface MarkdownPiece {
  file: string;
  row: string;
  body: string[];
}

function filePiece(r: FileReport, ctx: FormatContext): MarkdownPiece {
  const L = ctx.locale;
  const file = displayPath(r.filePath, ctx.cwd);
  const shown = `\`${cell(file)}\``;
  const body: string[] = [];
  let row: string;
  if (r.error) {
    row = `| ${shown} | ❌ ${t(L, "mdFileError")} | — |`;
    body.push(`❌ ${cell(r.error.message)}`);
  } else {
    const met = r.coverage && r.coverage.applicable > 0 ? `${r.coverage.satisfied}/${r.coverage.applicable}` : "—";
    row = `| ${shown} | ${met} | ${r.messages.length} |`;
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
  return { file, row, body };
}

export const markdownFormat: FormatSpec<MarkdownPiece> = {
  needsRules: true,
  piece: filePiece,
  writer(ctx, write) {
    // The summary and the overview table come first, so the pieces wait for the end.
    const pieces: MarkdownPiece[] = [];
    return {
      add(piece) {
        pieces.push(piece);
      },
      end(sum) {
        const L = ctx.locale;
        const out: string[] = [`## ${t(L, "mdTitle")}`, ""];
        const problems = sum.errors + sum.warnings + sum.infos + sum.hints;
        out.push(problems > 0 ? summaryText(sum, L) : `${t(L, "noProblems")} ${t(L, "inFiles", { count: sum.files })}`);
        if (sum.fileErrors) out.push("", `❌ ${t(L, "fileErrors", { count: sum.fileErrors })}`);
        out.push("");
        if (pieces.length === 0) {
          write(`${out.join("\n")}\n`);
          return;
        }
        out.push(`| ${t(L, "mdFile")} | ${t(L, "mdCriteriaMet")} | ${t(L, "mdProblems")} |`, "|---|---|---|");
        for (const p of pieces) out.push(p.row);
        out.push("");
        const fold = pieces.length > FOLD_AFTER;
        for (const p of pieces) {
          const heading = fold ? `<code>${escapeXml(p.file)}</code>` : `\`${p.file}\``;
          if (fold) out.push(`<details><summary>${heading}</summary>`, "", ...p.body, "", "</details>", "");
          else out.push(`### ${heading}`, "", ...p.body, "");
        }
        write(`${out.join("\n").trimEnd()}\n`);
      },
    };
  },
};

export const markdown = batchFormatter(markdownFormat);
