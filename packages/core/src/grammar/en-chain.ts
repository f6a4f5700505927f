/**
 * The English verb chain after a modal: "will (also) be reviewed", "must not
 * be split", "is to be published", "will have been completed", "will need
 * to be considered". English has no verb-second inversion in statements, so
 * only adverbs stand in the chain; a noun phrase after the modal ("Should
 * residents be …") is a question or a condition, not an obligation.
 */
import type { Token } from "../analysis/types.js";
import {
  EN_ADJECTIVAL_PARTICIPLES,
  EN_ADVERBS,
  EN_BE_TO,
  EN_CHAIN_VERBS,
  EN_ED_NON_PARTICIPLES,
  EN_GOAL_SUBJECTS,
  EN_IRREGULAR_PARTICIPLES,
  EN_MODAL_CONTRACTIONS,
  EN_MODALS,
  EN_PARTICIPLE_PREFIXES,
} from "./lexicon-en.js";
import type { ChainVerb } from "./sv-chain.js";
import { WordSet, isWord } from "./words.js";

const modals = new WordSet(EN_MODALS);
const contractions = new WordSet(EN_MODAL_CONTRACTIONS);
const beTo = new WordSet(EN_BE_TO);
const goalSubjects = new WordSet(EN_GOAL_SUBJECTS);
const adverbs = new WordSet(EN_ADVERBS);
const chainVerbs = new WordSet(EN_CHAIN_VERBS);
const irregular = new Set(EN_IRREGULAR_PARTICIPLES);
const adjectival = new Set(EN_ADJECTIVAL_PARTICIPLES);
const edNonParticiples = new Set(EN_ED_NON_PARTICIPLES);

function isEnAdverb(token: Token | undefined): boolean {
  if (!isWord(token)) return false;
  if (adverbs.has(token)) return true;
  const f = token.fold;
  // "-ly" adverbs, but not adjectives/nouns in -ly that stand before a noun ("early", "family", "only" is listed).
  return f.length > 4 && f.endsWith("ly") && !["early", "family", "daily", "supply", "reply", "apply", "italy", "july", "assembly", "rally"].includes(f);
}

/** A past participle: regular "-ed" or irregular (with prefixes: "rebuilt", "rewritten", "co-designed"). */
export function isEnParticiple(token: Token | undefined): boolean {
  if (!isWord(token)) return false;
  const f = token.fold;
  if (adjectival.has(f)) return false;
  if (irregular.has(f)) return true;
  const bare = f.includes("-") ? f.slice(f.lastIndexOf("-") + 1) : f;
  if (bare !== f && (adjectival.has(bare) || bare.length < 3)) return false;
  if (irregular.has(bare)) return true;
  for (const prefix of EN_PARTICIPLE_PREFIXES) {
    if (bare.length > prefix.length + 2 && bare.startsWith(prefix) && irregular.has(bare.slice(prefix.length))) return true;
  }
  if (bare.length < 4 || !bare.endsWith("ed") || edNonParticiples.has(bare)) return false;
  return true;
}

/** Could `enModalAt` find a modal at this token, in strict or in loose text? ("is"/"are" only before "to".) */
export function mayBeEnModal(token: Token): boolean {
  return modals.mayHave(token) || contractions.mayHave(token) || beTo.mayHave(token);
}

/** Obligation modal at `i`: shall/must/should/will, a negated contraction, or "is/are" + "to". Returns the chain start or -1. */
export function enModalAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!isWord(t)) return -1;
  if (modals.has(t) || contractions.has(t)) {
    // "political will", "the will of": a noun after a determiner or adjective.
    const prev = tokens[i - 1];
    if (t.fold === "will" && isWord(prev) && ["the", "a", "political", "good", "free", "its", "their", "our", "of"].includes(prev.fold)) return -1;
    return i + 1;
  }
  if (beTo.has(t) && isWord(tokens[i + 1]) && tokens[i + 1].fold === "to") {
    const subject = tokens[i - 1];
    if (isWord(subject) && goalSubjects.has(subject)) return -1;
    return i + 2;
  }
  return -1;
}

/** Skips adverbs and a parenthetical between commas ("will, where possible, be offered"). */
function skipAdverbs(tokens: readonly Token[], i: number): number {
  let j = i;
  while (j < tokens.length) {
    const t = tokens[j];
    if (isEnAdverb(t)) {
      j++;
      continue;
    }
    if (t.kind === "punct" && (t.text === "," || t.text === "(")) {
      const close = t.text === "(" ? ")" : ",";
      let k = j + 1;
      while (k < tokens.length && k < j + 10 && tokens[k].text !== close && !".;:!?".includes(tokens[k].text)) k++;
      if (k < tokens.length && tokens[k].text === close) {
        j = k + 1;
        continue;
      }
    }
    break;
  }
  return j;
}

/**
 * The verb governed by the modal at `modal` when it is a passive ("be" +
 * participle); another kind when the chain holds something else.
 */
export function enGovernedVerb(tokens: readonly Token[], modal: number): ChainVerb | null {
  const start = enModalAt(tokens, modal);
  if (start < 0) return null;
  let i = skipAdverbs(tokens, start);
  // "will need to be", "will continue to be", "will have to be"
  if (chainVerbs.has(tokens[i]) && isWord(tokens[i + 1]) && tokens[i + 1].fold === "to") i = skipAdverbs(tokens, i + 2);
  const t = tokens[i];
  if (!isWord(t)) return null;
  let participleFrom = -1;
  if (t.fold === "be") participleFrom = i + 1;
  else if (t.fold === "have" && isWord(tokens[i + 1]) && tokens[i + 1].fold === "been") participleFrom = i + 2;
  if (participleFrom < 0) return { kind: "active", verb: i, last: i };
  const p = skipAdverbs(tokens, participleFrom);
  if (isEnParticiple(tokens[p])) return { kind: "passive", verb: p, last: p };
  return { kind: "copula", verb: i, last: i };
}
