/**
 * `elements`: a document rule built from element groups (WHO, HOW, WHEN,
 * WHAT …), each a term list. Mentions count when they are body text, not
 * quoted, not negated, postponed or a placeholder. The state comes from an
 * explicit table over the elements found together within the co-occurrence
 * scope (satisfied) or anywhere (partial); hedged sentences ("vid behov",
 * "ska eftersträvas") and `weak` terms count toward partial only.
 */
import { z } from "zod";
import type { LexiconMatch } from "../analysis/lexicon.js";
import type { Analysis, Sentence } from "../analysis/types.js";
import type { DocumentOutcome, EvidenceRef, RuleMeta } from "../engine/rule-api.js";
import type { Language, PolicyDocument } from "../model/document.js";
import type { Locale } from "../model/results.js";
import { localizedText, perLanguage, strictObject, text } from "../pack/schema-tools.js";
import { applicabilityData, compileApplicability } from "./applicability.js";
import { defineKind } from "./kind.js";
import { findAnchorBlock, headingMatcher } from "./shared/anchor.js";
import { condition, elementId, holds, lacking, namedIds, type Condition } from "./shared/conditions.js";
import { foldText } from "../analysis/fold.js";
import { followsOneOf } from "./shared/preceding.js";
import { compileContext, contextData, sectionsUnderHeadings, type CompiledContext } from "./shared/context.js";
import { positionsWithAnyMatch } from "./shared/positions.js";
import { firstInTextOrder } from "./shared/text-order.js";
import { forEachUnitWithMention, scope, tableRowUnits } from "./shared/scope.js";
import { DEFAULT_MENTION_FILTER, insideQuotes, keptMentions, readableSentences, type MentionFilter } from "./shared/sentences.js";
import { LocalizedLexicon, termList } from "./shared/term-list.js";
import { joinList, quoted } from "./shared/wording.js";

const element = strictObject({
  /** How a message names the element: "vilka som involveras" / "who is involved". */
  name: localizedText,
  terms: termList,
  /**
   * Words after which a mention does not count, looked up before the whole name: a body named as
   * recipient or consulted party ("för", "till", "med"; "to", "with") is not the actor.
   */
  notAfter: perLanguage(text).optional(),
  /**
   * Sentences that open with one of these (a match among their first three words) do not count
   * for this element: "Leverantören ska se till att dess personal har utbildning …" is a
   * provider's duty (a contract term), not the municipality's own training.
   */
  excludingOpenings: termList.optional(),
});

const mentionFilter = strictObject({
  negation: z.boolean().optional(),
  negationSpreads: z.boolean().optional(),
  postponed: z.boolean().optional(),
  placeholder: z.boolean().optional(),
});

export const elementsData = strictObject({
  elements: z.record(elementId, element),
  scope: scope.optional(),
  states: strictObject({
    satisfied: condition,
    partial: condition.optional(),
    /** Other combinations that satisfy too (training + rights, or information + how to complain); messages follow `satisfied`. */
    satisfiedAlso: z.array(condition).min(1).optional(),
  }),
  /** Mentions that show intent without content ("involveras", "berörda"): partial at most. */
  weak: termList.optional(),
  /** Sentences with one of these count toward partial only ("vid behov", "eftersträvas"). */
  hedges: termList.optional(),
  /** Wrong-sense mentions that never count (exception registry). */
  ignore: termList.optional(),
  /** Sentences with one of these never count ("för kännedom": information, not involvement). */
  excludingSentences: termList.optional(),
  filters: mentionFilter.optional(),
  /** Read headings as evidence (default false: a heading alone is not content). */
  headings: z.boolean().optional(),
  /** Most evidence ranges reported (default 8). */
  maxEvidence: z.number().int().min(1).max(100).optional(),
  applicability: applicabilityData.optional(),
  /** Mentions count only near a subject cue or under a subject heading (default: everywhere). */
  context: contextData.optional(),
  /** Each table body row counts together with its table's header row, whatever the scope (default false). */
  tableRows: z.boolean().optional(),
  /**
   * Elements a section heading supplies: under a heading "Ansvar", a sentence that names an actor
   * also holds the responsibility (`{ duty: { sv: [ansvar], en: [responsibilities] } }`).
   * Only sentences with a mention of another element receive it; the heading is the evidence.
   */
  headingElements: z.record(elementId, termList).optional(),
}).superRefine((data, ctx) => {
  const ids = Object.keys(data.elements);
  if (ids.length === 0) ctx.addIssue({ code: "custom", path: ["elements"], message: "define at least one element" });
  for (const id of Object.keys(data.headingElements ?? {})) {
    if (!ids.includes(id)) {
      ctx.addIssue({ code: "custom", path: ["headingElements", id], message: `names element "${id}", which is not defined; defined elements: ${ids.join(", ")}` });
    }
  }
  const conditions: Array<[Array<string | number>, Condition | undefined]> = [
    [["satisfied"], data.states.satisfied],
    [["partial"], data.states.partial],
    ...(data.states.satisfiedAlso ?? []).map((c, i): [Array<string | number>, Condition] => [["satisfiedAlso", i], c]),
  ];
  for (const [path, c] of conditions) {
    if (!c) continue;
    for (const id of namedIds(c)) {
      if (!ids.includes(id)) {
        ctx.addIssue({ code: "custom", path: ["states", ...path], message: `names element "${id}", which is not defined; defined elements: ${ids.join(", ")}` });
      }
    }
    if (c.atLeast !== undefined && c.atLeast > ids.length) {
      ctx.addIssue({ code: "custom", path: ["states", ...path, "atLeast"], message: `atLeast ${c.atLeast} is more than the ${ids.length} defined elements` });
    }
  }
});
export type ElementsData = z.infer<typeof elementsData>;

interface Mention {
  match: LexiconMatch;
  element: string;
  weak: boolean;
  /** What made it weak: the hedge, as written (none for a weak term without a hedge: its own text is the cue). */
  cue?: string;
  /** Position of the sentence in the readable-sentence list. */
  position: number;
}

function evidenceOf(mentions: readonly Mention[], max: number): EvidenceRef[] {
  return firstInTextOrder(mentions, max).map((m) => ({ block: m.match.block, start: m.match.start, end: m.match.end, element: m.element }));
}

interface Compiled {
  data: ElementsData;
  ids: string[];
  lexicon: LocalizedLexicon;
  weakTerms: LocalizedLexicon;
  hedges: LocalizedLexicon;
  ignore: LocalizedLexicon;
  excludingSentences: LocalizedLexicon;
  filter: MentionFilter;
  context: CompiledContext | null;
  headingElements: Array<{ id: string; headings: LocalizedLexicon }>;
  /** Per element: folded words after which its mentions do not count. */
  notAfter: Map<string, Partial<Record<Language, ReadonlySet<string>>>>;
  /** Per element: sentence openings after which none of its mentions count. */
  excludingOpenings: Map<string, LocalizedLexicon>;
  /** The satisfied conditions as bit masks (null: too many elements). */
  masks: MaskConditions | null;
}

/** Words of a sentence opening that `excludingOpenings` looks at. */
const OPENING_WORDS = 3;

/** Does the sentence open with a match of `lexicon` (one starting among its first words)? */
function opensWith(lexicon: LocalizedLexicon, sentence: Sentence, language: Language): boolean {
  const matches = lexicon.match(sentence, language);
  if (matches.length === 0) return false;
  let words = 0;
  let limit = sentence.tokens.length;
  for (let i = 0; i < sentence.tokens.length; i++) {
    if (sentence.tokens[i].kind !== "word") continue;
    if (++words > OPENING_WORDS) {
      limit = i;
      break;
    }
  }
  return matches.some((m) => m.tokenStart < limit);
}

/** The first match outside quotation marks. */
function firstUnquoted(sentence: Sentence, matches: readonly LexiconMatch[]): LexiconMatch | undefined {
  for (let k = 0; k < matches.length; k++) if (!insideQuotes(sentence, matches[k].start, matches[k].end)) return matches[k];
  return undefined;
}

/** Every counting mention in the readable sentences, strong or weak (hedged sentence, weak term). */
function collectMentions(c: Compiled, sentences: readonly Sentence[], analysis: Analysis, language: Language): Mention[] {
  const document = analysis.document;
  const mentions: Mention[] = [];
  const inContext = c.context ? c.context.positions(sentences, analysis, language, c.ignore) : null;
  // Only sentences with a mention or a weak term can add one (null: the lists cannot tell, read them all).
  const candidates = positionsWithAnyMatch([c.lexicon, c.weakTerms], sentences, language);
  const count = candidates === null ? sentences.length : candidates.length;
  for (let k = 0; k < count; k++) {
    const position = candidates === null ? k : candidates[k];
    const sentence = sentences[position];
    if (inContext && !inContext.has(position)) continue;
    const found = c.lexicon.match(sentence, language);
    const weakFound = c.weakTerms.match(sentence, language);
    // No mention at all (most sentences): nothing the exclusions, exceptions or hedges could change.
    if (found.length === 0 && weakFound.length === 0) continue;
    if (c.excludingSentences.match(sentence, language).length > 0) continue;
    const exceptions = c.ignore.match(sentence, language);
    const blockText = document.blocks[sentence.block].text;
    const hedge = firstUnquoted(sentence, c.hedges.match(sentence, language));
    const hedgeText = hedge ? blockText.slice(hedge.start, hedge.end) : undefined;
    let openingExcluded: Map<string, boolean> | null = null;
    for (const match of keptMentions(sentence, found, exceptions, c.filter)) {
      const element = match.entry.id ?? "";
      // Most rules have no `notAfter` or `excludingOpenings`: their maps are empty.
      const notAfter = c.notAfter.size === 0 ? undefined : c.notAfter.get(element)?.[language];
      if (notAfter && followsOneOf(sentence, match, notAfter)) continue;
      const openings = c.excludingOpenings.size === 0 ? undefined : c.excludingOpenings.get(element);
      if (openings) {
        openingExcluded ??= new Map();
        let excluded = openingExcluded.get(element);
        if (excluded === undefined) {
          excluded = opensWith(openings, sentence, language);
          openingExcluded.set(element, excluded);
        }
        if (excluded) continue;
      }
      mentions.push({ match, element, weak: hedge !== undefined, cue: hedgeText, position });
    }
    // A weak term is its own cue when no hedge is (`decide` reads the cue of the first weak mention only, so the text is cut there).
    for (const match of keptMentions(sentence, weakFound, exceptions, c.filter)) {
      mentions.push({ match, element: "weak", weak: true, cue: hedgeText, position });
    }
  }
  return c.headingElements.length === 0 ? mentions : [...mentions, ...fromHeadings(c, mentions, sentences, analysis, language)];
}

/** Mentions a section heading supplies to the sentences under it that mention another element. */
function fromHeadings(c: Compiled, mentions: readonly Mention[], sentences: readonly Sentence[], analysis: Analysis, language: Language): Mention[] {
  const out: Mention[] = [];
  for (const { id, headings } of c.headingElements) {
    const sections = sectionsUnderHeadings(analysis, headings, c.ignore, language);
    if (sections.size === 0) continue;
    const done = new Set<number>();
    for (const m of mentions) {
      if (m.element === id || m.element === "weak" || done.has(m.position)) continue;
      const match = sections.get(analysis.document.blocks[sentences[m.position].block].section);
      if (!match) continue;
      done.add(m.position);
      out.push({ match: { ...match, entry: { ...match.entry, id } }, element: id, weak: m.weak, cue: m.cue, position: m.position });
    }
  }
  return out;
}

/** Does `found` meet the satisfied condition or one of the `satisfiedAlso` conditions? */
function satisfiedBy(data: ElementsData, found: ReadonlySet<string>): boolean {
  if (holds(data.states.satisfied, found)) return true;
  for (const c of data.states.satisfiedAlso ?? []) if (holds(c, found)) return true;
  return false;
}

/**
 * The satisfied conditions over element sets written as bit masks (one bit
 * per element id): a unit of sentences is then tested with a few integer
 * operations instead of a Set per unit. Null when there are too many
 * elements for one 31-bit mask.
 */
interface MaskConditions {
  bit: Map<string, number>;
  conditions: Array<{ all: number; any: number; anyGiven: boolean; atLeast: number | undefined }>;
}

/** A bit that no element has: an `all` naming an unknown id can never hold. */
const NO_ELEMENT = 1 << 30;

function maskConditions(data: ElementsData, ids: readonly string[]): MaskConditions | null {
  if (ids.length > 30) return null;
  const bit = new Map(ids.map((id, i) => [id, 1 << i]));
  const maskOf = (list: readonly string[] | undefined, unknown: number) => (list ?? []).reduce((m, id) => m | (bit.get(id) ?? unknown), 0);
  const conditions = [data.states.satisfied, ...(data.states.satisfiedAlso ?? [])].map((c) => ({
    all: maskOf(c.all, NO_ELEMENT),
    any: maskOf(c.any, 0),
    anyGiven: c.any !== undefined,
    atLeast: c.atLeast,
  }));
  return { bit, conditions };
}

function bitCount(mask: number): number {
  let n = 0;
  for (let m = mask; m !== 0; m &= m - 1) n++;
  return n;
}

/** `satisfiedBy` on a mask of the elements found. */
function satisfiedByMask(masks: MaskConditions, found: number): boolean {
  for (const c of masks.conditions) {
    if ((found & c.all) !== c.all) continue;
    if (c.anyGiven && (found & c.any) === 0) continue;
    if (c.atLeast !== undefined && bitCount(found) < c.atLeast) continue;
    return true;
  }
  return false;
}

/** Mentions of the units where the satisfied condition holds, and the most complete unit's elements. */
function unitsTogether(c: Compiled, strong: readonly Mention[], sentences: readonly Sentence[], document: PolicyDocument) {
  const byPosition = new Map<number, Mention[]>();
  for (const m of strong) {
    const list = byPosition.get(m.position);
    if (list) list.push(m);
    else byPosition.set(m.position, [m]);
  }
  const masks = c.masks !== null && strong.every((m) => c.masks?.bit.has(m.element)) ? c.masks : null;
  // Elements found per sentence position, as bits (positions index the sentence list).
  const maskAt = new Int32Array(masks !== null ? sentences.length : 0);
  if (masks !== null) {
    for (const m of strong) maskAt[m.position] |= masks.bit.get(m.element) ?? 0;
  }
  let best = new Set<string>();
  let bestMask = 0;
  let bestSize = 0;
  const satisfying: Mention[] = [];
  /** Adds the mentions of the unit's sentences to `satisfying`, in unit order. */
  const addMentionsOf = (unit: readonly number[], size: number): void => {
    for (let k = 0; k < size; k++) {
      const list = byPosition.get(unit[k]);
      if (list) for (const m of list) satisfying.push(m);
    }
  };
  const visit = (unit: readonly number[], size: number): void => {
    if (masks !== null) {
      let found = 0;
      for (let k = 0; k < size; k++) found |= maskAt[unit[k]];
      if (found === 0) return;
      if (satisfiedByMask(masks, found)) addMentionsOf(unit, size);
      const count = bitCount(found);
      if (count > bestSize) {
        bestSize = count;
        bestMask = found;
      }
      return;
    }
    let unitMentions: Mention[] | null = null;
    for (let k = 0; k < size; k++) {
      const list = byPosition.get(unit[k]);
      if (list) for (const m of list) (unitMentions ??= []).push(m);
    }
    if (unitMentions === null) return;
    const found = new Set<string>();
    for (const m of unitMentions) found.add(m.element);
    if (satisfiedBy(c.data, found)) satisfying.push(...unitMentions);
    if (found.size > best.size) best = found;
  };
  // Units in document order; units without a mention change nothing, so only those with one are built.
  forEachUnitWithMention(sentences, document, c.data.scope ?? "sentence", [...byPosition.keys()].sort((a, b) => a - b), visit);
  if (c.data.tableRows && byPosition.size > 0) for (const unit of tableRowUnits(sentences, document)) visit(unit, unit.length);
  if (masks !== null) best = new Set(c.ids.filter((id) => ((masks.bit.get(id) ?? 0) & bestMask) !== 0));
  return { satisfying, best };
}

function decide(
  c: Compiled,
  mentions: readonly Mention[],
  sentences: readonly Sentence[],
  document: PolicyDocument,
  locale: Locale,
  meta: RuleMeta,
): DocumentOutcome {
  const { ids, data } = c;
  const satisfiedWhen = data.states.satisfied;
  const partialWhen = data.states.partial ?? { atLeast: 1 };
  const maxEvidence = data.maxEvidence ?? 8;
  const strong = mentions.filter((m) => !m.weak);
  const weak = mentions.filter((m) => m.weak);
  const found = new Set(strong.map((m) => m.element));
  const elements = Object.fromEntries(ids.map((id) => [id, found.has(id)]));
  const name = (id: string) => data.elements[id].name[locale];
  const textOf = (m: Mention) => document.blocks[m.match.block].text.slice(m.match.start, m.match.end);

  const { satisfying, best } = unitsTogether(c, strong, sentences, document);
  if (satisfying.length > 0) {
    return { state: "satisfied", evidence: evidenceOf(satisfying, maxEvidence), elements };
  }
  const hedgedElements = weak.map((m) => m.element).filter((e) => e !== "weak");
  const intentOnly = weak.some((m) => m.element === "weak");
  if (!holds(partialWhen, new Set([...found, ...hedgedElements])) && !intentOnly) {
    const missingElements = lacking(satisfiedWhen, new Set(), ids);
    return { state: "missing", evidence: [], elements, missingElements, data: { missing: joinList(missingElements.map(name), locale) } };
  }
  // Partial: every element found, but never together ("apart"); some found; or only intent ("vague").
  const apart = found.size > 0 && satisfiedBy(data, found);
  const missingElements = lacking(satisfiedWhen, apart ? best : found, ids);
  const example = (id: string) => {
    const m = strong.find((x) => x.element === id);
    return m ? `${name(id)} (${quoted(textOf(m), locale)})` : name(id);
  };
  let messageId = found.size === 0 ? "vague" : "partial";
  if (apart && meta.messages.apart) messageId = "apart";
  return {
    state: "partial",
    evidence: evidenceOf([...strong, ...weak], maxEvidence),
    elements,
    messageId,
    missingElements,
    data: {
      found: joinList(ids.filter((id) => found.has(id)).map(example), locale),
      missing: joinList(missingElements.map(name), locale, apart ? "and" : "or"),
      cue: weak.length > 0 ? quoted(weak[0].cue ?? textOf(weak[0]), locale) : "",
    },
  };
}

export const elementsKind = defineKind<ElementsData>({
  name: "elements",
  ruleType: "document",
  schema: elementsData,
  requiredMessages: ["missing", "partial", "vague"],
  optionalMessages: ["apart"],
  compile(data: ElementsData, meta: RuleMeta) {
    const ids = Object.keys(data.elements);
    const compiled: Compiled = {
      data,
      ids,
      lexicon: LocalizedLexicon.fromLists(ids.map((id) => ({ id, list: data.elements[id].terms }))),
      weakTerms: LocalizedLexicon.fromList(data.weak, "weak"),
      hedges: LocalizedLexicon.fromList(data.hedges),
      ignore: LocalizedLexicon.fromList(data.ignore),
      excludingSentences: LocalizedLexicon.fromList(data.excludingSentences),
      filter: { ...DEFAULT_MENTION_FILTER, ...data.filters },
      context: data.context ? compileContext(data.context) : null,
      headingElements: Object.entries(data.headingElements ?? {}).map(([id, list]) => ({ id, headings: LocalizedLexicon.fromList(list) })),
      notAfter: new Map(
        ids.filter((id) => data.elements[id].notAfter).map((id) => {
          const words = data.elements[id].notAfter;
          return [id, { sv: words?.sv && new Set(words.sv.map(foldText)), en: words?.en && new Set(words.en.map(foldText)) }];
        }),
      ),
      excludingOpenings: new Map(
        ids.filter((id) => data.elements[id].excludingOpenings).map((id) => [id, LocalizedLexicon.fromList(data.elements[id].excludingOpenings)]),
      ),
      masks: maskConditions(data, ids),
    };
    const applicability = data.applicability ? compileApplicability(data.applicability) : null;
    const isAnchorHeading = headingMatcher(meta.sectionHeadings ?? []);

    return (context) => {
      const { analysis, language, locale, document } = context;
      const anchorBlock = findAnchorBlock(document, isAnchorHeading);
      if (applicability) {
        const verdict = applicability.evaluate(analysis, language);
        if (!verdict.applies) {
          context.setState({ state: "not-applicable", evidence: [], reason: verdict.reason, anchorBlock });
          return;
        }
      }
      const sentences = readableSentences(analysis, { headings: data.headings ?? false });
      const mentions = collectMentions(compiled, sentences, analysis, language);
      const outcome: DocumentOutcome = { ...decide(compiled, mentions, sentences, document, locale, meta), anchorBlock };
      context.setState(outcome);
    };
  },
});
