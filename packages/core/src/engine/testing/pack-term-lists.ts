/**
 * Test helper: the term lists of the built-in pack's `check:` data (every
 * object with `sv`/`en` lists of terms), reduced to what a lexicon reads
 * (term, compound, inflect, notAsName, gap), so tests can match them one by
 * one and together.
 */
import type { TermList } from "../../checks/shared/term-list.js";
import { MR_PACK } from "../../pack/mr-pack.generated.js";

const isTerm = (x: unknown): boolean => typeof x === "string" || (x !== null && typeof x === "object" && typeof (x as { term?: unknown }).term === "string");

function lexiconFields(list: unknown): TermList["sv"] {
  if (!Array.isArray(list)) return undefined;
  return list.map((t) => {
    if (typeof t === "string") return t;
    const { term, compound, inflect, notAsName, gap } = t as Record<string, unknown>;
    return Object.fromEntries(Object.entries({ term, compound, inflect, notAsName, gap }).filter(([, v]) => v !== undefined)) as { term: string };
  });
}

export function packTermLists(): TermList[] {
  const lists: TermList[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) {
      value.forEach(walk);
      return;
    }
    if (value === null || typeof value !== "object") return;
    const o = value as Record<string, unknown>;
    const items = [...(Array.isArray(o.sv) ? o.sv : []), ...(Array.isArray(o.en) ? o.en : [])];
    if ((Array.isArray(o.sv) || Array.isArray(o.en)) && items.every(isTerm)) lists.push({ sv: lexiconFields(o.sv), en: lexiconFields(o.en) });
    for (const v of Object.values(o)) walk(v);
  };
  for (const { data } of MR_PACK) walk((data as { check: unknown }).check);
  return lists;
}
