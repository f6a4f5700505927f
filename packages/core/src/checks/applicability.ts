/**
 * Applicability: the triggers that make a conditional rule apply
 * (`mr/contracts` applies when the document buys, grants or signs
 * agreements; `mr/child-rights` when it concerns children). Not a kind of
 * its own: document kinds accept an `applicability:` block, and a rule whose
 * triggers are absent ends in `not-applicable` with the block's reason.
 */
import { z } from "zod";
import type { LexiconMatch } from "../analysis/lexicon.js";
import type { Analysis } from "../analysis/types.js";
import type { EvidenceRef, Localized } from "../engine/rule-api.js";
import type { Language } from "../model/document.js";
import { localizedText, strictObject } from "../pack/schema-tools.js";
import { childAgeMentions } from "./shared/age-bracket.js";
import { keptMentions, readableSentences, type MentionFilter } from "./shared/sentences.js";
import { LocalizedLexicon, termList } from "./shared/term-list.js";

export const applicabilityData = strictObject({
  /** Mentions that make the rule apply ("upphandling", "föreningsbidrag", "children"). */
  triggers: termList,
  /** Wrong-sense mentions that do not trigger ("kollektivavtal" for the municipality's own staff). */
  exclusions: termList.optional(),
  /** Triggers in a sentence with one of these do not count ("omfattas inte", "is not covered"). */
  excludingSentences: termList.optional(),
  /** How many counting trigger mentions make the rule apply (default 1). */
  minMatches: z.number().int().min(1).max(50).optional(),
  /**
   * Age brackets that include an age below `below` count as triggers ("i åldern 7–20 år",
   * "13–17-åringar", "aged 11-18", "under 18 år"); a range needs one of `cues` up to four words
   * before it ("åldern", "aged", "deltagare"), since a bare "2–3 år" is usually a duration.
   */
  ageBracket: strictObject({ below: z.number().int().min(1).max(120), cues: termList }).optional(),
  /** Read headings too (default true: a heading "Upphandling" says what the document is about). */
  headings: z.boolean().optional(),
  /** Why the rule does not apply, shown in the coverage summary. */
  reason: localizedText,
});
export type ApplicabilityData = z.infer<typeof applicabilityData>;

export interface ApplicabilityResult {
  applies: boolean;
  /** The trigger mentions that made it apply. */
  triggers: EvidenceRef[];
  reason: Localized;
}

export interface CompiledApplicability {
  evaluate(analysis: Analysis, language: Language): ApplicabilityResult;
}

/** Which trigger mentions count: a postponed sentence still says what the document is about. */
const TRIGGER_FILTER: MentionFilter = { negation: true, negationSpreads: false, postponed: false, placeholder: true };

export function compileApplicability(data: ApplicabilityData): CompiledApplicability {
  const triggers = LocalizedLexicon.fromList(data.triggers, "trigger");
  const exclusions = LocalizedLexicon.fromList(data.exclusions);
  const excludingSentences = LocalizedLexicon.fromList(data.excludingSentences);
  const minMatches = data.minMatches ?? 1;
  const ageCues = data.ageBracket ? LocalizedLexicon.fromList(data.ageBracket.cues) : null;
  return {
    evaluate(analysis, language) {
      const found: EvidenceRef[] = [];
      const sentences = readableSentences(analysis, { headings: data.headings ?? true });
      // Without age brackets only sentences with a trigger count (null: the list cannot tell, read them all).
      const candidates = ageCues === null ? triggers.positionsWithMatches(sentences, language) : null;
      const count = candidates === null ? sentences.length : candidates.length;
      for (let k = 0; k < count; k++) {
        const sentence = sentences[candidates === null ? k : candidates[k]];
        let matches: readonly LexiconMatch[] = triggers.match(sentence, language);
        if (data.ageBracket && ageCues) {
          const ages = childAgeMentions(sentence, language, data.ageBracket.below, ageCues);
          if (ages.length > 0) {
            matches = [
              ...matches,
              ...ages.map((age): LexiconMatch => ({ ...age, sentence: sentence.index, block: sentence.block, entry: { term: "age bracket" }, kind: "exact" })),
            ];
          }
        }
        if (matches.length === 0) continue;
        if (excludingSentences.match(sentence, language).length > 0) continue;
        const kept = keptMentions(sentence, matches, exclusions.match(sentence, language), TRIGGER_FILTER);
        for (const m of kept) found.push({ block: m.block, start: m.start, end: m.end, element: "trigger" });
      }
      return { applies: found.length >= minMatches, triggers: found, reason: data.reason };
    },
  };
}
