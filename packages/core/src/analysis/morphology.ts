/**
 * Inflection for lexicon matching.
 * Swedish: a word matches a term when it is the term's key (or an altered
 * stem: "flicka" → "flick-or", "ålder" → "åldr-ar", "program" →
 * "programm-et") followed by one of a fixed set of endings. English: the
 * term's forms are generated (nouns: -s/-es/-ies/'s; verbs on request:
 * -ed/-ing with e-drop and doubling), so a prefix never matches a longer
 * word ("grant" ≠ "granted" unless the entry asks for verb forms).
 */

/** Swedish inflection endings (on fold keys): nouns, adjectives, participles, genitives. */
export const SV_ENDINGS: ReadonlySet<string> = new Set([
  "", "n", "t", "s", "r", "a", "e",
  "en", "et", "na", "ar", "er", "or", "ns", "ts", "es", "as", "at", "ad", "de", "te",
  "ens", "ets", "nas", "ars", "ers", "ors", "ade", "ads", "ats", "des", "tes",
  "arna", "erna", "orna", "ades", "ande", "ende", "anden", "andet",
  "arnas", "ernas", "ornas", "andes", "rna", "rnas",
  // Genitive and definite forms of abbreviations: "FN:s", "LSS:s", "KS:en".
  ":s", ":en", ":et", ":ens", ":ets", ":n",
]);

export const SV_MAX_ENDING = 5;

/**
 * Adjective and verb endings ("handikappad-e", "mänsklig-a", "samråd-de"):
 * only after keys of five letters or more, so short nouns do not turn into
 * other words ("lag" → "laga", "råd" → "råda", "mål" → "måla").
 */
const ADJECTIVE_VERB_ENDINGS: ReadonlySet<string> = new Set([
  "a", "e", "ad", "at", "ade", "ades", "ads", "ats", "ande", "ende", "anden", "andet", "andes", "de", "te", "des", "tes", "as",
]);
const SHORT_KEY = 4;

/** Endings that need a vowel before them ("flicka-n", "pojke-ns", "sko-r"), or -er/-el/-en/-ar ("ålder-n", "missbrukar-na"). */
const AFTER_VOWEL_ENDINGS: ReadonlySet<string> = new Set(["n", "ns", "na", "nas", "r", "t", "ts", "rna", "rnas"]);

/**
 * Adjective suffixes (fold keys) that take the neuter -t straight after their consonant:
 * "jämlik-t", "tillgänglig-t", "likvärdig-t", "normkritisk-t", "hållbar-t", "ensam-t",
 * "aktiv-t", "sexuell-t". Nouns that end like this ("risk", "perspektiv", "modell") have
 * no -t form, so a match cannot turn into another word.
 */
const NEUTER_T_SUFFIXES = ["ig", "lik", "isk", "bar", "sam", "iv", "ell"] as const;

/** Is `stem` (a fold key of five letters or more) adjectival, so that "-t" is its neuter form? */
export function svTakesNeuterT(stem: string): boolean {
  return stem.length > SHORT_KEY && NEUTER_T_SUFFIXES.some((suffix) => stem.endsWith(suffix));
}

/** May `ending` follow the Swedish stem `stem` (a fold key)? */
export function svEndingOk(stem: string, ending: string): boolean {
  if (ending === "") return true;
  if (!SV_ENDINGS.has(ending)) return false;
  if (ADJECTIVE_VERB_ENDINGS.has(ending) && stem.length <= SHORT_KEY) return false;
  if (ending === "t" && svTakesNeuterT(stem)) return true;
  if (AFTER_VOWEL_ENDINGS.has(ending)) {
    const last = stem.charCodeAt(stem.length - 1);
    if (isVowel(last)) return true;
    if (ending[0] === "r" || ending[0] === "t") return false;
    // "åldern", "regeln", "missbrukarna": an unstressed -er/-el/-en/-ar before n.
    const before = stem.charCodeAt(stem.length - 2);
    return (before === 101 || before === 97) && (last === 114 || last === 108 || last === 110);
  }
  return true;
}

/** Endings that start with a vowel: the only ones allowed after an altered stem. */
export function startsWithVowel(ending: string): boolean {
  const c = ending.charCodeAt(0);
  return c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121;
}

export function isVowel(code: number): boolean {
  return code === 97 || code === 101 || code === 105 || code === 111 || code === 117 || code === 121;
}

export function hasVowel(s: string, from = 0, to = s.length): boolean {
  for (let i = from; i < to; i++) if (isVowel(s.charCodeAt(i))) return true;
  return false;
}

/**
 * Altered stems of a Swedish key, each only before a vowel ending:
 * final -a/-e dropped (flicka → flickor, pojke → pojkar), -el/-en/-er
 * syncope (ålder → åldrar, regel → regler), final m/n doubled after a
 * short vowel (program → programmet, rum → rummen). `lower` is the key's
 * lower-case text (same length); each stem comes with its lower-case form.
 */
export function svAlternateStems(key: string, lower: string = key): Array<{ stem: string; lower: string }> {
  const out: Array<{ stem: string; lower: string }> = [];
  const n = key.length;
  if (n < 4) return out;
  const last = key.charCodeAt(n - 1);
  const beforeLast = key.charCodeAt(n - 2);
  if ((last === 97 || last === 101) && !isVowel(beforeLast)) {
    out.push({ stem: key.slice(0, n - 1), lower: lower.slice(0, n - 1) });
  }
  if ((last === 108 || last === 110 || last === 114) && beforeLast === 101 && !isVowel(key.charCodeAt(n - 3))) {
    out.push({ stem: key.slice(0, n - 2) + key[n - 1], lower: lower.slice(0, n - 2) + lower[n - 1] });
  }
  if ((last === 109 || last === 110) && isVowel(beforeLast) && !isVowel(key.charCodeAt(n - 3))) {
    out.push({ stem: key + key[n - 1], lower: lower + lower[n - 1] });
  }
  return out;
}

export type EnglishInflection = "none" | "noun" | "verb" | "all";

function isConsonant(c: string): boolean {
  return c >= "a" && c <= "z" && !"aeiou".includes(c);
}

/** English word forms of a key (lower case, fold). */
export function englishForms(key: string, mode: EnglishInflection): string[] {
  const forms = new Set<string>([key]);
  if (mode === "none" || key.length < 3) return [...forms];
  const last = key[key.length - 1];
  const stemY = key.length > 2 && last === "y" && isConsonant(key[key.length - 2]);
  if (mode === "noun" || mode === "all") {
    if (/(?:s|x|z|ch|sh)$/.test(key)) forms.add(key + "es");
    else if (stemY) forms.add(key.slice(0, -1) + "ies");
    else forms.add(key + "s");
    if (key.endsWith("o")) forms.add(key + "es");
    forms.add(key + "'s");
    if (key.endsWith("man")) forms.add(key.slice(0, -3) + "men");
  }
  if (mode === "verb" || mode === "all") {
    if (/(?:s|x|z|ch|sh)$/.test(key)) forms.add(key + "es");
    else if (stemY) forms.add(key.slice(0, -1) + "ies");
    else forms.add(key + "s");
    if (last === "e") {
      forms.add(key + "d");
      if (!key.endsWith("ee")) forms.add(key.slice(0, -1) + "ing");
      else forms.add(key + "ing");
    } else if (stemY) {
      forms.add(key.slice(0, -1) + "ied");
      forms.add(key + "ing");
    } else {
      forms.add(key + "ed");
      forms.add(key + "ing");
      const n = key.length;
      // Doubling after a short stressed vowel: plan → planned, commit → committed.
      if (n >= 3 && isConsonant(last) && !"wxy".includes(last) && !isConsonant(key[n - 2]) && isConsonant(key[n - 3])) {
        forms.add(key + last + "ed");
        forms.add(key + last + "ing");
      }
    }
  }
  return [...forms];
}
