/**
 * GitHub Actions workflow commands (`::warning file=…::message`), which show
 * as annotations on the pull request. Capped per file, with a notice saying
 * how many were left out, so a large run does not flood the log.
 */
import type { Level } from "@mrlint/core";
import { displayPath } from "@mrlint/node/config";
import type { FileReport, Totals } from "../lint/file-report.js";
import { t } from "../text/messages.js";
import { batchFormatter } from "./batch.js";
import { oneBased } from "./positions.js";
import { summaryText } from "./summary.js";
import type { FormatContext, FormatSpec } from "./types.js";

export const GITHUB_MAX_PER_FILE = 50;

const COMMAND: Record<Level, string> = { error: "error", warning: "warning", info: "notice", hint: "notice" };

/** Message text: %, CR and LF are encoded (the runner's own escaping rules). */
export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** Property values additionally encode ':' and ','. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** The annotation lines of one file, each ending in "\n". */
function fileLines(report: FileReport, ctx: FormatContext): string {
  const lines: string[] = [];
  const file = escapeProperty(displayPath(report.filePath, ctx.cwd));
  if (report.error) {
    lines.push(`::error file=${file},title=${escapeProperty("mrlint")}::${escapeData(report.error.message)}`);
  } else {
    for (const m of report.messages.slice(0, GITHUB_MAX_PER_FILE)) {
      const p = oneBased(m.range);
      // Columns only mean something on a single line.
      const position = p.line === p.endLine ? `line=${p.line},col=${p.column},endLine=${p.endLine},endColumn=${p.endColumn}` : `line=${p.line},endLine=${p.endLine}`;
      lines.push(`::${COMMAND[m.level]} file=${file},${position},title=${escapeProperty(`mrlint ${m.ruleId}`)}::${escapeData(m.message)}`);
    }
    const hidden = report.messages.length - GITHUB_MAX_PER_FILE;
    if (hidden > 0) {
      lines.push(`::notice file=${file},title=${escapeProperty("mrlint")}::${escapeData(t(ctx.locale, "githubCapped", { count: hidden, limit: GITHUB_MAX_PER_FILE }))}`);
    }
  }
  return lines.map((line) => `${line}\n`).join("");
}

function summaryLine(sum: Totals, ctx: FormatContext): string {
  const problems = sum.errors + sum.warnings + sum.infos + sum.hints;
  const summary = problems > 0 ? summaryText(sum, ctx.locale) : t(ctx.locale, "noProblems");
  const extra = sum.fileErrors > 0 ? `; ${t(ctx.locale, "fileErrors", { count: sum.fileErrors })}` : "";
  return `::notice title=mrlint::${escapeData(t(ctx.locale, "githubSummary", { summary: summary + extra }))}\n`;
}

export const githubFormat: FormatSpec<string> = {
  needsRules: false,
  piece: fileLines,
  writer(ctx, write) {
    return {
      add(piece) {
        if (piece) write(piece);
      },
      end(totals) {
        write(summaryLine(totals, ctx));
      },
    };
  },
};

export const github = batchFormatter(githubFormat);
