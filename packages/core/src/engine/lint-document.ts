/**
 * lintDocument: analyse once, run every enabled rule, and turn what the
 * rules report into Diagnostics (in the requested locale, at source ranges)
 * and Coverage (a state with evidence for every document rule).
 */
import { analyse } from "../analysis/analyse.js";
import { lix } from "../analysis/lix.js";
import type { Analysis } from "../analysis/types.js";
import { readableSentences } from "../checks/shared/sentences.js";
import type { RuleSetting } from "../config/schema.js";
import { resolveRuleSettings } from "../config/resolve.js";
import type { Language, PolicyDocument } from "../model/document.js";
import { rangeAt, sharedLineStarts, type Range } from "../model/positions.js";
import type { Coverage, Diagnostic, Evidence, Fix, Level, LintResult, Locale, RuleCoverage } from "../model/results.js";
import { builtinRules } from "../pack/builtin.js";
import { engineText, ruleMessage } from "./messages.js";
import { readInlineSettings } from "./inline-config.js";
import type { DocumentOutcome, Rule, SpanReport } from "./rule-api.js";
import { settingsFor } from "./rule-settings.js";
import { runRule } from "./run-rule.js";
import { isSuppressed } from "./suppressions.js";

export interface LintOptions {
  /** Settings from config files (already merged; `extends` presets are expanded here if present). */
  config?: {
    extends?: string | string[];
    rules?: Record<string, RuleSetting>;
    language?: "sv" | "en" | "auto";
    locale?: Locale;
  };
  /** Language of the messages; default: the config's locale, else the document's language. */
  locale?: Locale;
  /** The rules to run; default: the built-in mr pack. Pass `[...builtinRules(), myRule]` to add one. */
  rules?: Rule[];
}

/** Rule id of the diagnostic for invalid settings inside the document. */
export const INLINE_CONFIG_RULE_ID = "mrlint/inline-config";

function documentLanguage(doc: PolicyDocument, configured: "sv" | "en" | "auto" | undefined, inline: "sv" | "en" | "auto" | undefined): Language {
  if (inline === "sv" || inline === "en") return inline;
  if (doc.languageSource === "front-matter" || doc.languageSource === "configured") return doc.language;
  if (configured === "sv" || configured === "en") return configured;
  return doc.language;
}

function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    a.range.start.offset - b.range.start.offset ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    a.range.end.offset - b.range.end.offset ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}

class ResultBuilder {
  readonly diagnostics: Diagnostic[] = [];
  readonly coverage: Record<string, RuleCoverage> = {};
  readonly notes: string[] = [];
  private readonly starts: readonly number[];

  constructor(
    private readonly doc: PolicyDocument,
    private readonly analysis: Analysis,
    private readonly locale: Locale,
  ) {
    this.starts = sharedLineStarts(doc.source);
  }

  private validSpan(block: number, start: number, end: number): boolean {
    const b = this.doc.blocks[block];
    return b !== undefined && Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= b.text.length;
  }

  private blockRange(block: number): Range {
    const b = this.doc.blocks[block];
    return rangeAt(this.starts, b.map[0] ?? 0, b.map[b.text.length] ?? b.map[0] ?? 0);
  }

  addSpan(rule: Rule, level: Level, report: SpanReport): void {
    if (!this.validSpan(report.block, report.start, report.end)) {
      this.notes.push(engineText("badReport", this.locale, { rule: rule.meta.id }));
      return;
    }
    const range = this.analysis.sourceRange(report.block, report.start, report.end);
    const text = this.doc.blocks[report.block].text.slice(report.start, report.end);
    // A fix is only safe when the source at the range is exactly the flagged text (no markup or line break inside).
    const plainSource = this.doc.source.slice(range.start.offset, range.end.offset) === text;
    const fixes: Fix[] = (report.replacements ?? []).map((r) => ({
      title: engineText("replaceWith", this.locale, { text: r.text }),
      edits: [{ range, newText: r.text }],
      safe: r.safe && plainSource,
    }));
    const { messageId, message } = ruleMessage(rule.meta, report.messageId, this.locale, report.data);
    this.diagnostics.push({ ruleId: rule.meta.id, level, message, messageId, range, text, fixes, url: rule.meta.url });
  }

  addOutcome(rule: Rule, level: Level, outcome: DocumentOutcome): void {
    const evidence: Evidence[] = [];
    for (const ref of outcome.evidence) {
      if (!this.validSpan(ref.block, ref.start, ref.end)) continue;
      const item: Evidence = {
        range: this.analysis.sourceRange(ref.block, ref.start, ref.end),
        text: this.doc.blocks[ref.block].text.slice(ref.start, ref.end),
      };
      if (ref.element !== undefined) item.element = ref.element;
      evidence.push(item);
    }
    const state = outcome.state;
    const entry: RuleCoverage = { ruleId: rule.meta.id, state, evidence };
    if (outcome.elements) entry.elements = { ...outcome.elements };

    if (state === "not-applicable" || state === "satisfied") {
      if (outcome.reason) entry.reason = outcome.reason[this.locale];
      this.coverage[rule.meta.id] = entry;
      return;
    }
    const { messageId, message } = ruleMessage(rule.meta, outcome.messageId ?? state, this.locale, outcome.data, state);
    entry.reason = outcome.reason ? outcome.reason[this.locale] : message;
    this.coverage[rule.meta.id] = entry;

    const anchor = outcome.anchorBlock ?? this.doc.title;
    const anchorValid = anchor !== null && anchor !== undefined && this.doc.blocks[anchor] !== undefined;
    const diagnostic: Diagnostic = {
      ruleId: rule.meta.id,
      level,
      message,
      messageId,
      range: anchorValid ? this.blockRange(anchor) : rangeAt(this.starts, 0, 0),
      text: anchorValid ? this.doc.blocks[anchor].text : "",
      fixes: [],
      url: rule.meta.url,
      state,
      evidence,
    };
    if (outcome.missingElements) diagnostic.missingElements = [...outcome.missingElements];
    this.diagnostics.push(diagnostic);
  }

  addInlineProblems(problems: readonly string[]): void {
    for (const problem of problems) {
      this.diagnostics.push({
        ruleId: INLINE_CONFIG_RULE_ID,
        level: "error",
        message: engineText("inlineConfig", this.locale, { problem }),
        messageId: "invalid",
        range: rangeAt(this.starts, 0, 0),
        text: "",
        fixes: [],
        url: "",
      });
    }
  }

  finish(language: Language, suppressions: PolicyDocument["suppressions"], docNotes: readonly string[]): LintResult {
    const kept = this.diagnostics
      .filter((d) => d.ruleId === INLINE_CONFIG_RULE_ID || !isSuppressed(suppressions, d.ruleId, d.range.start.offset, this.doc.source.length))
      .sort(compareDiagnostics);
    const states = Object.values(this.coverage);
    const coverage: Coverage = {
      rules: Object.fromEntries(Object.keys(this.coverage).sort().map((id) => [id, this.coverage[id]])),
      lix: lix(readableSentences(this.analysis)),
      satisfied: states.filter((c) => c.state === "satisfied").length,
      applicable: states.filter((c) => c.state !== "not-applicable").length,
    };
    return { diagnostics: kept, coverage, language, notes: [...docNotes, ...this.notes] };
  }
}

export function lintDocument(doc: PolicyDocument, options: LintOptions = {}): LintResult {
  const rules = options.rules ?? builtinRules();
  const config = options.config ?? {};
  const configRules = config.extends !== undefined ? resolveRuleSettings([config]).rules : config.rules;
  const inline = readInlineSettings(doc, rules);
  const language = documentLanguage(doc, config.language, inline.language);
  const document = language === doc.language ? doc : { ...doc, language, languageSource: "configured" as const };
  const locale: Locale = options.locale ?? inline.locale ?? config.locale ?? language;
  const analysis = analyse(document);
  const result = new ResultBuilder(document, analysis, locale);
  result.addInlineProblems(inline.problems);

  for (const rule of rules) {
    const settings = settingsFor(rule.meta, configRules, inline.rules);
    if (settings.level === "off") continue;
    const level = settings.level;
    const run = runRule(rule, { analysis, document, language, locale, options: settings.options });
    if (run.error) {
      result.notes.push(engineText("ruleFailed", locale, { rule: rule.meta.id, error: run.error.message }));
      continue;
    }
    for (const span of run.spans) result.addSpan(rule, level, span);
    if (rule.meta.type === "document") {
      if (run.outcome) result.addOutcome(rule, level, run.outcome);
      else result.notes.push(engineText("ruleNoState", locale, { rule: rule.meta.id }));
    }
  }
  return result.finish(language, document.suppressions, doc.notes);
}
