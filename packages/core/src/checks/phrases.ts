/**
 * `phrases`: a span rule that flags phrases (hedges such as "i möjligaste
 * mån", "where possible") only inside sentences that pass a gate: the
 * sentence states an obligation or goal (an obligation modal, or a goal cue
 * such as "målet är"), and has none of the gate's excluding cues
 * (descriptive past tense, descriptions of others). The gate is data, so a
 * rule pack tunes it without code.
 */
import { z } from "zod";
import type { Sentence } from "../analysis/types.js";
import type { RuleMeta } from "../engine/rule-api.js";
import type { Language } from "../model/document.js";
import { strictObject } from "../pack/schema-tools.js";
import { defineKind } from "./kind.js";
import { insideQuotes, overlaps, readableSentences } from "./shared/sentences.js";
import { LocalizedLexicon, termList } from "./shared/term-list.js";
import { quoted } from "./shared/wording.js";

const gate = strictObject({
  /** A sentence with an obligation modal (ska, bör, måste; shall, must …) passes. */
  modal: z.boolean().optional(),
  /** A sentence with one of these passes ("målet är", "vi vill", "aim"). */
  terms: termList.optional(),
  /** A sentence with one of these never passes ("anlitades", "residents who"). */
  except: termList.optional(),
  /** A sentence passes when nothing else decides (terse fragments: "Hembesök vid behov."). Default false. */
  otherwise: z.boolean().optional(),
});

export const phrasesData = strictObject({
  phrases: termList,
  /** Without a gate every occurrence is flagged. */
  gate: gate.optional(),
  /** Phrases inside these are not flagged ("så långt det är möjligt" quoted from minority law). */
  exceptions: termList.optional(),
});
export type PhrasesData = z.infer<typeof phrasesData>;

export const phrasesKind = defineKind<PhrasesData>({
  name: "phrases",
  ruleType: "span",
  schema: phrasesData,
  requiredMessages: ["phrase"],
  compile(data: PhrasesData, _meta: RuleMeta) {
    const phrases = LocalizedLexicon.fromList(data.phrases, "phrase");
    const gateTerms = LocalizedLexicon.fromList(data.gate?.terms);
    const gateExcept = LocalizedLexicon.fromList(data.gate?.except);
    const exceptions = LocalizedLexicon.fromList(data.exceptions);

    const passesGate = (sentence: Sentence, language: Language): boolean => {
      const g = data.gate;
      if (!g) return true;
      if (gateExcept.match(sentence, language).length > 0) return false;
      if (g.modal && sentence.marks.modals.length > 0) return true;
      if (gateTerms.match(sentence, language).some((m) => !insideQuotes(sentence, m.start, m.end))) return true;
      return g.otherwise ?? false;
    };

    return (context) => {
      const { analysis, language, locale } = context;
      for (const sentence of readableSentences(analysis)) {
        const found = phrases.match(sentence, language);
        if (found.length === 0 || !passesGate(sentence, language)) continue;
        const exceptionRanges = exceptions.match(sentence, language);
        const taken: Array<{ start: number; end: number }> = [];
        for (const m of [...found].sort((a, b) => a.start - b.start || b.end - a.end)) {
          if (taken.some((t) => overlaps(t, m))) continue;
          if (insideQuotes(sentence, m.start, m.end) || exceptionRanges.some((e) => overlaps(e, m))) continue;
          taken.push(m);
          const phrase = analysis.document.blocks[m.block].text.slice(m.start, m.end);
          context.report({ messageId: "phrase", block: m.block, start: m.start, end: m.end, data: { phrase: quoted(phrase, locale) } });
        }
      }
    };
  },
});
