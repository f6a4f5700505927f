import { describe, expect, it } from "vitest";
import { tokenize } from "./tokens.js";

const texts = (s: string) => tokenize(s).map((t) => t.text);

describe("tokenize", () => {
  it("splits words, numbers and punctuation with offsets", () => {
    const tokens = tokenize("Planen följs upp 2025, av KS.");
    expect(tokens.map((t) => [t.text, t.kind, t.start, t.end])).toEqual([
      ["Planen", "word", 0, 6],
      ["följs", "word", 7, 12],
      ["upp", "word", 13, 16],
      ["2025", "number", 17, 21],
      [",", "punct", 21, 22],
      ["av", "word", 23, 25],
      ["KS", "word", 26, 28],
      [".", "punct", 28, 29],
    ]);
  });

  it("adds the offset of the text in its block", () => {
    const [first] = tokenize("Dialog", 40);
    expect([first.start, first.end]).toEqual([40, 46]);
  });

  it("keeps internal hyphens in one word", () => {
    expect(texts("icke-diskriminering och FN-konventionen, covid-19")).toEqual([
      "icke-diskriminering", "och", "FN-konventionen", ",", "covid-19",
    ]);
  });

  it("keeps the colon genitive of abbreviations", () => {
    expect(texts("FN:s barnkonvention och KF:s beslut, S:t Olof")).toEqual([
      "FN:s", "barnkonvention", "och", "KF:s", "beslut", ",", "S:t", "Olof",
    ]);
  });

  it("does not join a label colon to the next word", () => {
    expect(texts("Ansvar:ska")).toEqual(["Ansvar", ":", "ska"]);
    expect(texts("Syfte: planen")).toEqual(["Syfte", ":", "planen"]);
  });

  it("keeps statute numbers, decimals, dates and registration numbers whole", () => {
    const tokens = tokenize("SFS 2018:1197, 1,5 procent, 2.3.1, KS 2024/123, 2024-05-01");
    expect(tokens.filter((t) => t.kind === "number").map((t) => t.text)).toEqual([
      "2018:1197", "1,5", "2.3.1", "2024/123", "2024-05-01",
    ]);
  });

  it("makes § a symbol token", () => {
    const tokens = tokenize("5 kap. 3 § SoL");
    expect(tokens.map((t) => [t.text, t.kind])).toContainEqual(["§", "symbol"]);
  });

  it("keeps English contractions and possessives in one word", () => {
    expect(texts("don’t, children's rights, isn't")).toEqual(["don’t", ",", "children's", "rights", ",", "isn't"]);
    expect(tokenize("don’t")[0].fold).toBe("don't");
  });

  it("keeps OCR words whole", () => {
    expect(texts("m&nniskor f6r &ldre uppf6ljning 6vriga")).toEqual(["m&nniskor", "f6r", "&ldre", "uppf6ljning", "6vriga"]);
    const [w] = tokenize("uppf6ljning");
    expect(w.kind).toBe("word");
    expect(w.fold).toBe("uppfoljning");
  });

  it("keeps the hyphen of a suspended compound", () => {
    expect(texts("jämställdhets- och jämlikhetsanalys")).toEqual(["jämställdhets-", "och", "jämlikhetsanalys"]);
    expect(texts("kultur-, fritids- och idrottsnämnden")).toEqual(["kultur-", ",", "fritids-", "och", "idrottsnämnden"]);
  });

  it("does not take a spaced dash into a word", () => {
    expect(texts("Bakgrund - syfte")).toEqual(["Bakgrund", "-", "syfte"]);
  });

  it("gives lower and fold keys", () => {
    const [t] = tokenize("Uppföljningen");
    expect(t.lower).toBe("uppföljningen");
    expect(t.fold).toBe("uppfoljningen");
  });

  it("keeps soft hyphens inside a word and drops them from the keys", () => {
    const [t] = tokenize("jäm\u00adställdhet");
    expect(t.text).toBe("jäm\u00adställdhet");
    expect(t.fold).toBe("jamstalldhet");
  });

  it("treats an ellipsis as one token", () => {
    expect(texts("vänta... sedan")).toEqual(["vänta", "...", "sedan"]);
  });
});
