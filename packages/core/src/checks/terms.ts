/**
 * `terms`: a span rule from a lexicon of terms, each with replacements
 * (inclusive language). A term is not flagged inside an exception
 * (organisation names, law titles such as the LSS title, scheme names), in
 * quoted text, or in a sentence with an excluding cue (a historical
 * reference). A `groupNoun` term is an adjective flagged only where it stands
 * as a noun for a group ("the disabled" yes, "disabled residents" no).
 */
import { z } from "zod";
import type { Sentence, Token } from "../analysis/types.js";
import { foldText } from "../analysis/fold.js";
import type { LexiconEntry } from "../analysis/lexicon.js";
import type { Localized, RuleMeta } from "../engine/rule-api.js";
import type { Language } from "../model/document.js";
import { MAX_PATTERN_MATCH, MAX_PATTERN_TEXT, unsafeRegexReason } from "../pack/safe-regex.js";
import { localizedText, perLanguage, strictObject, text } from "../pack/schema-tools.js";
import { defineKind } from "./kind.js";
import { insideQuotes, overlaps, readableSentences } from "./shared/sentences.js";
import { windowedMatches } from "./shared/windowed-match.js";
import { capitalisedInside, compoundMode, LocalizedLexicon, termList } from "./shared/term-list.js";
import { joinList, matchCase, quoted } from "./shared/wording.js";

const safePattern = text.superRefine((source, ctx) => {
  const reason = unsafeRegexReason(source);
  if (reason) ctx.addIssue({ code: "custom", message: `unsafe pattern ${JSON.stringify(source)}: ${reason}` });
});

const flaggedTerm = strictObject({
  /** The base form; inflected forms match through the lexicon. */
  term: text.optional(),
  /** More surface forms, where the lexicon's inflection would not derive them ("rullstolsbundna"). */
  forms: z.array(text).optional(),
  /** A restricted regular expression instead of a term (see pack/safe-regex.ts); matched case-insensitively. */
  pattern: safePattern.optional(),
  compound: compoundMode.optional(),
  inflect: z.boolean().optional(),
  replacements: z.array(text).min(1),
  /** The replacement reads correctly wherever the term stands, so `--fix` may apply it. */
  safe: z.boolean().optional(),
  /** An adjective flagged only when used as a noun for a group of people. */
  groupNoun: z.boolean().optional(),
  /** Why the term is outdated, shown after the message. */
  note: localizedText.optional(),
}).refine((t) => t.term !== undefined || t.pattern !== undefined, { message: "give a term or a pattern" });
type FlaggedTerm = z.infer<typeof flaggedTerm>;

export const termsData = strictObject({
  terms: perLanguage(flaggedTerm),
  /** Phrases inside which a term is not flagged: organisation names, law titles, scheme names. */
  exceptions: termList.optional(),
  /** Sentences with one of these are not flagged (historical references: "registrerades som"). */
  excludingSentences: termList.optional(),
  /** For `groupNoun` terms: words after which the adjective stands as a noun ("and", "will", "have"). */
  functionWords: perLanguage(text).optional(),
  /** A term capitalised inside a sentence is part of a name ("the Thornbridge Society for the Disabled"): not flagged. */
  skipNames: z.boolean().optional(),
});
export type TermsData = z.infer<typeof termsData>;

interface CompiledLanguage {
  entries: FlaggedTerm[];
  patterns: Array<{ index: number; regex: RegExp }>;
  functionWords: Set<string>;
}

interface Hit {
  index: number;
  block: number;
  start: number;
  end: number;
}

/** The first token after `offset` in the sentence, if any. */
function tokenAfter(sentence: Sentence, offset: number): Token | undefined {
  return sentence.tokens.find((t) => t.start >= offset);
}

function standsAsNoun(sentence: Sentence, end: number, functionWords: ReadonlySet<string>): boolean {
  const next = tokenAfter(sentence, end);
  if (!next || next.kind !== "word") return true;
  return functionWords.has(next.fold);
}

export const termsKind = defineKind<TermsData>({
  name: "terms",
  ruleType: "span",
  schema: termsData,
  requiredMessages: ["term"],
  defaultOptions: { allow: [] },
  compile(data: TermsData, _meta: RuleMeta) {
    const languages = {} as Record<Language, CompiledLanguage>;
    const lexicons: Partial<Record<Language, LexiconEntry[]>> = {};
    for (const language of ["sv", "en"] as const) {
      const entries = data.terms[language] ?? [];
      const lexiconEntries: LexiconEntry[] = [];
      const patterns: CompiledLanguage["patterns"] = [];
      entries.forEach((entry, index) => {
        const id = String(index);
        const shape = { compound: entry.compound, inflect: entry.inflect, id };
        if (entry.term) lexiconEntries.push({ term: entry.term, ...defined(shape) });
        for (const form of entry.forms ?? []) lexiconEntries.push({ term: form, ...defined(shape) });
        if (entry.pattern) patterns.push({ index, regex: new RegExp(entry.pattern, "giu") });
      });
      lexicons[language] = lexiconEntries;
      languages[language] = {
        entries,
        patterns,
        functionWords: new Set((data.functionWords?.[language] ?? []).map(foldText)),
      };
    }
    const lexicon = new LocalizedLexicon(lexicons);
    const exceptions = LocalizedLexicon.fromList(data.exceptions);
    const excludingSentences = LocalizedLexicon.fromList(data.excludingSentences);

    return (context) => {
      const { analysis, language, locale } = context;
      const compiled = languages[language];
      const allowed = new Set(
        (Array.isArray(context.options.allow) ? context.options.allow : []).filter((a): a is string => typeof a === "string").map(foldText),
      );
      const sentences = readableSentences(analysis);
      // Without patterns only sentences with a term can hold a hit (null: the list cannot tell, read them all).
      const candidates = compiled.patterns.length === 0 ? lexicon.positionsWithMatches(sentences, language) : null;
      const count = candidates === null ? sentences.length : candidates.length;
      for (let k = 0; k < count; k++) {
        const sentence = sentences[candidates === null ? k : candidates[k]];
        if (excludingSentences.match(sentence, language).length > 0) continue;
        const hits: Hit[] = lexicon
          .match(sentence, language)
          .filter((m) => !(data.skipNames && capitalisedInside(sentence, m)))
          .map((m) => ({ index: Number(m.entry.id), block: m.block, start: m.start, end: m.end }));
        if (compiled.patterns.length > 0) {
          const sentenceText = analysis.document.blocks[sentence.block].text.slice(sentence.start, sentence.end);
          for (const { index, regex } of compiled.patterns) {
            for (const m of windowedMatches(regex, sentenceText, MAX_PATTERN_TEXT, MAX_PATTERN_MATCH)) {
              hits.push({ index, block: sentence.block, start: sentence.start + m.start, end: sentence.start + m.end });
            }
          }
        }
        if (hits.length === 0) continue;
        const exceptionRanges = exceptions.match(sentence, language);
        // Longest first, so "the mentally ill" wins over a shorter overlapping term.
        hits.sort((a, b) => a.start - b.start || b.end - a.end);
        const taken: Hit[] = [];
        // Hits come sorted by start, so a hit overlaps a taken one exactly when it starts before the
        // furthest end taken so far (checking every taken hit made a long sentence quadratic).
        let takenEnd = -1;
        for (const hit of hits) {
          if (hit.end > hit.start ? hit.start < takenEnd : taken.some((t) => overlaps(t, hit))) continue;
          const entry = compiled.entries[hit.index];
          if (!entry) continue;
          if (insideQuotes(sentence, hit.start, hit.end)) continue;
          if (exceptionRanges.some((e) => overlaps(e, hit))) continue;
          if (entry.term && allowed.has(foldText(entry.term))) continue;
          if (entry.groupNoun && !standsAsNoun(sentence, hit.end, compiled.functionWords)) continue;
          taken.push(hit);
          takenEnd = Math.max(takenEnd, hit.end);
          const flagged = analysis.document.blocks[hit.block].text.slice(hit.start, hit.end);
          context.report({
            messageId: "term",
            block: hit.block,
            start: hit.start,
            end: hit.end,
            data: {
              term: flagged,
              replacements: joinList(entry.replacements.map((r) => quoted(r, locale)), locale, "or"),
              note: noteText(entry.note, locale),
            },
            replacements: entry.replacements.map((r) => ({ text: matchCase(r, flagged), safe: entry.safe ?? false })),
          });
        }
      }
    };
  },
});

function noteText(note: Localized | undefined, locale: "sv" | "en"): string {
  return note ? note[locale] : "";
}

/** Drops undefined fields so the lexicon's own defaults apply. */
function defined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
