/**
 * One regression test per lexicon entry: every deponent stays active, every
 * irregular participle is a participle, every actor names an actor, every
 * look-alike does not, every hedge is found.
 */
import { describe, expect, it } from "vitest";
import { analyse } from "../analysis/analyse.js";
import { testDocument } from "../analysis/test-document.js";
import type { Sentence } from "../analysis/types.js";
import type { Language } from "../model/document.js";
import { isEnActorWord, isSvActorWord } from "./actors.js";
import { isEnParticiple } from "./en-chain.js";
import { findHedges } from "./hedges.js";
import { findHiddenActor } from "./hidden-actor.js";
import {
  EN_ACTOR_BODIES,
  EN_ACTOR_PEOPLE,
  EN_ADJECTIVAL_PARTICIPLES,
  EN_AGENTIVE_LOOKALIKES,
  EN_ED_NON_PARTICIPLES,
  EN_IRREGULAR_PARTICIPLES,
  EN_NOT_AGENT_AFTER_BY,
  EN_TIME_NAMES,
} from "./lexicon-en.js";
import { HEDGES, SV_VERKA_FOR_TOO } from "./lexicon-hedges.js";
import {
  SV_ACTOR_BODIES,
  SV_ACTOR_LOOKALIKES,
  SV_ACTOR_PEOPLE,
  SV_AS_NON_VERBS,
  SV_DEPONENTS,
  SV_GAS_NOUNS,
  SV_LAW_ACRONYMS,
  SV_NON_VERB_A_WORDS,
  SV_RECIPROCALS,
  SV_REPORTING_VERBS,
  SV_VERBS_WITH_ADJECTIVE_ENDINGS,
  SV_VOWEL_STEMS,
} from "./lexicon-sv.js";
import { isSvActiveInfinitiveForm, isSvNonVerbA, isSvPassiveInfinitiveForm } from "./sv-words.js";
import { svNounForms } from "./actors.js";
import { tokenize } from "../analysis/tokens.js";
import type { GrammarToken } from "./words.js";

/**
 * The last sentence of a small document that keeps its diacritics (a heading
 * and a paragraph with å/ä/ö come first, so the test text is body text).
 */
function sentenceOf(text: string, language: Language = "sv"): Sentence {
  const intro = language === "sv" ? "Planen beskriver målen för året." : "The plan describes the work.";
  const sentences = analyse(testDocument(["# Plan", intro, text], language)).sentences;
  return sentences[sentences.length - 1];
}

/** The grammar's view of one word in a document that keeps its diacritics. */
function word(text: string): GrammarToken {
  const tokens = tokenize(text);
  expect(tokens).toHaveLength(1);
  return { ...tokens[0], strict: true };
}

const hidden = (text: string, language: Language = "sv") => findHiddenActor(sentenceOf(text, language), language) !== null;

describe("lexicons", () => {
  it("have no duplicate entries", async () => {
    const modules = await Promise.all([import("./lexicon-sv.js"), import("./lexicon-en.js"), import("./lexicon-goals.js")]);
    for (const module of modules) {
      for (const [name, value] of Object.entries(module)) {
        if (!Array.isArray(value) || typeof value[0] !== "string") continue;
        const duplicates = (value as string[]).filter((w, i, all) => all.indexOf(w) !== i);
        expect(duplicates, name).toEqual([]);
      }
    }
  });
});

describe("Swedish deponents and reciprocals are not passive", () => {
  const infinitives = SV_DEPONENTS.filter((d) => d.endsWith("s") && !d.endsWith("ts"));
  const supines = SV_DEPONENTS.filter((d) => d.endsWith("ts"));
  it.each(infinitives)("deponent %s after ska", (verb) => {
    expect(hidden(`Alla ska ${verb} här.`)).toBe(false);
  });
  it.each(supines)("deponent supine %s after ska ha", (verb) => {
    expect(hidden(`Alla ska ha ${verb} här.`)).toBe(false);
  });
  it.each(SV_RECIPROCALS.filter((r) => !r.endsWith("ts")))("reciprocal %s after ska", (verb) => {
    expect(hidden(`Parterna ska ${verb} i maj.`)).toBe(false);
  });
});

describe("Swedish -s words that are not verbs", () => {
  it.each(SV_AS_NON_VERBS)("%s is no passive infinitive", (w) => {
    expect(isSvPassiveInfinitiveForm(word(w))).toBe(false);
  });
  it.each(SV_GAS_NOUNS.filter((g) => g.endsWith("gas")))("noun %s is no passive infinitive", (w) => {
    expect(isSvPassiveInfinitiveForm(word(w))).toBe(false);
  });
  it.each(["kommunens", "process", "fokus", "status", "resurs", "erbjuds", "barnfamiljernas", "elevernas", "databas", "planeringsfas"])(
    "%s is no passive infinitive",
    (w) => expect(isSvPassiveInfinitiveForm(word(w))).toBe(false),
  );
});

describe("Swedish vowel-stem passives", () => {
  it.each(SV_VOWEL_STEMS)("stem %s + s is a passive infinitive", (stem) => {
    expect(isSvPassiveInfinitiveForm(word(`${stem}s`))).toBe(true);
  });
  it.each(["förses", "uppnås", "tillses", "tillgodoses", "fastslås", "genomgås", "utses", "anses", "omges"])("prefixed %s", (w) => {
    expect(isSvPassiveInfinitiveForm(word(w))).toBe(true);
  });
});

describe("Swedish words in -a that are not verbs", () => {
  it.each(SV_NON_VERB_A_WORDS)("%s is no active infinitive", (w) => {
    expect(isSvNonVerbA(word(w))).toBe(true);
    expect(isSvActiveInfinitiveForm(word(w))).toBe(false);
  });
  it.each(SV_VERBS_WITH_ADJECTIVE_ENDINGS)("%s is a verb despite its adjective-like ending", (w) => {
    expect(isSvActiveInfinitiveForm(word(w))).toBe(true);
  });
});

describe("Swedish actors", () => {
  it.each(SV_ACTOR_BODIES)("body %s is an actor", (noun) => {
    expect(isSvActorWord(word(noun), false)).toBe(true);
  });
  it.each(SV_ACTOR_PEOPLE)("people %s are an actor after av", (noun) => {
    expect(isSvActorWord(word(noun), true)).toBe(true);
  });
  it.each(SV_ACTOR_BODIES.filter((n) => n.length > 3 && !["vi", "oss"].includes(n)))("definite form of %s is an actor", (noun) => {
    const forms = svNounForms(noun);
    expect(forms.length).toBeGreaterThan(1);
    for (const form of forms) expect(isSvActorWord(word(form), false), form).toBe(true);
  });
  it.each(SV_ACTOR_LOOKALIKES)("look-alike %s is no actor", (noun) => {
    expect(isSvActorWord(word(noun), true)).toBe(false);
  });
  it.each(["socialnämnden", "förvaltningschefen", "elevhälsoteamet", "kommunstyrelsen", "funktionsrättsrådet"])("compound %s is an actor", (noun) => {
    expect(isSvActorWord(word(noun), false)).toBe(true);
  });
  it.each(["bostadsområden", "hyreslägenheter", "tråd", "rad", "sekunden", "vägledningen"])("compound look-alike %s is no actor", (noun) => {
    expect(isSvActorWord(word(noun), true)).toBe(false);
  });
  it.each(SV_LAW_ACRONYMS.map((a) => a.toUpperCase()))("law %s after av is no agent", (law) => {
    expect(hidden(`Ansökan ska prövas enligt kraven av ${law}.`)).toBe(true);
  });
  it.each(SV_REPORTING_VERBS)("reporting verb %s makes the modal reported", (verb) => {
    expect(hidden(`Föreningen ${verb} att lokalerna måste rustas upp.`)).toBe(false);
  });
});

describe("English participles", () => {
  it.each(EN_IRREGULAR_PARTICIPLES)("irregular participle %s", (p) => {
    expect(isEnParticiple(word(p))).toBe(true);
  });
  it.each(EN_ADJECTIVAL_PARTICIPLES)("adjectival %s is no passive after be", (p) => {
    expect(isEnParticiple(word(p))).toBe(false);
  });
  it.each(EN_ED_NON_PARTICIPLES)("%s is no participle", (w) => {
    expect(isEnParticiple(word(w))).toBe(false);
  });
  it.each(["rebuilt", "rewritten", "overseen", "co-designed", "agreed", "guaranteed", "undertaken", "misled"])("participle %s", (p) => {
    expect(isEnParticiple(word(p))).toBe(true);
  });
});

describe("English actors and non-agents after by", () => {
  it.each(EN_ACTOR_BODIES)("by the %s names an actor", (noun) => {
    expect(isEnActorWord(word(noun), false)).toBe(true);
    expect(hidden(`The plan will be reviewed by the ${noun}.`, "en")).toBe(false);
  });
  it.each(EN_ACTOR_PEOPLE)("by %s names people as actor", (noun) => {
    expect(hidden(`The plan will be reviewed by ${noun}.`, "en")).toBe(false);
  });
  const notAgents = EN_NOT_AGENT_AFTER_BY.filter((w) => !EN_ACTOR_BODIES.includes(w) && !EN_ACTOR_PEOPLE.includes(w) && /^[a-z-]+$/.test(w));
  it.each(notAgents)("by %s is no agent", (w) => {
    expect(hidden(`The data will be broken down by ${w}.`, "en")).toBe(true);
  });
  it.each(EN_TIME_NAMES.filter((w) => /^[a-z]+$/.test(w)).map((w) => w[0].toUpperCase() + w.slice(1)))("by %s (a time) is no agent", (time) => {
    expect(hidden(`The plan will be reviewed by ${time} 2026.`, "en")).toBe(true);
  });
  it.each(EN_AGENTIVE_LOOKALIKES)("by the %s is no agent", (noun) => {
    expect(hidden(`The plan will be changed by the ${noun}.`, "en")).toBe(true);
  });
});

describe("every hedge pattern is found in an obligation", () => {
  it.each(HEDGES.map((h) => [h.id, h.language, h.words.map((alternatives) => alternatives[0]).join(" ")] as const))(
    "%s (%s: %s)",
    (id, language, text) => {
      const sentence = sentenceOf(language === "sv" ? `Kommunen ska ${text} göra detta.` : `The Council will ${text} do this.`, language);
      expect(findHedges(sentence, language).map((h) => h.id)).toContain(id);
    },
  );
  it.each(SV_VERKA_FOR_TOO)("verkar för %s is a look-alike (seems too …)", (adjective) => {
    const sentence = sentenceOf(`Det verkar för ${adjective} för oss.`);
    expect(findHedges(sentence, "sv")).toEqual([]);
  });
});
