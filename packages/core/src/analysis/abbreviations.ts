/**
 * Abbreviations that end with a period, by how they behave before the next
 * word. Keys are lower case, internal periods kept ("t.ex", "bl.a").
 */
import type { Language } from "../model/document.js";

/** Never end a sentence ("t.ex. Malmö", "Mr. Smith", "e.g. The"). */
const NEVER_COMMON = [
  "t.ex", "bl.a", "dvs", "d.v.s", "s.k", "resp", "ca", "jfr", "fr.o.m", "t.o.m", "p.g.a", "pga", "enl",
  "ang", "inkl", "exkl", "f.d", "fd", "ffa", "f.ö", "bl a", "t ex", "o.dyl", "e.d", "mha", "m.h.a",
  "e.g", "i.e", "cf", "vs", "mr", "mrs", "ms", "dr", "prof", "approx", "viz", "incl", "excl", "esp",
  "ex", "ev", "evt", "sk", "ibid",
];
const NEVER_BY_LANGUAGE: Record<Language, string[]> = {
  sv: [],
  en: ["st", "jr", "sr", "dept", "govt", "co", "inc", "ltd", "corp"],
};

/** End a sentence only when a capital letter follows ("… rådgivning m.m. Alla …"). */
const END_IF_CAPITAL_COMMON = ["etc", "m.m", "mm", "m.fl", "mfl", "osv", "o.s.v", "usw", "al", "ff"];
const END_IF_CAPITAL_BY_LANGUAGE: Record<Language, string[]> = {
  sv: ["st"],
  en: [],
};

/**
 * Do not end a sentence when a number or "§" follows ("kap. 5", "1 jan. 2020",
 * "No. 3", "s. 12"); do before a capital letter.
 */
const BEFORE_NUMBER = [
  "kap", "nr", "no", "nos", "s", "sid", "p", "pp", "art", "para", "paras", "sec", "ch", "vol", "fig",
  "tab", "bil", "prop", "kl", "tel", "avd", "fd", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
  "sep", "sept", "okt", "oct", "nov", "dec", "ps", "st", "mom", "uppl", "red", "min", "max", "tim",
];

export interface AbbreviationTable {
  never: ReadonlySet<string>;
  endIfCapital: ReadonlySet<string>;
  beforeNumber: ReadonlySet<string>;
}

const tables = new Map<Language, AbbreviationTable>();

export function abbreviations(language: Language): AbbreviationTable {
  let table = tables.get(language);
  if (!table) {
    table = {
      never: new Set([...NEVER_COMMON, ...NEVER_BY_LANGUAGE[language]]),
      endIfCapital: new Set([...END_IF_CAPITAL_COMMON, ...END_IF_CAPITAL_BY_LANGUAGE[language]]),
      beforeNumber: new Set(BEFORE_NUMBER),
    };
    tables.set(language, table);
  }
  return table;
}
