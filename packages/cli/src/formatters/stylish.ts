/**
 * The default human format, after ESLint's "stylish": findings grouped by
 * file with 1-based line:column, level, message and rule id, the file's MR
 * coverage, and a summary line. Clean files print nothing.
 */
import type { Level } from "@mrlint/core";
import { displayPath } from "@mrlint/node/config";
import { palette, type Palette } from "../env/color.js";
import type { FileReport, Totals } from "../lint/file-report.js";
import { levelName, t } from "../text/messages.js";
import { batchFormatter } from "./batch.js";
import { oneBased } from "./positions.js";
import { summaryText } from "./summary.js";
import type { FormatContext, FormatSpec } from "./types.js";

/** Long messages are not padded beyond this, so one long message does not push every rule id off screen. */
const MAX_PAD = 80;

function paints(c: Palette): Record<Level, (s: string) => string> {
  return { error: c.red, warning: c.yellow, info: c.cyan, hint: c.gray };
}

/** The lines of one file, "" for a clean file. Blocks end in an empty line. */
function fileBlock(report: FileReport, ctx: FormatContext): string {
  if (!report.error && report.messages.length === 0) return "";
  const c = palette(ctx.color);
  const paint = paints(c);
  const out: string[] = [c.underline(displayPath(report.filePath, ctx.cwd))];
  if (report.error) {
    out.push(`  ${paint.error(levelName("error", ctx.locale))}  ${report.error.message}`);
    out.push("");
    return out.join("\n");
  }
  const rows = report.messages.map((m) => {
    const p = oneBased(m.range);
    return { pos: `${p.line}:${p.column}`, level: m.level, text: m.message.replace(/\s+/g, " "), rule: m.ruleId };
  });
  const posWidth = Math.max(...rows.map((r) => r.pos.length));
  const levelWidth = Math.max(...rows.map((r) => levelName(r.level, ctx.locale).length));
  const textWidth = Math.min(MAX_PAD, Math.max(...rows.map((r) => r.text.length)));
  for (const r of rows) {
    const level = levelName(r.level, ctx.locale);
    out.push(
      `  ${c.dim(r.pos.padEnd(posWidth))}  ${paint[r.level](level)}${" ".repeat(levelWidth - level.length)}  ${r.text.padEnd(textWidth)}  ${c.dim(r.rule)}`,
    );
  }
  const coverage = report.coverage;
  if (coverage && coverage.applicable > 0) {
    let line = t(ctx.locale, "coverage", { satisfied: coverage.satisfied, applicable: coverage.applicable });
    if (coverage.lix !== null) line += ` · ${t(ctx.locale, "lix", { lix: Math.round(coverage.lix) })}`;
    out.push(`  ${c.gray(line)}`);
  }
  out.push("");
  return out.join("\n");
}

function summaryLines(sum: Totals, ctx: FormatContext): string[] {
  const c = palette(ctx.color);
  const out: string[] = [];
  const problems = sum.errors + sum.warnings + sum.infos + sum.hints;
  if (problems > 0 || sum.fileErrors > 0) {
    const mark = sum.errors > 0 || sum.fileErrors > 0 ? c.red("✖") : c.yellow("⚠");
    if (problems > 0) out.push(c.bold(`${mark} ${summaryText(sum, ctx.locale)}`));
    if (sum.fileErrors > 0) out.push(c.bold(`${c.red("✖")} ${t(ctx.locale, "fileErrors", { count: sum.fileErrors })}`));
    if (sum.fixable > 0) out.push(c.dim(`  ${t(ctx.locale, "fixable", { count: sum.fixable })}`));
    if (ctx.maxWarnings >= 0 && sum.warnings + sum.infos + sum.hints > ctx.maxWarnings) {
      out.push(c.red(t(ctx.locale, "tooManyWarnings", { max: ctx.maxWarnings })));
    }
    out.push("");
  }
  return out;
}

/** Piece: the file's block. The whole output is every line of every block and of the summary joined with "\n". */
export const stylishFormat: FormatSpec<string> = {
  needsRules: false,
  piece: fileBlock,
  writer(ctx, write) {
    let started = false;
    const put = (text: string) => {
      write(started ? `\n${text}` : text);
      started = true;
    };
    return {
      add(piece) {
        if (piece) put(piece);
      },
      end(totals) {
        const lines = summaryLines(totals, ctx);
        if (lines.length) put(lines.join("\n"));
      },
    };
  },
};

export const stylish = batchFormatter(stylishFormat);
