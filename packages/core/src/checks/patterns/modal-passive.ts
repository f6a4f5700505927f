/**
 * `modal-passive-no-agent`: a data-driven sentence pattern. An obligation
 * modal governs a passive verb within a short verb chain ("ska … följas
 * upp", "must be monitored"), and the sentence names no agent ("av
 * socialnämnden", "by the Council"). Which endings make a passive, which -s
 * verbs are deponents, and which phrases after "av"/"by" are not agents are
 * data in the rule file, so a rule pack can tune them without code.
 */
import { z } from "zod";
import { foldText } from "../../analysis/fold.js";
import type { Sentence, Token } from "../../analysis/types.js";
import type { Language } from "../../model/document.js";
import { perLanguage, strictObject, text } from "../../pack/schema-tools.js";
import { insideQuotes } from "../shared/sentences.js";
import { LocalizedLexicon, termList } from "../shared/term-list.js";

export const suffixPassive = strictObject({
  /** Endings of a passive infinitive after the modal (sv s-passive: "as", "es" …), compared folded. */
  suffixes: z.array(text).min(1),
  /** Words with such an ending that are not passive (deponents, reciprocals), any form. */
  notPassive: z.array(text).optional(),
  /** Shortest word taken as a verb (default 4). */
  minLength: z.number().int().min(1).max(20).optional(),
});

export const auxiliaryPassive = strictObject({
  /** Passive auxiliaries after the modal ("be"). */
  auxiliaries: z.array(text).min(1),
  /** Endings of a past participle ("ed", "en"). */
  participleSuffixes: z.array(text).min(1),
  /** Irregular participles ("built", "held", "set"). */
  irregular: z.array(text).optional(),
  /** Words with a participle ending that are adjectives here ("accessible" has none; "open", "committed"). */
  notParticiple: z.array(text).optional(),
});

export const modalPassiveData = {
  /** Most words between the modal and the passive verb (default 4). */
  maxGap: z.number().int().min(0).max(12).optional(),
  /** Words that end the modal's verb chain ("och", "att", "and", "that"). */
  chainBreaks: perLanguage(text).optional(),
  passive: strictObject({ sv: suffixPassive.optional(), en: auxiliaryPassive.optional() }).optional(),
  agents: strictObject({
    /** Words that introduce an agent ("av", "by"). */
    markers: perLanguage(text),
    /** Phrases after a marker that are not agents ("hänsyn till", "the end of"). */
    notAgents: termList.optional(),
    /** When given, only these count as agents after a marker (nämnd, förvaltning, the Council …). */
    actors: termList.optional(),
  }).optional(),
};

export interface ModalPassiveData {
  maxGap?: number;
  chainBreaks?: { sv?: string[]; en?: string[] };
  passive?: { sv?: z.infer<typeof suffixPassive>; en?: z.infer<typeof auxiliaryPassive> };
  agents?: { markers: { sv?: string[]; en?: string[] }; notAgents?: z.infer<typeof termList>; actors?: z.infer<typeof termList> };
}

interface LanguageData {
  breaks: Set<string>;
  markers: Set<string>;
  suffix?: { suffixes: string[]; not: Set<string>; minLength: number };
  aux?: { auxiliaries: Set<string>; suffixes: string[]; irregular: Set<string>; not: Set<string> };
}

const folded = (list: readonly string[] | undefined) => new Set((list ?? []).map(foldText));

function languageData(data: ModalPassiveData, language: Language): LanguageData {
  const sv = language === "sv" ? data.passive?.sv : undefined;
  const en = language === "en" ? data.passive?.en : undefined;
  return {
    breaks: folded(data.chainBreaks?.[language]),
    markers: folded(data.agents?.markers[language]),
    suffix: sv && { suffixes: sv.suffixes.map(foldText), not: folded(sv.notPassive), minLength: sv.minLength ?? 4 },
    aux: en && {
      auxiliaries: folded(en.auxiliaries),
      suffixes: en.participleSuffixes.map(foldText),
      irregular: folded(en.irregular),
      not: folded(en.notParticiple),
    },
  };
}

/** Index of the passive verb governed by the modal at `modal`, or -1. */
function passiveAfter(tokens: readonly Token[], modal: number, maxGap: number, d: LanguageData): number {
  let words = 0;
  for (let j = modal + 1; j < tokens.length; j++) {
    const t = tokens[j];
    if (t.kind === "punct") return -1;
    if (t.kind !== "word") continue;
    if (d.breaks.has(t.fold)) return -1;
    if (d.suffix) {
      const s = d.suffix;
      if (t.fold.length >= s.minLength && !s.not.has(t.fold) && s.suffixes.some((x) => t.fold.endsWith(x))) return j;
    }
    if (d.aux && d.aux.auxiliaries.has(t.fold)) {
      const next = tokens.slice(j + 1).find((x) => x.kind === "word");
      if (next && !d.aux.not.has(next.fold) && (d.aux.irregular.has(next.fold) || d.aux.suffixes.some((x) => next.fold.endsWith(x) && next.fold.length > x.length + 2))) {
        return tokens.indexOf(next);
      }
    }
    if (++words > maxGap) return -1;
  }
  return -1;
}

export interface PatternFinding {
  start: number;
  end: number;
  data: Record<string, string>;
}

/** Compiles the pattern once; the finder returns at most one finding per sentence. */
export function compileModalPassive(data: ModalPassiveData): (sentence: Sentence, language: Language) => PatternFinding | null {
  const maxGap = data.maxGap ?? 4;
  const perLanguageData = { sv: languageData(data, "sv"), en: languageData(data, "en") };
  const notAgents = LocalizedLexicon.fromList(data.agents?.notAgents);
  const actors = data.agents?.actors ? LocalizedLexicon.fromList(data.agents.actors) : null;

  /** An agent phrase follows a marker somewhere in the sentence. */
  const namesAgent = (sentence: Sentence, language: Language): boolean => {
    const d = perLanguageData[language];
    const tokens = sentence.tokens;
    const notAgentStarts = new Set(notAgents.match(sentence, language).map((m) => m.tokenStart));
    const actorStarts = actors ? actors.match(sentence, language).map((m) => m.tokenStart) : null;
    for (let k = 0; k < tokens.length - 1; k++) {
      if (tokens[k].kind !== "word" || !d.markers.has(tokens[k].fold)) continue;
      if (insideQuotes(sentence, tokens[k].start, tokens[k].end)) continue;
      const next = k + 1;
      if (tokens[next].kind !== "word" || notAgentStarts.has(next)) continue;
      // With an actor list, an actor must start within the next three tokens ("by the City Council").
      if (actorStarts && !actorStarts.some((s) => s > k && s <= k + 3)) continue;
      return true;
    }
    return false;
  };

  return (sentence, language) => {
    const d = perLanguageData[language];
    if (!d.suffix && !d.aux) return null;
    for (const modal of sentence.marks.modals) {
      const verb = passiveAfter(sentence.tokens, modal, maxGap, d);
      if (verb < 0) continue;
      const from = sentence.tokens[modal];
      const to = sentence.tokens[verb];
      if (insideQuotes(sentence, from.start, to.end) || namesAgent(sentence, language)) return null;
      return { start: from.start, end: to.end, data: { modal: from.text, verb: to.text } };
    }
    return null;
  };
}
