/**
 * `pattern`: grammar-aware sentence patterns, one finding per match, named
 * by `pattern:` in the rule file.
 * - `modal-passive-no-agent`: data-driven (endings, deponents, agent
 *   markers in the rule file), see patterns/modal-passive.ts;
 * - `hidden-actor`, `hedge-in-obligation`: clause-level analysis in core's
 *   grammar module, see patterns/grammar.ts.
 * Quoted text, metadata and phrases inside `exceptions` are never flagged.
 */
import { z } from "zod";
import { AnalysedSentence } from "../analysis/analysed-sentence.js";
import type { Sentence } from "../analysis/types.js";
import type { RuleMeta } from "../engine/rule-api.js";
import type { Language } from "../model/document.js";
import { localizedText, strictObject } from "../pack/schema-tools.js";
import { defineKind } from "./kind.js";
import { hedgeInObligationFindings, hiddenActorFindings, NO_FINDINGS, type GrammarFinding } from "./patterns/grammar.js";
import { compileModalPassive, modalPassiveData } from "./patterns/modal-passive.js";
import { insideQuotes, overlaps, readableSentences } from "./shared/sentences.js";
import { LocalizedLexicon, termList } from "./shared/term-list.js";
import { quoted } from "./shared/wording.js";

export const PATTERN_NAMES = ["modal-passive-no-agent", "hidden-actor", "hedge-in-obligation"] as const;

export const patternData = strictObject({
  pattern: z.enum(PATTERN_NAMES),
  ...modalPassiveData,
  /** Phrases inside which nothing is flagged (a statute quoted without quotation marks). */
  exceptions: termList.optional(),
  /** `{note}` in the message, per finding id (the hedge of `hedge-in-obligation`: "vid behov" → "Vem bedömer behovet?"). */
  notes: z.record(z.string().min(1), localizedText).optional(),
}).superRefine((data, ctx) => {
  if (data.pattern === "modal-passive-no-agent") {
    if (!data.passive) ctx.addIssue({ code: "custom", path: ["passive"], message: "modal-passive-no-agent needs passive: { sv: …, en: … }" });
    if (!data.agents) ctx.addIssue({ code: "custom", path: ["agents"], message: "modal-passive-no-agent needs agents: { markers: … }" });
  } else {
    for (const key of ["maxGap", "chainBreaks", "passive", "agents"] as const) {
      if (data[key] !== undefined) ctx.addIssue({ code: "custom", path: [key], message: `only modal-passive-no-agent reads ${key}; ${data.pattern} is built into core` });
    }
  }
});
export type PatternData = z.infer<typeof patternData>;

type Finder = (sentence: Sentence, language: Language, blockText: string) => readonly GrammarFinding[];

function finderFor(data: PatternData): Finder {
  if (data.pattern === "hidden-actor") return hiddenActorFindings;
  if (data.pattern === "hedge-in-obligation") return hedgeInObligationFindings;
  const find = compileModalPassive(data);
  return (sentence, language) => {
    const found = find(sentence, language);
    return found ? [found] : NO_FINDINGS;
  };
}

export const patternKind = defineKind<PatternData>({
  name: "pattern",
  ruleType: "span",
  schema: patternData,
  requiredMessages: ["pattern"],
  compile(data: PatternData, _meta: RuleMeta) {
    const find = finderFor(data);
    const exceptions = LocalizedLexicon.fromList(data.exceptions);
    const notes = data.notes ?? {};
    return (context) => {
      const { analysis, language, locale } = context;
      for (const sentence of readableSentences(analysis)) {
        const blockText = analysis.document.blocks[sentence.block].text;
        // A pattern's findings depend on the sentence's text only (offsets are block offsets): an unchanged
        // block analysed again (the language server after an edit) keeps them.
        let findings = AnalysedSentence.textMemo(sentence, find, language) as ReturnType<Finder> | undefined;
        if (findings === undefined) {
          findings = find(sentence, language, blockText);
          AnalysedSentence.keepTextMemo(sentence, find, language, findings);
        }
        if (findings.length === 0) continue;
        const exceptionRanges = exceptions.match(sentence, language);
        for (const f of findings) {
          if (insideQuotes(sentence, f.start, f.end) || exceptionRanges.some((e) => overlaps(e, f))) continue;
          const data: Record<string, string> = { text: quoted(blockText.slice(f.start, f.end), locale) };
          for (const [key, value] of Object.entries(f.data)) data[key] = quoted(value, locale);
          const note = f.data.hedge !== undefined ? notes[f.data.hedge] : undefined;
          data.note = note ? note[locale] : "";
          context.report({ messageId: "pattern", block: sentence.block, start: f.start, end: f.end, data });
        }
      }
    };
  },
});
