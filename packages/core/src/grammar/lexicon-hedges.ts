/**
 * The hedges of `mr/vague-commitment` (RULES.md list, Swedish and English)
 * as word sequences with their inflected and spelling variants. Each
 * position lists the folded alternatives. Look-alikes that are not on the
 * list ("where relevant", "när det går att ordna", "i den takt ekonomin
 * medger", "may consider", "wherever the data allow") are simply absent.
 */
import type { Language } from "../model/document.js";

export interface HedgePattern {
  /** The hedge as the rule catalogue lists it. */
  id: string;
  language: Language;
  /** Alternatives per word position, compared with `Token.fold`. */
  words: ReadonlyArray<readonly string[]>;
  /** The hedge is a verb whose subject decides whether the text speaks of its own action ("sträva efter", "seek to"). */
  verb?: boolean;
}

const w = (...alternatives: string[]) => alternatives;

const STRAVA = w("strava", "stravar", "stravat", "stravade", "stravas", "stravats", "stravande");
const EFTERSTRAVA = w("efterstrava", "efterstravar", "efterstravas", "efterstravat", "efterstravats", "efterstravade", "efterstravades", "efterstravande");
const VERKA = w("verka", "verkar", "verkat", "verkade", "verkande");
const RESOURCES_SV = w("tid", "tiden", "resurser", "resurserna", "resurs");
const WHERE = w("where", "wherever");
const ENDEAVOUR = w("endeavour", "endeavours", "endeavoured", "endeavouring", "endeavor", "endeavors", "endeavored", "endeavoring");
const STRIVE = w("strive", "strives", "striving", "strove", "striven");
const SEEK = w("seek", "seeks", "seeking", "sought");
const FAR_AS = w("as", "so");
const POSSIBLE = w("possible", "practicable", "feasible");
const RESOURCES_EN = w("resources", "resource", "funding", "budget", "budgets", "finances", "finance");

export const HEDGES: readonly HedgePattern[] = [
  { id: "i möjligaste mån", language: "sv", words: [w("i"), w("mojligaste"), w("man")] },
  { id: "i möjligaste mån", language: "sv", words: [w("i"), w("storsta", "hogsta", "mesta"), w("mojliga"), w("man")] },
  { id: "i görligaste mån", language: "sv", words: [w("i"), w("gorligaste"), w("man")] },
  { id: "så långt det är möjligt", language: "sv", words: [w("sa"), w("langt"), w("det"), w("ar"), w("mojligt")] },
  { id: "så långt det är möjligt", language: "sv", words: [w("sa"), w("langt"), w("som", "det"), w("det", "ar"), w("ar", "praktiskt", "rimligen"), w("mojligt")] },
  { id: "så långt som möjligt", language: "sv", words: [w("sa"), w("langt"), w("som"), w("mojligt")] },
  { id: "så långt möjligt", language: "sv", words: [w("sa"), w("langt"), w("mojligt")] },
  { id: "om möjligt", language: "sv", words: [w("om"), w("mojligt")] },
  { id: "om möjligt", language: "sv", words: [w("om"), w("det", "sa"), w("ar"), w("mojligt")] },
  { id: "vid behov", language: "sv", words: [w("vid"), w("behov")] },
  { id: "där det är lämpligt", language: "sv", words: [w("dar"), w("det", "sa"), w("ar"), w("lampligt")] },
  { id: "i den mån", language: "sv", words: [w("i"), w("den"), w("man")] },
  { id: "i mån av tid / resurser", language: "sv", words: [w("i"), w("man"), w("av"), RESOURCES_SV] },
  { id: "inom befintliga ramar", language: "sv", words: [w("inom"), w("befintliga"), w("ramar", "ramarna", "budgetramar", "budgetramarna")] },
  { id: "inom befintliga ramar", language: "sv", words: [w("inom"), w("de"), w("befintliga"), w("ramarna", "budgetramarna")] },
  { id: "inom befintliga ramar", language: "sv", words: [w("inom"), w("befintlig"), w("ram", "ramen")] },
  { id: "inom befintliga ramar", language: "sv", words: [w("inom"), w("befintliga"), w("ekonomiska", "budgetara"), w("ramar", "ramarna")] },
  { id: "sträva efter", language: "sv", words: [STRAVA, w("efter")], verb: true },
  { id: "eftersträva", language: "sv", words: [EFTERSTRAVA], verb: true },
  { id: "verka för", language: "sv", words: [VERKA, w("for")], verb: true },
  { id: "kan komma att", language: "sv", words: [w("kan"), w("komma"), w("att")] },

  { id: "where possible", language: "en", words: [w("where", "wherever", "whenever", "if"), w("possible")] },
  { id: "as far as possible", language: "en", words: [FAR_AS, w("far"), w("as"), POSSIBLE] },
  { id: "as far as possible", language: "en", words: [FAR_AS, w("far"), w("as"), w("is", "reasonably"), POSSIBLE] },
  { id: "as far as possible", language: "en", words: [FAR_AS, w("far"), w("as"), w("is", "it"), w("reasonably", "is"), POSSIBLE] },
  { id: "as far as possible", language: "en", words: [w("as", "so"), w("far"), w("as"), w("it"), w("is"), w("reasonably"), POSSIBLE] },
  { id: "as far as possible", language: "en", words: [w("insofar"), w("as"), POSSIBLE] },
  { id: "as far as possible", language: "en", words: [w("insofar"), w("as"), w("is", "reasonably"), POSSIBLE] },
  { id: "as far as possible", language: "en", words: [w("insofar"), w("as"), w("is"), w("reasonably"), POSSIBLE] },
  { id: "to the extent possible", language: "en", words: [w("to"), w("the"), w("extent"), POSSIBLE] },
  { id: "to the extent possible", language: "en", words: [w("to"), w("the"), w("extent"), w("reasonably"), POSSIBLE] },
  { id: "to the extent possible", language: "en", words: [w("to"), w("the"), w("fullest", "maximum", "greatest"), w("extent"), POSSIBLE] },
  { id: "where practicable", language: "en", words: [WHERE, w("practicable")] },
  { id: "where practicable", language: "en", words: [WHERE, w("reasonably"), w("practicable")] },
  { id: "where practicable", language: "en", words: [w("if"), w("practicable")] },
  { id: "subject to available resources", language: "en", words: [w("subject"), w("to"), w("available"), RESOURCES_EN] },
  { id: "subject to available resources", language: "en", words: [w("subject"), w("to"), w("the"), w("availability"), w("of"), RESOURCES_EN] },
  { id: "subject to available resources", language: "en", words: [w("subject"), w("to"), w("availability"), w("of"), RESOURCES_EN] },
  { id: "subject to available resources", language: "en", words: [w("subject"), w("to"), RESOURCES_EN] },
  { id: "subject to available resources", language: "en", words: [w("subject"), w("to"), w("resource", "funding", "budget"), w("availability")] },
  { id: "as appropriate", language: "en", words: [w("as"), w("appropriate")] },
  { id: "where appropriate", language: "en", words: [w("where", "wherever", "when", "whenever"), w("appropriate")] },
  { id: "endeavour to", language: "en", words: [ENDEAVOUR, w("to")], verb: true },
  { id: "strive to", language: "en", words: [STRIVE, w("to")], verb: true },
  { id: "seek to", language: "en", words: [SEEK, w("to")], verb: true },
  { id: "if feasible", language: "en", words: [w("if", "where", "wherever", "when", "whenever"), w("feasible")] },
  { id: "when needed", language: "en", words: [w("when", "whenever", "where", "wherever", "if", "as"), w("needed")] },
];

/** Words after "verka för" that make it "seem too …", not "work for" ("verkar för dyrt"). */
export const SV_VERKA_FOR_TOO = [
  "lite", "mycket", "dyr", "dyrt", "dyra", "svår", "svårt", "svåra", "lätt", "lätta", "stor", "stort", "stora",
  "liten", "litet", "små", "långt", "lång", "sent", "tidigt", "hög", "högt", "höga", "låg", "lågt", "låga",
  "komplicerat", "krångligt", "många", "få", "snabbt", "långsamt", "tungt", "kort", "ung", "gammal", "tunn",
];
