import { describe, expect, it } from "vitest";
import { computeMarks, isPlaceholder, isPostponed } from "./marks.js";
import { findModals } from "./modals.js";
import { quoteRanges } from "./quotes.js";
import { tokenize } from "./tokens.js";

const modalWords = (text: string) => {
  const tokens = tokenize(text);
  return findModals(tokens).map((i) => tokens[i].text);
};
const postponed = (text: string) => isPostponed(tokenize(text));
const placeholder = (text: string) => isPlaceholder(tokenize(text), text);
const quoted = (text: string) => quoteRanges(text).map(([s, e]) => text.slice(s, e));

describe("modals", () => {
  it("finds Swedish obligation modals", () => {
    expect(modalWords("Nämnden ska följa upp planen och bör samråda; planen skall och måste ses över.")).toEqual([
      "ska", "bör", "skall", "måste",
    ]);
  });

  it("ignores får, kan, behöver and kommer att", () => {
    expect(modalWords("Nämnden får, kan och behöver samråda, och kommer att göra det.")).toEqual([]);
  });

  it("reads diacritic-less bor as bör only where it is not 'lives'", () => {
    expect(modalWords("Planen bor foljas upp.")).toEqual(["bor"]);
    expect(modalWords("Hon bor i Malmö.")).toEqual([]);
  });

  it("finds English obligation modals", () => {
    expect(modalWords("The council shall consult, must report, should review and will publish.")).toEqual([
      "shall", "must", "should", "will",
    ]);
    expect(modalWords("The plan is to be reviewed and staff are required to attend.")).toEqual(["is", "are"]);
  });

  it("ignores may, can, has to, a noun 'will' and a purpose 'is to'", () => {
    expect(modalWords("The council may consult, can report and has to pay.")).toEqual([]);
    expect(modalWords("There is political will and the will of residents.")).toEqual([]);
    expect(modalWords("The aim of the strategy is to reduce poverty.")).toEqual([]);
  });
});

describe("postponed", () => {
  it("finds Swedish postponements", () => {
    expect(postponed("Dialog kan komma att föras.")).toBe(true);
    expect(postponed("Detta tas upp i ett senare skede.")).toBe(true);
    expect(postponed("Kommunen återkommer med en plan.")).toBe(true);
    expect(postponed("Uppföljningen beskrivs senare.")).toBe(true);
    expect(postponed("Ett ungdomsråd bör övervägas.")).toBe(true);
    expect(postponed("Nämnden ska undersöka möjligheten att inrätta ett råd.")).toBe(true);
  });

  it("finds English postponements", () => {
    expect(postponed("Dilemmas will be addressed later.")).toBe(true);
    expect(postponed("The council may consider a youth panel.")).toBe(true);
    expect(postponed("A panel may be considered at a later stage.")).toBe(true);
  });

  it("does not take firm plans or recurring events for postponement", () => {
    expect(postponed("Nämnden följer upp planen varje år.")).toBe(false);
    expect(postponed("Återkommande uppföljning sker i mars.")).toBe(false);
    expect(postponed("The council will consult residents in May.")).toBe(false);
  });

  it("works on diacritic-less text", () => {
    expect(postponed("Detta beskrivs senare i ett senare skede.")).toBe(true);
    expect(postponed("Nämnden aterkommer med en plan.")).toBe(true);
  });
});

describe("placeholder", () => {
  it("finds placeholder text", () => {
    expect(placeholder("Beskrivs senare.")).toBe(true);
    expect(placeholder("Detta avsnitt beskrivs senare.")).toBe(true);
    expect(placeholder("TBD")).toBe(true);
    expect(placeholder("Ansvarig: XX")).toBe(true);
    expect(placeholder("[…]")).toBe(true);
    expect(placeholder("Text kommer.")).toBe(true);
    expect(placeholder("[Ange ansvarig nämnd]")).toBe(true);
    expect(placeholder("To be completed.")).toBe(true);
  });

  it("does not take real text for a placeholder", () => {
    expect(placeholder("Uppföljningen beskrivs senare i avsnitt 6 där nämndens ansvar och tidplan redovisas.")).toBe(false);
    expect(placeholder("Enligt lagen ska kommunen […] samråda med de nationella minoriteterna i frågor som berör dem.")).toBe(false);
    expect(placeholder("Nämnden följer upp planen årligen.")).toBe(false);
  });
});

describe("quotes", () => {
  it("finds quotations in Swedish and English marks", () => {
    expect(quoted("Lagen säger ”barnets bästa” och »ingen ska lämnas utanför« här.")).toEqual(["barnets bästa", "ingen ska lämnas utanför"]);
    expect(quoted("The “Disabled Facilities Grant” and \"Living Well\" programme.")).toEqual(["Disabled Facilities Grant", "Living Well"]);
    expect(quoted("Programmet «Trygg i Malmö» gäller.")).toEqual(["Trygg i Malmö"]);
  });

  it("takes single quotes only when they clearly quote", () => {
    expect(quoted("the 'social model' of disability")).toEqual(["social model"]);
    expect(quoted("don't use the parents' names; it's fine")).toEqual([]);
  });

  it("ignores an unclosed quotation mark", () => {
    expect(quoted("Han sa ”hej och gick.")).toEqual([]);
  });

  it("clips block quotes to the sentence in the marks", () => {
    const text = "Första ”citat. Andra” slut.";
    const marks = computeMarks(tokenize(text.slice(15), 15), text.slice(15), 15, text.length, quoteRanges(text));
    expect(marks.quotes).toEqual([[15, 20]]);
  });
});
