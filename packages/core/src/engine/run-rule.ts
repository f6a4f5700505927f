/**
 * Runs one rule over an analysed document and collects what it reports.
 * A rule that throws is caught here: the lint goes on without it.
 */
import type { Analysis } from "../analysis/types.js";
import type { Language, PolicyDocument } from "../model/document.js";
import type { Locale } from "../model/results.js";
import type { DocumentOutcome, Rule, RuleContext, SpanReport } from "./rule-api.js";

export interface RuleRun {
  spans: SpanReport[];
  outcome: DocumentOutcome | null;
  error: Error | null;
}

export function runRule(
  rule: Rule,
  input: { analysis: Analysis; document: PolicyDocument; language: Language; locale: Locale; options: Record<string, unknown> },
): RuleRun {
  const run: RuleRun = { spans: [], outcome: null, error: null };
  const context: RuleContext = {
    analysis: input.analysis,
    document: input.document,
    language: input.language,
    locale: input.locale,
    options: Object.freeze({ ...input.options }),
    report(report) {
      run.spans.push(report);
    },
    setState(outcome) {
      // The first state counts; a rule that sets two has a bug we do not want to hide behind the last call.
      if (run.outcome === null) run.outcome = outcome;
    },
  };
  try {
    rule.check(context);
  } catch (error) {
    run.error = error instanceof Error ? error : new Error(String(error));
    run.spans = [];
    run.outcome = null;
  }
  return run;
}
