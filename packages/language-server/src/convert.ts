/**
 * mrlint results to LSP shapes. mrlint positions are already 0-based lines
 * and UTF-16 columns, so the conversion is structural only.
 */
import type {
  Diagnostic as MrDiagnostic,
  Fix,
  Language,
  Level,
  Locale,
  Range as MrRange,
  RuleMeta,
  RuleState,
} from "@mrlint/core";
import {
  DiagnosticSeverity,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type Range,
  type TextEdit,
} from "vscode-languageserver";

export const SOURCE = "mrlint";

/** A fix in LSP form, carried in `Diagnostic.data` so that code actions need no second lint. */
export interface LspFix {
  title: string;
  safe: boolean;
  edits: TextEdit[];
}

/** What every mrlint diagnostic carries in `data`. */
export interface MrlintDiagnosticData {
  ruleId: string;
  ruleType: "span" | "document";
  language: Language;
  /** Document version the diagnostic was computed for (absent for .docx files). */
  version?: number;
  /** Term replacements and other fixes, first safe one preferred. */
  fixes: LspFix[];
  state?: RuleState;
  missingElements?: string[];
}

export function toLspRange(range: MrRange): Range {
  return {
    start: { line: range.start.line, character: range.start.column },
    end: { line: range.end.line, character: range.end.column },
  };
}

export function toSeverity(level: Level): DiagnosticSeverity {
  switch (level) {
    case "error":
      return DiagnosticSeverity.Error;
    case "warning":
      return DiagnosticSeverity.Warning;
    case "info":
      return DiagnosticSeverity.Information;
    default:
      return DiagnosticSeverity.Hint;
  }
}

export function toLspFix(fix: Fix): LspFix {
  return {
    title: fix.title,
    safe: fix.safe,
    edits: fix.edits.map((edit) => ({ range: toLspRange(edit.range), newText: edit.newText })),
  };
}

/** LSP wants a URI in `codeDescription.href`; a repository path is left out rather than sent broken. */
export function isAbsoluteUri(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url);
}

export interface ConvertContext {
  uri: string;
  language: Language;
  locale: Locale;
  version?: number;
  meta?: RuleMeta;
}

export function toLspDiagnostic(diag: MrDiagnostic, ctx: ConvertContext): Diagnostic {
  const isDocumentRule = diag.state !== undefined || ctx.meta?.type === "document";
  const data: MrlintDiagnosticData = {
    ruleId: diag.ruleId,
    ruleType: isDocumentRule ? "document" : "span",
    language: ctx.language,
    fixes: diag.fixes.map(toLspFix),
  };
  if (ctx.version !== undefined) data.version = ctx.version;
  if (diag.state !== undefined) data.state = diag.state;
  if (diag.missingElements?.length) data.missingElements = [...diag.missingElements];

  const lsp: Diagnostic = {
    range: toLspRange(diag.range),
    severity: toSeverity(diag.level),
    code: diag.ruleId,
    source: SOURCE,
    message: diag.message,
    data,
  };
  if (diag.url && isAbsoluteUri(diag.url)) lsp.codeDescription = { href: diag.url };
  const related = relatedInformation(diag, ctx);
  if (related.length > 0) lsp.relatedInformation = related;
  return lsp;
}

function relatedInformation(diag: MrDiagnostic, ctx: ConvertContext): DiagnosticRelatedInformation[] {
  return (diag.evidence ?? []).map((evidence) => {
    const elementName = evidence.element ? ctx.meta?.elements?.[evidence.element]?.[ctx.locale] ?? evidence.element : undefined;
    const quoted = `“${shorten(evidence.text, 80)}”`;
    return {
      location: { uri: ctx.uri, range: toLspRange(evidence.range) },
      message: elementName ? `${elementName}: ${quoted}` : quoted,
    };
  });
}

export function shorten(text: string, max: number): string {
  const oneLine = text.replace(/\s+/g, " ").trim();
  return oneLine.length <= max ? oneLine : `${oneLine.slice(0, max - 1)}…`;
}

/** Reads back the data this server put on a diagnostic; anything else (another server's, a client's edit) is ignored. */
export function mrlintData(diagnostic: Diagnostic): MrlintDiagnosticData | undefined {
  if (diagnostic.source !== SOURCE) return undefined;
  const data = diagnostic.data as Partial<MrlintDiagnosticData> | undefined;
  if (!data || typeof data.ruleId !== "string" || !Array.isArray(data.fixes)) return undefined;
  return data as MrlintDiagnosticData;
}

const ruleMaps = new WeakMap<readonly { meta: RuleMeta }[], Map<string, RuleMeta>>();

/** Rule id → meta for a rule set (cached per rule-set array). */
export function ruleMetaMap(rules: readonly { meta: RuleMeta }[]): Map<string, RuleMeta> {
  let map = ruleMaps.get(rules);
  if (!map) {
    map = new Map(rules.map((rule) => [rule.meta.id, rule.meta]));
    ruleMaps.set(rules, map);
  }
  return map;
}

export function toLspDiagnostics(
  diagnostics: readonly MrDiagnostic[],
  ctx: Omit<ConvertContext, "meta"> & { rules: ReadonlyMap<string, RuleMeta> },
): Diagnostic[] {
  return diagnostics.map((diag) => toLspDiagnostic(diag, { ...ctx, meta: ctx.rules.get(diag.ruleId) }));
}

/** A file mrlint could not read at all, shown as one error at the top of the file. */
export function fileErrorDiagnostic(code: string, message: string, severity: DiagnosticSeverity = DiagnosticSeverity.Error): Diagnostic {
  const at = { line: 0, character: 0 };
  return { range: { start: at, end: at }, severity, code, source: SOURCE, message };
}
