import { describe, expect, it } from "vitest";
import type { Language } from "../model/document.js";
import type { Sentence } from "./types.js";
import { compileLexicon, type LexiconEntry } from "./lexicon.js";
import { computeMarks } from "./marks.js";
import { tokenize } from "./tokens.js";

function sentence(text: string, strictDiacritics?: boolean): Sentence {
  const tokens = tokenize(text);
  return { index: 3, block: 7, start: 0, end: text.length, text, tokens, marks: computeMarks(tokens, text, 0, text.length), strictDiacritics };
}

/** The matched text spans of `entries` in `text`. */
function found(entries: Array<string | LexiconEntry>, text: string, language: Language = "sv", strict?: boolean): string[] {
  const lexicon = compileLexicon(entries, language);
  return lexicon.match(sentence(text, strict)).map((m) => text.slice(m.start, m.end));
}

describe("Swedish lexicon: inflection", () => {
  it("matches inflected forms of a noun", () => {
    expect(found(["medborgardialog"], "Medborgardialogen och medborgardialoger, medborgardialogernas roll.")).toEqual([
      "Medborgardialogen", "medborgardialoger", "medborgardialogernas",
    ]);
    expect(found(["samråd"], "Samrådet och samråden, samrådens resultat.")).toEqual(["Samrådet", "samråden", "samrådens"]);
    expect(found(["nämnd"], "Nämndens ansvar och nämndernas.")).toEqual(["Nämndens", "nämndernas"]);
  });

  it("matches adjective and participle endings", () => {
    expect(found(["handikappad"], "Handikappade och handikappades behov.")).toEqual(["Handikappade", "handikappades"]);
    expect(found(["missbrukare"], "Missbrukaren, missbrukarna och missbrukarnas.")).toEqual(["Missbrukaren", "missbrukarna", "missbrukarnas"]);
  });

  it("matches altered stems before vowel endings", () => {
    expect(found(["flicka"], "Flickor och flickorna.")).toEqual(["Flickor", "flickorna"]);
    expect(found(["ålder"], "Olika åldrar och åldern.")).toEqual(["åldrar", "åldern"]);
    expect(found(["förälder"], "Föräldrarna deltar.")).toEqual(["Föräldrarna"]);
    expect(found(["program"], "Programmet antogs.")).toEqual(["Programmet"]);
  });

  it("matches the neuter -t of adjectives, also without diacritics", () => {
    expect(found(["jämlik"], "Ett jämlikt och jämställt samhälle.")).toEqual(["jämlikt"]);
    expect(found(["tillgänglig"], "Huset ska vara tillgängligt och tillgänglig.")).toEqual(["tillgängligt", "tillgänglig"]);
    expect(found(["likvärdig"], "Ett likvardigt stod.")).toEqual(["likvardigt"]);
  });

  it("neuter -t does not reach nouns or short words (look-alikes)", () => {
    expect(found(["risk"], "Det är riskabelt och riskt.")).toEqual([]);
    expect(found(["dialog"], "Dialogt är inget ord.")).toEqual([]);
    expect(found([{ term: "lik", compound: "none" }], "Det är likt det förra.")).toEqual([]);
    expect(found(["jämlik"], "Jämliktsom är inget ord.")).toEqual([]);
  });

  it("does not inflect when the entry says so", () => {
    expect(found([{ term: "samråd", inflect: false, compound: "none" }], "Samråd och samrådet.")).toEqual(["Samråd"]);
  });

  it("does not match a word that merely starts with the term", () => {
    expect(found(["dialog"], "Dialogisk och dialogue.")).toEqual([]);
    expect(found(["plan"], "Planering och planka.")).toEqual([]);
  });
});

describe("Swedish lexicon: compounds", () => {
  it("matches the term as compound head by default", () => {
    expect(found(["råd"], "Funktionsrättsrådet och ungdomsråden träffas.")).toEqual(["Funktionsrättsrådet", "ungdomsråden"]);
    expect(found(["analys"], "En barnkonsekvensanalys görs.")).toEqual(["barnkonsekvensanalys"]);
    expect(found(["konvention"], "FN-konventionen gäller.")).toEqual(["FN-konventionen"]);
  });

  it("råd does not match inside bostadsområden", () => {
    expect(found(["råd"], "Nya bostadsområden planeras.")).toEqual([]);
  });

  it("råd does not match inside förvaltningsområdet", () => {
    expect(found(["råd"], "Kommunen ingår i förvaltningsområdet för finska.")).toEqual([]);
  });

  it("råd does not match område, förråd, tråd, råder or rådande", () => {
    expect(found(["råd"], "Området, förrådet och den röda tråden; det råder brist, rådande läge.")).toEqual([]);
  });

  it("råd does not match the prefixed word samråd", () => {
    expect(found(["råd"], "Samråd hölls.")).toEqual([]);
  });

  it("stöd does not match förstod or uppstod in text without diacritics", () => {
    expect(found(["stöd"], "Alla forstod att problem uppstod, men stodet gavs.")).toEqual(["stodet"]);
  });

  it("lag does not match inside förslag or beslutsunderlag", () => {
    expect(found(["lag"], "Förslaget och beslutsunderlaget följer diskrimineringslagen.")).toEqual(["diskrimineringslagen"]);
  });

  it("mål does not match normal or optimal in text without diacritics", () => {
    expect(found(["mål"], "Det normala och optimala malet ar delmalen.")).toEqual(["malet", "delmalen"]);
  });

  it("a short left part is no compound", () => {
    expect(found(["rätt"], "Orätt och berätta, men barnrätten.")).toEqual(["barnrätten"]);
  });

  it("compound none matches only the word itself", () => {
    expect(found([{ term: "råd", compound: "none" }], "Rådet och funktionsrättsrådet.")).toEqual(["Rådet"]);
  });

  it("compound any also matches the term as modifier", () => {
    expect(found([{ term: "samråd", compound: "any" }], "Samrådsgruppen och samrådsmöten, brukarsamråd.")).toEqual([
      "Samrådsgruppen", "samrådsmöten", "brukarsamråd",
    ]);
  });

  it("the head mode does not match the term as modifier", () => {
    expect(found(["samråd"], "Samrådsgruppen träffas.")).toEqual([]);
  });

  it("an entry's exclude list stops matches inside those words", () => {
    expect(found([{ term: "handikapp", compound: "any", exclude: ["Handikappförbunden"] }], "Handikappförbunden och handikapparkering.")).toEqual([
      "handikapparkering",
    ]);
  });

  it("expands coordinated compounds", () => {
    const text = "En jämställdhets- och jämlikhetsanalys görs.";
    expect(found(["jämställdhetsanalys"], text)).toEqual(["jämställdhets- och jämlikhetsanalys"]);
    expect(found(["jämlikhetsanalys"], text)).toEqual(["jämlikhetsanalys"]);
  });

  it("expands coordinated compound chains", () => {
    expect(found(["fritidsnämnd"], "Kultur-, fritids- och idrottsnämnden ansvarar.")).toEqual(["fritids- och idrottsnämnden"]);
    expect(found(["barnnämnd", "utbildningsnämnd"], "Barn- och utbildningsnämnden ansvarar.")).toEqual([
      "Barn- och utbildningsnämnden", "utbildningsnämnden",
    ]);
  });

  it("matches the suspended part itself", () => {
    expect(found(["jämställdhet"], "En jämställdhets- och jämlikhetsanalys görs.")).toEqual(["jämställdhets-"]);
  });
});

describe("Swedish lexicon: diacritics and OCR", () => {
  it("matches text that lost its diacritics", () => {
    expect(found(["uppföljning", "mänskliga rättigheter", "i möjligaste mån"], "Uppfoljningen av manskliga rattigheterna sker i mojligaste man.")).toEqual([
      "Uppfoljningen", "manskliga rattigheterna", "i mojligaste man",
    ]);
  });

  it("matches OCR confusions", () => {
    expect(found(["uppföljning"], "En uppf6ljning görs.")).toEqual(["uppf6ljning"]);
    expect(found(["människor"], "Alla m&nniskor.")).toEqual(["m&nniskor"]);
    expect(found(["tillgänglighet"], "Ökad tillg&nglighet och tillgénglighet.")).toEqual(["tillg&nglighet", "tillgénglighet"]);
    expect(found(["särskild"], "Bostad med sérskild service.")).toEqual(["sérskild"]);
    expect(found(["möjlighet"], "Alla ska ha méjligheter.")).toEqual(["méjligheter"]);
    expect(found(["i möjligaste mån"], "Detta sker i m6jligaste man.")).toEqual(["i m6jligaste man"]);
  });

  it("in text that keeps its diacritics, a/o do not stand for å/ä/ö", () => {
    expect(found(["stöd"], "Han stod där och gav stöd.", "sv", true)).toEqual(["stöd"]);
    expect(found(["råd"], "En tabellrad och rådet.", "sv", true)).toEqual(["rådet"]);
    expect(found(["stöd"], "Han stod där och gav stöd.", "sv", false)).toEqual(["stod", "stöd"]);
  });

  it("OCR letters match in strict text too", () => {
    expect(found(["uppföljning"], "En uppf6ljning görs.", "sv", true)).toEqual(["uppf6ljning"]);
  });

  it("matches decomposed diacritics", () => {
    expect(found(["uppföljning"], "Uppfo\u0308ljningen sker.", "sv", true)).toEqual(["Uppfo\u0308ljningen"]);
  });
});

describe("Swedish lexicon: multi-word terms", () => {
  it("matches token sequences with inflection on content words", () => {
    expect(found(["barnets bästa"], "Barnets bästa ska beaktas.")).toEqual(["Barnets bästa"]);
    expect(found(["mänskliga rättigheter"], "Mänskliga rättigheterna gäller.")).toEqual(["Mänskliga rättigheterna"]);
  });

  it("does not inflect short function words", () => {
    expect(found(["i möjligaste mån"], "Is möjligaste mån.")).toEqual([]);
    expect(found(["vid behov"], "Stöd ges vid behov och vidare behovet.")).toEqual(["vid behov"]);
  });

  it("does not match across punctuation", () => {
    expect(found(["vid behov"], "Stöd ges vid, behov.")).toEqual([]);
  });

  it("matches hyphenated and spaced forms of a hyphenated term", () => {
    expect(found(["icke-diskriminering"], "Icke-diskriminering, icke diskriminering och ickediskriminering.")).toEqual([
      "Icke-diskriminering", "icke diskriminering", "ickediskriminering",
    ]);
  });
});

describe("English lexicon", () => {
  it("matches noun inflections by default", () => {
    expect(found(["addict"], "Addicts and an addict's needs.", "en")).toEqual(["Addicts", "addict's"]);
    expect(found(["policy"], "Policies and policy.", "en")).toEqual(["Policies", "policy"]);
  });

  it("grant does not match granted", () => {
    expect(found(["grant"], "Funding was granted through a grant and grants.", "en")).toEqual(["grant", "grants"]);
  });

  it("weigh does not match weighting", () => {
    expect(found(["weigh"], "A weighting of scores.", "en")).toEqual([]);
  });

  it("matches verb forms only when the entry asks for them", () => {
    expect(found([{ term: "consult", inflect: "verb" }], "We consulted and are consulting; consults.", "en")).toEqual([
      "consulted", "consulting", "consults",
    ]);
    expect(found([{ term: "plan", inflect: "verb" }], "We planned and are planning.", "en")).toEqual(["planned", "planning"]);
    expect(found([{ term: "engage", inflect: "verb" }], "We engaged and are engaging.", "en")).toEqual(["engaged", "engaging"]);
  });

  it("does not match prefixes of longer words", () => {
    expect(found(["age"], "Agenda and ageing and age.", "en")).toEqual(["age"]);
  });

  it("matches multi-word terms", () => {
    expect(found(["the disabled", "illegal immigrant"], "Services for the disabled and illegal immigrants.", "en")).toEqual([
      "the disabled", "illegal immigrants",
    ]);
    expect(found(["the disabled"], "Disabled residents.", "en")).toEqual([]);
  });

  it("matches hyphenated and spaced forms", () => {
    expect(found(["wheelchair-bound"], "Wheelchair-bound and wheelchair bound people.", "en")).toEqual(["Wheelchair-bound", "wheelchair bound"]);
  });

  it("does not compound English words", () => {
    expect(found(["age"], "Teenage and average.", "en")).toEqual([]);
  });
});

describe("lexicon results", () => {
  it("report sentence, block, token indexes, block offsets, entry and kind", () => {
    const entry = { term: "dialog", id: "how" };
    const lexicon = compileLexicon([entry], "sv");
    const [m] = lexicon.match(sentence("Vi för medborgardialog."));
    expect(m).toEqual({ sentence: 3, block: 7, tokenStart: 2, tokenEnd: 3, start: 7, end: 22, entry, kind: "head" });
    expect(lexicon.size).toBe(1);
  });

  it("ignores empty entries", () => {
    expect(compileLexicon(["", "  ", "dialog"], "sv").size).toBe(1);
  });
});

describe("Swedish lexicon: look-alikes in text that lost its diacritics", () => {
  it("råd does not match participles in -erad/-drad", () => {
    expect(found(["råd"], "Planerad och prioriterade insatser for funktionshindrade och forandrad.")).toEqual([]);
  });

  it("lag does not match överklaga or tillaga", () => {
    expect(found(["lag"], "Beslutet kan överklagas; vi tillagar maten; socialtjänstlagen gäller.")).toEqual(["socialtjänstlagen"]);
  });

  it("short nouns do not take adjective or verb endings", () => {
    expect(found(["lag"], "Vi ska laga cykeln.")).toEqual([]);
    expect(found(["råd"], "Det råda läget.")).toEqual([]);
    expect(found(["handikappad"], "Handikappade personer.")).toEqual(["Handikappade"]);
  });

  it("endings for vowel stems do not follow a consonant", () => {
    expect(found(["kön"], "Det kénns bra.")).toEqual([]);
    expect(found(["kön"], "Könen och könets betydelse.")).toEqual(["Könen", "könets"]);
  });

  it("OCR é read as ö does not invent compound splits", () => {
    expect(found(["stöd"], "Sex gruppbostéder finns.")).toEqual([]);
  });
});

describe("lexicon match kinds", () => {
  it("tells exact, inflected, head, modifier and coordinated matches apart", () => {
    const lexicon = compileLexicon([{ term: "samråd", compound: "any" }, "jämställdhetsanalys", "jämlikhetsanalys"], "sv");
    const kinds = (text: string) => lexicon.match(sentence(text)).map((m) => m.kind);
    expect(kinds("Samråd, samrådet, brukarsamråd och samrådsgruppen.")).toEqual(["exact", "inflected", "head", "modifier"]);
    expect(kinds("En jämställdhets- och jämlikhetsanalys.")).toEqual(["coordinated", "exact"]);
  });

  it("marks a multi-word match with an inflected later word as inflected", () => {
    const lexicon = compileLexicon(["illegal immigrant"], "en");
    expect(lexicon.match(sentence("Illegal immigrants.")).map((m) => m.kind)).toEqual(["inflected"]);
    expect(lexicon.match(sentence("An illegal immigrant.")).map((m) => m.kind)).toEqual(["exact"]);
  });
});

describe("Swedish lexicon: plural of vowel-final nouns", () => {
  it("same matches samer and samerna", () => {
    expect(found(["same"], "Samer och samerna, samernas rättigheter.")).toEqual(["Samer", "samerna", "samernas"]);
  });

  it("kvinna matches kvinnan and kvinnor", () => {
    expect(found(["kvinna"], "Kvinnan, kvinnor och kvinnornas.")).toEqual(["Kvinnan", "kvinnor", "kvinnornas"]);
  });
});

describe("Swedish lexicon: abbreviations", () => {
  it("matches the colon genitive of an abbreviation", () => {
    expect(found(["LSS", "FN"], "LSS:s insatser och FN:s konvention.")).toEqual(["LSS:s", "FN:s"]);
  });

  it("does not match an abbreviation inside a longer word", () => {
    expect(found(["FN"], "Kommunen får stöd.")).toEqual([]);
  });
});

describe("English lexicon: excludes and hyphenated compounds", () => {
  it("an entry's exclude list stops a match on those words", () => {
    expect(found([{ term: "handicapped", compound: "any", exclude: ["handicapped-accessible"] }], "Handicapped-accessible toilets for handicapped-parking users.", "en")).toEqual([
      "handicapped-parking",
    ]);
  });

  it("compound head looks inside hyphenated words only", () => {
    expect(found([{ term: "bound", compound: "head" }], "Wheelchair-bound and housebound.", "en")).toEqual(["Wheelchair-bound"]);
  });
});
