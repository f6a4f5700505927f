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
  EN_AGENT_ORGANISATIONS,
  EN_AGENTIVE_LOOKALIKES,
  EN_ED_NON_PARTICIPLES,
  EN_IRREGULAR_PARTICIPLES,
  EN_LAW_ACRONYMS,
  EN_LAW_NAMES,
  EN_LAW_VERBS,
  EN_LAW_WORDS,
  EN_NOT_AGENT_AFTER_BY,
  EN_TIME_NAMES,
} from "./lexicon-en.js";
import { HEDGES, SV_VERKA_FOR_TOO } from "./lexicon-hedges.js";
import { EN_EXTERNAL_ORGANISATIONS, SV_EXTERNAL_HEADS, SV_SUPINE_LOOKALIKES } from "./lexicon-goals.js";
import { isObligationOrGoal } from "./obligation.js";
import {
  SV_ACTOR_BODIES,
  SV_ACTOR_LOOKALIKES,
  SV_ACTOR_PEOPLE,
  SV_AGENT_NOUN_LOOKALIKES,
  SV_AGENT_ORGANISATIONS,
  SV_AGENTIVE_AV_NOUNS,
  SV_AS_NON_VERBS,
  SV_DEPONENTS,
  SV_GAS_NOUNS,
  SV_LAW_ACRONYMS,
  SV_LAW_HEADS,
  SV_LAW_LOOKALIKES,
  SV_LAW_VERBS,
  SV_LAW_WORDS,
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

describe("organisations as agents after av / by", () => {
  it.each(SV_AGENT_ORGANISATIONS)("av %s names an agent", (noun) => {
    const definite = svNounForms(noun).find((f) => f.endsWith("n") || f.endsWith("t")) ?? noun;
    expect(hidden(`Utvärderingen ska göras av ${definite}.`)).toBe(false);
    expect(isSvActorWord(word(noun), true)).toBe(true);
    expect(isSvActorWord(word(noun), false)).toBe(false);
  });
  it.each(EN_AGENT_ORGANISATIONS)("by a %s names an agent", (noun) => {
    expect(hidden(`The survey will be run by a ${noun}.`, "en")).toBe(false);
    expect(isEnActorWord(word(noun), false)).toBe(false);
  });
});

describe("Swedish agent-noun look-alikes", () => {
  it.each(SV_AGENT_NOUN_LOOKALIKES)("av %s names no agent", (noun) => {
    expect(hidden(`Arbetet ska påverkas av ${noun}.`)).toBe(true);
  });
});

describe("Swedish law references", () => {
  it.each(SV_LAW_VERBS.filter((v) => v !== "slår"))("'Lagen %s att' cites the law", (verb) => {
    expect(hidden(`Lagen ${verb} att planen ska följas upp.`)).toBe(false);
  });
  it.each(SV_LAW_LOOKALIKES)("'Enligt %s' is no law", (noun) => {
    expect(hidden(`Enligt ${noun}et ska planen följas upp.`)).toBe(true);
  });
});

describe("Swedish external organisations as compound heads", () => {
  it.each(SV_EXTERNAL_HEADS)("a compound with head %s strävar efter its own aims", (head) => {
    const plural = svNounForms(head).find((f) => f.endsWith("na")) ?? head;
    const text = `Lokala ${plural} strävar efter fler medlemmar.`;
    const sentence = sentenceOf(text);
    const hedges = findHedges(sentence, "sv");
    expect(hedges).toHaveLength(1);
    expect(isObligationOrGoal(sentence, "sv", hedges[0])).toBe(false);
  });
});

describe("Swedish nouns that end like a supine", () => {
  it.each(SV_SUPINE_LOOKALIKES)("har %s is possession, not a perfect", (noun) => {
    const sentence = sentenceOf(`Kommunen har ${noun} att i möjligaste mån stödja föreningarna.`);
    const hedges = findHedges(sentence, "sv");
    expect(hedges).toHaveLength(1);
    expect(isObligationOrGoal(sentence, "sv", hedges[0])).toBe(true);
  });
});

describe("English external organisations as the subject of a hedge verb", () => {
  it.each(EN_EXTERNAL_ORGANISATIONS)("the %s seeks to … states its own aim, not the document's", (noun) => {
    const sentence = sentenceOf(`The ${noun} seeks to widen participation.`, "en");
    const hedges = findHedges(sentence, "en");
    expect(hedges).toHaveLength(1);
    expect(isObligationOrGoal(sentence, "en", hedges[0])).toBe(false);
  });
});

describe("law references: a fronted law source cites the law", () => {
  it.each(SV_LAW_WORDS)("Enligt %s … ska … is the law's obligation", (w) => {
    expect(hidden(`Enligt ${w} 12 ska planen följas upp.`)).toBe(false);
  });
  it.each(SV_LAW_HEADS)("Enligt <compound in -%s> … ska … is the law's obligation", (head) => {
    expect(hidden(`Enligt social${head} ska planen följas upp.`)).toBe(false);
  });
  it.each(EN_LAW_WORDS)("Under the %s, … must be … is the law's obligation", (w) => {
    expect(hidden(`Under the ${w}, reports must be published.`, "en")).toBe(false);
  });
  it.each(EN_LAW_NAMES)("Under the Housing %s 1996, … is the law's obligation", (name) => {
    expect(hidden(`Under the Housing ${name} 1996, reports must be published.`, "en")).toBe(false);
  });
  it.each(EN_LAW_ACRONYMS)("Under the %s, … is the law's obligation", (acronym) => {
    expect(hidden(`Under the ${acronym}, reports must be published.`, "en")).toBe(false);
  });
  it.each(EN_LAW_VERBS)("'The Act %s that' cites the law", (verb) => {
    expect(hidden(`The Act ${verb} that reports must be published.`, "en")).toBe(false);
  });
  it("a plan, an agreement or a policy is no law", () => {
    expect(hidden("Enligt planen ska uppföljning göras årligen.")).toBe(true);
    expect(hidden("Under the plan, reports must be published.", "en")).toBe(true);
    expect(hidden("The policy requires that reports must be published.", "en")).toBe(true);
  });
});

describe("Swedish action nouns whose av names who acts", () => {
  it.each(SV_AGENTIVE_AV_NOUNS)("under %s av förvaltningschefen names the actor", (noun) => {
    expect(hidden(`Arbetet ska bedrivas under ${noun} av förvaltningschefen.`)).toBe(false);
  });
  it.each(["upphandling", "utveckling", "utbyggnad", "inköp", "drift", "tillsyn"])("%s av X: X is the object, no agent", (noun) => {
    expect(hidden(`Vid ${noun} av hemtjänsten ska krav ställas.`)).toBe(true);
  });
});

