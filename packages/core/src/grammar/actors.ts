/**
 * Who carries out the obligation? An actor is a body, role or group of
 * people named as the agent ("av socialnämnden", "by the Council", "by
 * residents"). "av"/"by" + a thing, a date, a grouping or a quantity is no
 * agent ("av hänsyn till", "av varor", "by the end of 2027", "by sex", "en
 * del av kommunen", "behov av personal").
 */
import { foldText, lowerText } from "../analysis/fold.js";
import type { Token } from "../analysis/types.js";
import type { Language } from "../model/document.js";
import {
  EN_ACTOR_BODIES,
  EN_ACTOR_PEOPLE,
  EN_AGENT_ORGANISATIONS,
  EN_AGENTIVE_LOOKALIKES,
  EN_DETERMINERS,
  EN_NOT_AGENT_AFTER_BY,
  EN_TIME_NAMES,
} from "./lexicon-en.js";
import {
  SV_ACTOR_BODIES,
  SV_ACTOR_LOOKALIKES,
  SV_ACTOR_PEOPLE,
  SV_AGENT_ORGANISATIONS,
  SV_AGENTIVE_AV_NOUNS,
  SV_AGENT_NOUN_LOOKALIKES,
  SV_AV_OF_NOUNS,
  SV_DOCUMENT_NAME_ENDINGS,
  SV_LAW_ACRONYMS,
  SV_NOMINALISATION_ENDINGS,
  SV_NOUN_INFLECTIONS,
  SV_TIME_WORDS,
} from "./lexicon-sv.js";
import { SuffixSet } from "./suffix-set.js";
import { form, isSvAdverb, isSvNonVerbA, svDeterminers } from "./sv-words.js";
import { isLawRef } from "./citations.js";
import { WordSet, isAllCaps, isStrict, isWord, keyOf, lostDiacritics, startsUpper } from "./words.js";

/** Inflected forms of a Swedish noun (definite, plural, genitive), lower case. */
export function svNounForms(noun: string): string[] {
  const stem = lowerText(noun);
  const forms = new Set<string>([stem]);
  const add = (...xs: string[]) => xs.forEach((x) => forms.add(x));
  if (stem.endsWith("are")) {
    const base = stem.slice(0, -1);
    add(stem + "n", stem + "s", stem + "ns", base + "na", base + "nas");
  } else if (stem.endsWith("a")) {
    const base = stem.slice(0, -1);
    add(stem + "n", stem + "s", stem + "ns", base + "or", base + "orna", base + "ors", base + "ornas");
  } else if (stem.endsWith("e")) {
    add(stem + "n", stem + "ns", stem + "r", stem + "rna", stem + "s", stem + "rnas", stem + "t", stem + "ts");
  } else {
    for (const ending of SV_NOUN_INFLECTIONS) forms.add(stem + ending);
  }
  return [...forms];
}

/**
 * Folded heads that end ordinary words written without diacritics: "ägare"
 * folds to "agare", the ending of "deltagare", "mottagare", "arbetstagare";
 * "aktör" to "aktor", the ending of "faktor". Such a fold names the actor
 * only as a whole word, never as the head of a compound.
 */
const LOST_FOLD_CLASHES = ["agar", "aktor"];

/** Heads of compounds: a word matches when it is a form or ends in one ("socialnämnden", "elevhälsoteamet"). */
export class HeadLexicon {
  /** Lower-case forms (strict text) and folded forms (text without diacritics, OCR). */
  private readonly lowers = new Set<string>();
  private readonly folds = new Set<string>();
  /**
   * Folds of the longer forms that carry å/ä/ö ("namnden" for "nämnden"):
   * a word that lost its diacritics in otherwise clean text (PDF or OCR
   * residue) still names the actor. Short stems are left out: "rad" (row)
   * is a word of its own, not "råd".
   */
  private readonly lostFolds = new Set<string>();
  /** Folded forms that clash with ordinary endings (LOST_FOLD_CLASHES): whole words only. */
  private readonly clashFolds = new Set<string>();
  private readonly short = new Set<string>();
  private longest = 0;

  constructor(nouns: readonly string[], inflect: (noun: string) => string[] = svNounForms) {
    for (const noun of nouns) {
      for (const f of inflect(noun)) {
        const folded = foldText(f);
        // Short stems ("råd", "vi", "oss") match alone or as the head of a long compound only.
        if (noun.length <= 3) {
          this.short.add(f);
          this.short.add(folded);
        } else if (folded !== f && LOST_FOLD_CLASHES.some((c) => folded.startsWith(c))) {
          this.clashFolds.add(folded);
        } else if (folded !== f) {
          this.lostFolds.add(folded);
        }
        this.lowers.add(f);
        this.folds.add(folded);
        this.longest = Math.max(this.longest, f.length);
      }
    }
  }

  matches(token: Token): boolean {
    const strict = isStrict(token);
    if (this.matchesIn(token.lower, this.lowers)) return true;
    if (!strict) return this.matchesIn(token.fold, this.folds, this.clashFolds);
    return lostDiacritics(token) && this.matchesIn(token.fold, this.lostFolds);
  }

  private matchesIn(word: string, forms: ReadonlySet<string>, notAsHead?: ReadonlySet<string>): boolean {
    if (forms.has(word)) return true;
    for (let len = Math.min(word.length - 1, this.longest); len >= 3; len--) {
      const head = word.slice(word.length - len);
      if (!forms.has(head)) continue;
      if (this.short.has(head) && word.length - len < 3) continue;
      if (notAsHead?.has(head)) continue;
      return true;
    }
    return false;
  }
}

const svBodies = new HeadLexicon(SV_ACTOR_BODIES, svNounForms);
const svPeople = new HeadLexicon([...SV_ACTOR_PEOPLE, ...SV_AGENT_ORGANISATIONS], svNounForms);
const svLookalikes = SV_ACTOR_LOOKALIKES.flatMap((w) => svNounForms(w)).flatMap((w) => [w, foldText(w)]);
/** The look-alikes as a suffix set: a word is read once from its end instead of compared with each. */
const svLookalikeEndings = new SuffixSet(svLookalikes);

function endsWithSvLookalike(w: string): boolean {
  return svLookalikeEndings.endsAny(w);
}
const svAvOfNouns = new WordSet(SV_AV_OF_NOUNS);
const svAgentiveAvNouns = new WordSet(SV_AGENTIVE_AV_NOUNS);
const svAgentNounLookalikes = SV_AGENT_NOUN_LOOKALIKES.flatMap((w) => [w, foldText(w)]);
const svLawAcronyms = new WordSet(SV_LAW_ACRONYMS);
const svTimeWords = new WordSet(SV_TIME_WORDS);
const enBodies = new WordSet(EN_ACTOR_BODIES);
const enPeople = new WordSet([...EN_ACTOR_PEOPLE, ...EN_AGENT_ORGANISATIONS]);
const enNotAgent = new WordSet(EN_NOT_AGENT_AFTER_BY);
const enTimeNames = new WordSet(EN_TIME_NAMES);
const enDeterminers = new WordSet(EN_DETERMINERS);
const enAgentiveLookalikes = new WordSet(EN_AGENTIVE_LOOKALIKES);
const svEveryone = new WordSet(["alla", "samtliga", "envar", "andra", "många", "fler", "de"]);
const svCoordinatorsAv = new WordSet(["och", "eller", "samt"]);
const svBoundaryAfterAv = new WordSet(["som", "att", "när", "där", "om", "för", "till", "med", "i", "på", "vid", "inom", "under", "genom", "från", "mot", "hos", "utan", "efter", "inför", "enligt"]);

/** An English agent noun by its ending ("investigator", "interpreters"), not a look-alike ("number", "winter"). */
function enAgentive(base: string): boolean {
  if (base.length < 6 || enAgentiveLookalikes.hasKey(base)) return false;
  return /(ors?|ers?|ists?|ants?|eurs?|ians?)$/.test(base);
}

/** The Swedish word names a body or role (or, with `people`, a group of people). */
export function isSvActorWord(token: Token | undefined, people: boolean): boolean {
  if (!isWord(token)) return false;
  const w = lostDiacritics(token) ? token.fold : keyOf(token);
  if (endsWithSvLookalike(w)) return false;
  return svBodies.matches(token) || (people && svPeople.matches(token));
}

/**
 * A Swedish genitive of an actor ("kommunens", "skolans", "rektors"): the
 * word without its final "s" names the actor too. A genitive modifies the
 * noun after it and is never the subject of a verb ("Kommunens ansvar",
 * "skolans lokaler byggs om").
 */
export function isSvActorGenitive(token: Token | undefined): boolean {
  if (!isWord(token)) return false;
  const lower = token.lower;
  if (lower.length < 5 || !lower.endsWith("s") || lower.endsWith("ss")) return false;
  const base: Token = { ...token, text: token.text.slice(0, -1), lower: lower.slice(0, -1), fold: token.fold.slice(0, -1) };
  return isSvActorWord(base, true);
}

/** English: strips the possessive ("Council's", "residents'"). */
function enBase(token: Token): { base: string; genitive: boolean } {
  const f = token.fold;
  if (f.endsWith("'s")) return { base: f.slice(0, -2), genitive: true };
  if (f.endsWith("s'")) return { base: f.slice(0, -1), genitive: true };
  return { base: f, genitive: false };
}

export function isEnActorWord(token: Token | undefined, people: boolean): boolean {
  if (!isWord(token)) return false;
  const { base } = enBase(token);
  const key = foldText(base);
  return enBodies.hasKey(key) || (people && enPeople.hasKey(key));
}

/** A capitalised name that is no month, weekday or law ("Sametinget", "Age UK", "NHS"). */
function isNameToken(tokens: readonly Token[], i: number, language: Language): boolean {
  const t = tokens[i];
  if (!isWord(t) || !startsUpper(t)) return false;
  if (language === "en") return !enTimeNames.has(t) && !(i === 0);
  if (svLawAcronyms.has(t) || svTimeWords.has(t)) return false;
  const w = t.fold;
  if (SV_DOCUMENT_NAME_ENDINGS.some((e) => w.endsWith(foldText(e)))) return false;
  return i > 0;
}

/**
 * A Swedish agent noun by its ending, as the head after "av": "-are"
 * ("rekryterare", "utvecklare", "föraren"), "-ör" ("kommunikatörer",
 * "arrangörer"), "-iker" ("politiker", "tekniker"), "-ist" ("specialister"),
 * "-ator" ("moderator");
 * not a comparative ("av tidigare år" ends in its noun anyway, "närmare"),
 * a device ("behållare", "skrivare") or a look-alike ("brist", "lista").
 */
function isSvAgentNoun(token: Token): boolean {
  const w = keyOf(token);
  if (w.length < 6 || w.endsWith("igare") || w.endsWith("igaren")) return false;
  // "-örer" survives folding ("kommunikatorer"); the fold of a bare "-ör" is "-or", the plural of "-a" nouns ("frågor").
  const agentive = /(are|aren|ares|arens|ör|ören|örer|örerna|iker|ikern|ikerna|ist|isten|ister|isterna|ator|atorn|atorer|atorerna)$/.test(w) || /(orer|orerna)$/.test(w);
  if (!agentive) return false;
  const bases = [w, ...["n", "en", "er", "erna", "na", "s"].filter((e) => w.endsWith(e)).map((e) => w.slice(0, w.length - e.length))];
  return !bases.some((b) => svAgentNounLookalikes.some((l) => b.endsWith(l)));
}

function svGenitive(token: Token): boolean {
  const w = form(token);
  return w.length > 3 && w.endsWith("s") && !w.endsWith("ss");
}

/** "av" at `k` introduces an actor ("av socialnämnden", "av två handläggare", "av Sametinget"). */
function svAgentAt(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  // "80 procent av invånarna", "två av tre": a quantity of, not an agent
  if (prev !== undefined && prev.kind === "number") return false;
  if (isWord(prev) && !svAgentiveAvNouns.has(prev) && (svAvOfNouns.has(prev) || SV_NOMINALISATION_ENDINGS.some((e) => prev.fold.length > e.length + 2 && prev.fold.endsWith(e)))) {
    return false;
  }
  for (let j = k + 1; j < tokens.length && j <= k + 7; j++) {
    const t = tokens[j];
    if (t.kind === "number") continue;
    if (!isWord(t)) return false;
    if (isNameToken(tokens, j, "sv")) return true;
    if (isAllCaps(t) && t.text.length >= 2 && !svLawAcronyms.has(t)) return true;
    if (isSvActorWord(t, true)) {
      // "av kommunens medel": a genitive actor modifies the real head.
      const next = tokens[j + 1];
      if (svGenitive(t) && isWord(next) && !isSvActorWord(next, true)) continue;
      return true;
    }
    if (svBoundaryAfterAv.has(t)) return false;
    // "av alla", "av samtliga": everybody as agent
    if (svEveryone.has(t) && !isWord(tokens[j + 1])) return true;
    // "av förvaltningens jurist och två handläggare": coordinated heads
    if (svCoordinatorsAv.has(t)) continue;
    if (svDeterminers.has(t) || isSvAdverb(t) || isSvNonVerbA(t) || svGenitive(t)) continue;
    // Adjectives before the head ("en extern utvärderare", "berörd personal") or the head itself: the
    // head is the last word before a boundary; look on while the words may still be modifiers.
    const next = tokens[j + 1];
    if (!isWord(next) || svBoundaryAfterAv.has(next)) return isSvAgentNoun(t);
    if (svCoordinatorsAv.has(next)) {
      j++;
      continue;
    }
  }
  return false;
}

/** A law name in the capitalised run from `j` ("the Equality Act 2010", "the Care Act"). */
function lawNameFollows(tokens: readonly Token[], j: number): boolean {
  for (let i = j; i < tokens.length && i <= j + 8 && (startsUpper(tokens[i]) || isWord(tokens[i]) && ["of", "and", "for"].includes(tokens[i].fold)); i++) {
    if (isLawRef(tokens[i], "en")) return true;
  }
  return false;
}

/** "by" at `k` introduces an actor ("by the Council", "by officers", "by Age UK"; not "by March", "by sex", "by 2027"). */
function enAgentAt(tokens: readonly Token[], k: number): boolean {
  let sawDeterminer = false;
  for (let j = k + 1; j < tokens.length && j <= k + 5; j++) {
    const t = tokens[j];
    if (t.kind === "number") return false;
    if (!isWord(t)) return false;
    if (enTimeNames.has(t)) return false;
    const { base, genitive } = enBase(t);
    if (j === k + 1 && ["which", "whom", "then", "now", "far", "way", "means", "law"].includes(base)) return false;
    // A name: "by Age UK", "by Scrutiny", "by the Monitoring Officer" (months and weekdays are out above);
    // not a law ("as required by the Equality Act 2010").
    if (startsUpper(t)) return !lawNameFollows(tokens, j);
    if (base.endsWith("ing") && !enBodies.hasKey(base)) return false;
    if (enDeterminers.hasKey(base)) {
      sawDeterminer = true;
      continue;
    }
    const actor = isEnActorWord(t, true);
    // Without a determiner a singular grouping word is no agent ("by service", "by group"); a modifier of an
    // actor is ("by a third party", "by the local authority").
    if (enNotAgent.hasKey(base) && !(actor && (sawDeterminer || base.endsWith("s"))) && !isEnActorWord(tokens[j + 1], true)) return false;
    if (actor || (enAgentive(base) && (sawDeterminer || base.endsWith("s")))) {
      if (genitive) continue;
      return true;
    }
    if (genitive) continue;
    // modifiers before the head: "an independent panel", "local employers"
  }
  return false;
}

/**
 * Token index of an "av"/"by" that introduces an actor anywhere in the
 * sentence, or -1. `skip` excludes token ranges (quoted text).
 */
export function agentIndex(tokens: readonly Token[], language: Language, skip?: (i: number) => boolean): number {
  const marker = language === "sv" ? "av" : "by";
  for (let k = 0; k < tokens.length - 1; k++) {
    const t = tokens[k];
    if (!isWord(t) || t.fold !== marker || skip?.(k)) continue;
    if (language === "sv" ? svAgentAt(tokens, k) : enAgentAt(tokens, k)) return k;
  }
  return -1;
}

