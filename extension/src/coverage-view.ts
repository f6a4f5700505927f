/**
 * The coverage overview as HTML for a webview: each MR commitment of the
 * document with its state and the evidence that led to it, each piece of
 * evidence a link back into the text. Plain module, no `vscode` import.
 */
import type { CoverageEvidence, CoverageSummary, LspRange } from "./coverage-types.js";
import { stateName, ui } from "./ui-text.js";

export const OPEN_EVIDENCE_COMMAND = "mrlint.openEvidence";

/** A `command:` link that opens `uri` with `range` selected (handled by the extension's openEvidence command). */
export function openEvidenceLink(uri: string, range: LspRange): string {
  const args = [uri, range.start.line, range.start.character, range.end.line, range.end.character];
  return `command:${OPEN_EVIDENCE_COMMAND}?${encodeURIComponent(JSON.stringify(args))}`;
}

/** Reads the arguments of an openEvidence link back; undefined for anything malformed. */
export function parseOpenEvidenceArgs(args: readonly unknown[]): { uri: string; range: LspRange } | undefined {
  const [uri, sl, sc, el, ec] = args;
  const nums = [sl, sc, el, ec];
  if (typeof uri !== "string" || !nums.every((n) => typeof n === "number" && Number.isInteger(n) && n >= 0)) return undefined;
  const [a, b, c, d] = nums as number[];
  return { uri, range: { start: { line: a, character: b }, end: { line: c, character: d } } };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string);
}

function shorten(text: string, max = 120): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1)}…`;
}

function evidenceItem(summary: CoverageSummary, evidence: CoverageEvidence): string {
  const locale = summary.locale;
  const where =
    summary.format === "docx"
      ? ui("paragraph", locale, { line: evidence.range.start.line + 1 })
      : ui("line", locale, { line: evidence.range.start.line + 1 });
  // Word documents cannot be opened at a paragraph from here, so their evidence is not a link.
  const place =
    summary.format === "docx"
      ? escapeHtml(where)
      : `<a href="${escapeHtml(openEvidenceLink(summary.uri, evidence.range))}">${escapeHtml(where)}</a>`;
  const element = evidence.elementName ? `<span class="element">${escapeHtml(evidence.elementName)}</span> ` : "";
  return `<li>${element}“${escapeHtml(shorten(evidence.text))}” <span class="place">(${place})</span></li>`;
}

export function renderCoverageHtml(summary: CoverageSummary, options: { title: string; cspSource?: string }): string {
  const locale = summary.locale;
  const body: string[] = [`<h1>${escapeHtml(options.title)}</h1>`];
  if (summary.error !== undefined) {
    body.push(`<p class="error">${escapeHtml(ui("error", locale, { error: summary.error }))}</p>`);
  } else {
    body.push(`<p class="summary">${escapeHtml(ui("summary", locale, { satisfied: summary.satisfied, applicable: summary.applicable }))}</p>`);
    body.push(`<p>${escapeHtml(summary.lix === null ? ui("lixUnknown", locale) : ui("lix", locale, { lix: Math.round(summary.lix) }))}</p>`);
    body.push(
      "<table>",
      `<thead><tr><th>${escapeHtml(ui("criterion", locale))}</th><th>${escapeHtml(ui("state", locale))}</th><th>${escapeHtml(ui("evidence", locale))}</th></tr></thead>`,
      "<tbody>",
    );
    for (const rule of summary.rules) {
      const docs = rule.url && /^https?:\/\//.test(rule.url) ? ` · <a href="${escapeHtml(rule.url)}">${escapeHtml(ui("docs", locale))}</a>` : "";
      const evidence =
        rule.evidence.length > 0
          ? `<ul>${rule.evidence.map((e) => evidenceItem(summary, e)).join("")}</ul>`
          : `<span class="none">${escapeHtml(ui("noEvidence", locale))}</span>`;
      const reason = rule.reason ? `<div class="reason">${escapeHtml(rule.reason)}</div>` : "";
      body.push(
        `<tr class="${rule.state}">` +
          `<td><strong>${escapeHtml(rule.title)}</strong><div class="id"><code>${escapeHtml(rule.ruleId)}</code>${docs}</div></td>` +
          `<td class="state">${escapeHtml(stateName(rule.state, locale))}${reason}</td>` +
          `<td>${evidence}</td>` +
          "</tr>",
      );
    }
    body.push("</tbody>", "</table>");
  }
  // No scripts at all; styles inline only.
  const csp = `default-src 'none'; style-src 'unsafe-inline'${options.cspSource ? ` ${options.cspSource}` : ""};`;
  return [
    "<!DOCTYPE html>",
    `<html lang="${locale}">`,
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    `<title>${escapeHtml(options.title)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    `<body>${body.join("\n")}</body>`,
    "</html>",
  ].join("\n");
}

const STYLE = [
  "body{font-family:var(--vscode-font-family);color:var(--vscode-foreground);padding:0 1em}",
  "table{border-collapse:collapse;width:100%}",
  "th,td{text-align:left;vertical-align:top;padding:.4em .6em;border-bottom:1px solid var(--vscode-panel-border,#8884)}",
  ".id{opacity:.8;font-size:.9em}",
  ".satisfied .state{color:var(--vscode-testing-iconPassed,#388a34)}",
  ".partial .state{color:var(--vscode-editorWarning-foreground,#bf8803)}",
  ".missing .state{color:var(--vscode-editorError-foreground,#e51400)}",
  ".not-applicable .state,.none,.place{opacity:.7}",
  ".element{font-weight:600}",
  ".reason{font-size:.9em;opacity:.85}",
  "ul{margin:0;padding-left:1.2em}",
].join("");
