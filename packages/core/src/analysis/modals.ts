/**
 * Obligation modals: sv ska, skall, bör, måste; en shall, must, should,
 * will, "is/are to", "is/are required to". Not modals of obligation: sv får,
 * kan, behöver, kommer att; en may, can, "has to". The token index of the
 * modal is returned (for "is to" / "is required to": the "is").
 */
import type { Token } from "./types.js";

const SV = new Set(["ska", "skall", "maste"]);
const EN = new Set(["shall", "must", "should"]);
/** After "bor" (diacritic-less "bör", or "bor" = lives) these show the verb "bo". */
const LIVES_NEXT = new Set([
  "i", "pa", "hos", "kvar", "med", "tillsammans", "ensam", "ensamma", "nara", "utomlands", "hemma", "sjalv",
  "sjalva", "har", "dar", "inom", "utanfor", "vid", "trangt", "i.", "pa.",
]);
/** Before "will" these make it a noun ("political will", "the will of"). */
const WILL_NOUN_PREV = new Set(["the", "a", "an", "political", "free", "good", "ill", "own", "his", "her", "their", "its", "our", "my", "your", "strong", "last"]);
/** "The aim is to ensure …" states a purpose, not an obligation. */
const PURPOSE_NOUNS = new Set([
  "aim", "aims", "purpose", "goal", "goals", "objective", "objectives", "intention", "ambition", "vision", "idea",
  "role", "task", "mission", "priority", "challenge", "step", "way", "plan", "approach", "focus", "target",
  "intent", "object", "point", "hope", "answer", "solution", "option",
]);

function wordAt(tokens: readonly Token[], i: number): Token | undefined {
  const t = tokens[i];
  return t && (t.kind === "word" || t.kind === "number") ? t : undefined;
}

function isObligationAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (t.kind !== "word") return false;
  const fold = t.fold;
  if (SV.has(fold) || EN.has(fold)) return true;
  if (fold === "bor") {
    if (t.lower === "bör") return true;
    const next = wordAt(tokens, i + 1);
    return next !== undefined && !LIVES_NEXT.has(next.fold) && next.kind === "word";
  }
  if (fold === "will") {
    const prev = wordAt(tokens, i - 1);
    const next = wordAt(tokens, i + 1);
    if (prev && WILL_NOUN_PREV.has(prev.fold)) return false;
    if (next && (next.fold === "of" || next.fold === "to")) return false;
    return next !== undefined;
  }
  if (fold === "is" || fold === "are") {
    const next = wordAt(tokens, i + 1);
    if (!next) return false;
    if (next.fold === "required" || next.fold === "obliged") return wordAt(tokens, i + 2)?.fold === "to";
    if (next.fold !== "to") return false;
    const verb = wordAt(tokens, i + 2);
    if (!verb) return false;
    if (verb.fold === "be") return true;
    for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
      if (PURPOSE_NOUNS.has(tokens[k].fold)) return false;
    }
    return true;
  }
  return false;
}

/** Token indexes of obligation modals. */
export function findModals(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (isObligationAt(tokens, i)) out.push(i);
  return out;
}
