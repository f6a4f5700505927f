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
  EN_AGENTIVE_LOOKALIKES,
  EN_DETERMINERS,
  EN_NOT_AGENT_AFTER_BY,
  EN_TIME_NAMES,
} from "./lexicon-en.js";
import {
  SV_ACTOR_BODIES,
  SV_ACTOR_LOOKALIKES,
  SV_ACTOR_PEOPLE,
  SV_AV_OF_NOUNS,
  SV_DOCUMENT_NAME_ENDINGS,
  SV_LAW_ACRONYMS,
  SV_NOMINALISATION_ENDINGS,
  SV_NOUN_INFLECTIONS,
  SV_TIME_WORDS,
} from "./lexicon-sv.js";
import { form, isSvAdverb, isSvNonVerbA, svDeterminers } from "./sv-words.js";
import { WordSet, isAllCaps, isWord, keyOf, startsUpper, type GrammarToken } from "./words.js";

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

/** Heads of compounds: a word matches when it is a form or ends in one ("socialnämnden", "elevhälsoteamet"). */
class HeadLexicon {
  /** Lower-case forms (strict text) and folded forms (text without diacritics, OCR). */
  private readonly lowers = new Set<string>();
  private readonly folds = new Set<string>();
  private readonly short = new Set<string>();
  private longest = 0;

  constructor(nouns: readonly string[], inflect: (noun: string) => string[]) {
    for (const noun of nouns) {
      for (const f of inflect(noun)) {
        const folded = foldText(f);
        // Short stems ("råd", "vi", "oss") match alone or as the head of a long compound only.
        if (noun.length <= 3) {
          this.short.add(f);
          this.short.add(folded);
        }
        this.lowers.add(f);
        this.folds.add(folded);
        this.longest = Math.max(this.longest, f.length);
      }
    }
  }

  matches(token: Token): boolean {
    const strict = (token as GrammarToken).strict === true;
    return this.matchesIn(token.lower, this.lowers) || (!strict && this.matchesIn(token.fold, this.folds));
  }

  private matchesIn(word: string, forms: ReadonlySet<string>): boolean {
    if (forms.has(word)) return true;
    for (let len = Math.min(word.length - 1, this.longest); len >= 3; len--) {
      const head = word.slice(word.length - len);
      if (!forms.has(head)) continue;
      if (this.short.has(head) && word.length - len < 3) continue;
      return true;
    }
    return false;
  }
}

const svBodies = new HeadLexicon(SV_ACTOR_BODIES, svNounForms);
const svPeople = new HeadLexicon(SV_ACTOR_PEOPLE, svNounForms);
const svLookalikes = SV_ACTOR_LOOKALIKES.flatMap((w) => svNounForms(w)).flatMap((w) => [w, foldText(w)]);
const svAvOfNouns = new WordSet(SV_AV_OF_NOUNS);
const svLawAcronyms = new WordSet(SV_LAW_ACRONYMS);
const svTimeWords = new WordSet(SV_TIME_WORDS);
const enBodies = new WordSet(EN_ACTOR_BODIES);
const enPeople = new WordSet(EN_ACTOR_PEOPLE);
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
  return /(ors?|ers?|ists?|ants?|eurs?)$/.test(base);
}

/** The Swedish word names a body or role (or, with `people`, a group of people). */
export function isSvActorWord(token: Token | undefined, people: boolean): boolean {
  if (!isWord(token)) return false;
  const w = keyOf(token);
  if (svLookalikes.some((l) => w.endsWith(l))) return false;
  return svBodies.matches(token) || (people && svPeople.matches(token));
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

function svGenitive(token: Token): boolean {
  const w = form(token);
  return w.length > 3 && w.endsWith("s") && !w.endsWith("ss");
}

/** "av" at `k` introduces an actor ("av socialnämnden", "av två handläggare", "av Sametinget"). */
function svAgentAt(tokens: readonly Token[], k: number): boolean {
  const prev = tokens[k - 1];
  // "80 procent av invånarna", "två av tre": a quantity of, not an agent
  if (prev !== undefined && prev.kind === "number") return false;
  if (isWord(prev) && (svAvOfNouns.has(prev) || SV_NOMINALISATION_ENDINGS.some((e) => prev.fold.length > e.length + 2 && prev.fold.endsWith(e)))) {
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
    if (!isWord(next) || svBoundaryAfterAv.has(next)) return false;
    if (svCoordinatorsAv.has(next)) {
      j++;
      continue;
    }
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
    // A name: "by Age UK", "by Scrutiny", "by the Monitoring Officer" (months and weekdays are out above).
    if (startsUpper(t)) return true;
    if (base.endsWith("ing") && !enBodies.hasKey(base)) return false;
    if (enDeterminers.hasKey(base)) {
      sawDeterminer = true;
      continue;
    }
    const actor = isEnActorWord(t, true);
    // Without a determiner a singular grouping word is no agent ("by service", "by group").
    if (enNotAgent.hasKey(base) && !(actor && (sawDeterminer || base.endsWith("s")))) return false;
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

