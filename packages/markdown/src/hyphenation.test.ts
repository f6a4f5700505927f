import { describe, expect, it } from "vitest";
import { lineJoin } from "./hyphenation.js";

describe("lineJoin", () => {
  it("drops the hyphen of a word broken across lines", () => {
    expect(lineJoin("ska ge upp-", "följning av")).toBe("drop-hyphen");
    expect(lineJoin("Eco-", "nomic, Social")).toBe("drop-hyphen");
    expect(lineJoin("utvecklings-", "st6rda")).toBe("drop-hyphen");
    expect(lineJoin("UPPFÖLJ-", "NING")).toBe("drop-hyphen");
  });

  it("keeps hyphen and space in coordinated compounds", () => {
    for (const next of ["och jämlikhetsanalys", "eller orienteringsförmåga", "samt", "till 17-åringar", "and long-term", "or", "to"])
      expect(lineJoin("jämställdhets-", next)).toBe("space");
  });

  it("keeps the hyphen of words written with one", () => {
    expect(lineJoin("LSS-", "insatser")).toBe("keep-hyphen");
    expect(lineJoin("2025-", "2028")).toBe("keep-hyphen");
    expect(lineJoin("icke-", "diskriminering")).toBe("keep-hyphen");
    expect(lineJoin("non-", "discrimination")).toBe("keep-hyphen");
    expect(lineJoin("e-", "tjänster")).toBe("keep-hyphen");
    expect(lineJoin("Norra-", "Hagen")).toBe("keep-hyphen");
  });

  it("always drops a soft hyphen before a letter", () => {
    expect(lineJoin("upp\u00ad", "följning")).toBe("drop-hyphen");
  });

  it("joins with a space when there is no hyphenated word", () => {
    expect(lineJoin("ansvaret", "för")).toBe("space");
    expect(lineJoin("planen –", "och mer")).toBe("space");
    expect(lineJoin("planen -", "och mer")).toBe("space");
    expect(lineJoin("x-", "(se nedan)")).toBe("space");
  });
});
