/**
 * Hover over a flagged range: what the rule checks, why it matters, a good
 * example and the link to its docs page, in the user's language.
 */
import type { Locale, RuleMeta } from "@mrlint/core";
import { MarkupKind, type Diagnostic, type Hover, type Position, type Range } from "vscode-languageserver";
import { isAbsoluteUri, mrlintData } from "./convert.js";
import { say } from "./messages.js";

function contains(range: Range, position: Position): boolean {
  const { start, end } = range;
  if (position.line < start.line || position.line > end.line) return false;
  if (position.line === start.line && position.character < start.character) return false;
  if (position.line === end.line && position.character > end.character) return false;
  return true;
}

function quote(text: string): string {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) => `> ${line}`)
    .join("\n");
}

export function ruleExplanation(meta: RuleMeta, locale: Locale): string {
  const parts = [`**${meta.title[locale]}** · \`${meta.id}\``, meta.description[locale]];
  if (meta.rationale?.[locale]) parts.push(`**${say("hoverWhy", locale)}**\n\n${meta.rationale[locale]}`);
  if (meta.example?.[locale]) parts.push(`**${say("hoverExample", locale)}**\n\n${quote(meta.example[locale])}`);
  if (meta.url && isAbsoluteUri(meta.url)) parts.push(`[${say("hoverMore", locale, { rule: meta.id })}](${meta.url})`);
  return parts.filter((p) => p.trim().length > 0).join("\n\n");
}

export function hoverAt(
  diagnostics: readonly Diagnostic[],
  position: Position,
  rules: ReadonlyMap<string, RuleMeta>,
  locale: Locale,
): Hover | null {
  const hits = diagnostics.filter((d) => contains(d.range, position) && mrlintData(d));
  if (hits.length === 0) return null;
  const seen = new Set<string>();
  const sections: string[] = [];
  for (const diagnostic of hits) {
    const ruleId = mrlintData(diagnostic)!.ruleId;
    if (seen.has(ruleId)) continue;
    seen.add(ruleId);
    const meta = rules.get(ruleId);
    sections.push(meta ? ruleExplanation(meta, locale) : `\`${ruleId}\`: ${diagnostic.message}`);
  }
  // Hover over the narrowest finding: that is what the cursor is on.
  const narrowest = [...hits].sort((a, b) => span(a.range) - span(b.range))[0];
  return { contents: { kind: MarkupKind.Markdown, value: sections.join("\n\n---\n\n") }, range: narrowest.range };
}

function span(range: Range): number {
  return (range.end.line - range.start.line) * 100_000 + (range.end.character - range.start.character);
}
