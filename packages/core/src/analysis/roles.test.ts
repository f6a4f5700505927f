import { describe, expect, it } from "vitest";
import { classifyRoles, hasDottedLeader, isMetadataLine } from "./roles.js";
import { testDocument, testTable } from "./test-document.js";

const roles = (items: Parameters<typeof testDocument>[0], language: "sv" | "en" = "sv") => {
  const doc = testDocument(items, language);
  classifyRoles(doc);
  return doc.blocks.map((b) => b.role);
};

describe("isMetadataLine", () => {
  it("recognises Swedish header lines", () => {
    for (const line of [
      "Fastställd av kommunfullmäktige 2024-05-27, § 66",
      "Antagen av kommunstyrelsen 2023-02-01",
      "Dokumentansvarig: enhetschef för tillståndsenheten",
      "Diarienummer: SN 2023/0744",
      "Dnr KS 2024/123",
      "Giltighetstid: 2024-07-01 – 2028-06-30",
      "Gäller till och med 2027-12-31",
      "Revideras senast 2027",
      "Beslutad av: Kommunfullmäktige",
      "Version 1.2",
      "Datum: 2024-03-01",
      "Faststalld av socialnémnden 2023-11-14, § 102",
      "Socialf6rvaltningen     Dnr SN 2023/0561",
    ]) {
      expect(isMetadataLine(line), line).toBe(true);
    }
  });

  it("recognises English header lines", () => {
    for (const line of ["Approved by: Cabinet, 12 March 2024", "Policy owner: Head of Housing", "Strategy owner – Director of People", "Review date: March 2027", "Version: 2.1"]) {
      expect(isMetadataLine(line), line).toBe(true);
    }
  });

  it("does not take body sentences for header lines", () => {
    for (const line of [
      "Kommunen ska följa upp planen årligen.",
      "Versionen som antogs 2015 reviderades aldrig.",
      "Datumet för uppföljning bestäms av nämnden.",
      "The council will review the policy every year.",
      "Dialog med brukarna ska föras.",
    ]) {
      expect(isMetadataLine(line), line).toBe(false);
    }
  });
});

describe("classifyRoles: header block", () => {
  it("marks header lines at the start of a Swedish document", () => {
    expect(
      roles([
        "# Alkoholpolicy",
        "TJÄRNÅS KOMMUN",
        "Fastställd av kommunfullmäktige 2024-05-27, § 66",
        "Diarienummer: SN 2023/0744",
        "Dokumentansvarig: enhetschef för tillståndsenheten",
        "Giltighetstid: 2024-07-01 – 2028-06-30",
        "## 1 Inledning",
        "Dokumentansvarig för genomförandet är socialnämnden, som ska följa upp arbetet varje år och rapportera.",
      ]),
    ).toEqual(["body", "body", "metadata", "metadata", "metadata", "metadata", "body", "body"]);
  });

  it("stops at the first prose paragraph", () => {
    expect(
      roles([
        "# Plan",
        "Planen beskriver hur kommunen arbetar med mänskliga rättigheter i alla verksamheter och i alla led.",
        "Version 2 av planen antogs av kommunfullmäktige efter en bred dialog med invånarna i kommunen.",
        "Version: 3",
      ]),
    ).toEqual(["body", "body", "body", "body"]);
  });

  it("marks a two-column metadata table at the top", () => {
    expect(
      roles(
        [
          "# Housing strategy",
          ...testTable(0, [
            ["Approved by", "Cabinet"],
            ["Policy owner", "Head of Housing"],
            ["Review date", "2027"],
          ]),
          "## Introduction",
          "The council will work with residents.",
        ],
        "en",
      ),
    ).toEqual(["body", "metadata", "metadata", "metadata", "metadata", "metadata", "metadata", "body", "body"]);
  });

  it("leaves a body table at the top alone", () => {
    expect(
      roles([
        "# Åtgärder",
        ...testTable(0, [
          ["Åtgärd", "Ansvar"],
          ["Dialog med brukare", "Socialnämnden"],
        ]),
      ]),
    ).toEqual(["body", "body", "body", "body", "body"]);
  });

  it("marks a document information section anywhere", () => {
    expect(roles(["# Plan", "Text om planen.", "## Dokumentinformation", "Beslutad 2024.", "Ansvarig: KS"])).toEqual([
      "body", "body", "metadata", "metadata", "metadata",
    ]);
  });

  it("does not touch blocks that already have a role", () => {
    expect(roles(["# Plan", { text: "Fastställd av KF", role: "furniture" }, "Dnr 2024/1"])).toEqual(["body", "furniture", "metadata"]);
  });
});

describe("classifyRoles: references and tables of contents", () => {
  it("marks a Swedish reference section with its subsections", () => {
    expect(
      roles([
        "# Plan",
        "## 1 Inledning",
        "Planen utgår från barnkonventionen.",
        "## 7. Referenser",
        { kind: "list-item", text: "Lag (2018:1197) om barnkonventionen", depth: 1 },
        "### Lagar",
        "Diskrimineringslagen (2008:567)",
        "## 8 Bilaga",
        "Handlingsplan.",
      ]),
    ).toEqual(["body", "body", "body", "references", "references", "references", "references", "body", "body"]);
  });

  it("recognises other reference headings", () => {
    for (const heading of ["Källor", "Relaterade dokument", "Styrande dokument", "Underlag och referenser", "Bilagor", "References", "Related documents", "Further reading", "Sources", "Appendix: Instruments Referred To"]) {
      expect(roles(["# Plan", `## ${heading}`, "Något dokument"])[2], heading).toBe("references");
    }
  });

  it("gives a heading met again the role it had (roles are kept per heading text), and none to a long heading", () => {
    for (let round = 0; round < 2; round++) {
      expect(roles(["# Plan", "## Referenser", "Lag (2018:1197)", "## Syfte", "Text"]), `round ${round}`).toEqual(["body", "references", "references", "body", "body"]);
      expect(roles(["# Plan", "## Innehåll", "1 Inledning"])[2], `round ${round}`).toBe("toc");
    }
    const long = `Referenser ${"och ytterligare underlag ".repeat(6)}`;
    expect(long.length).toBeGreaterThan(120);
    expect(roles(["# Plan", `## ${long}`, "Något dokument"])[2]).toBe("body");
  });

  it("does not take content headings for reference lists", () => {
    for (const heading of ["Koppling till andra styrdokument", "Uppföljning", "Bilaga 1: Handlingsplan", "Källsortering och miljö"]) {
      expect(roles(["# Plan", `## ${heading}`, "Text"])[2], heading).toBe("body");
    }
  });

  it("marks a table of contents section", () => {
    expect(roles(["# Plan", "## Innehåll", "1 Inledning", "2 Mål", "## 1 Inledning", "Text"])).toEqual([
      "body", "toc", "toc", "toc", "body", "body",
    ]);
    expect(roles(["# Strategy", "## Table of contents", "Introduction"], "en")[2]).toBe("toc");
  });

  it("marks lines with dotted leaders and the contents line before them", () => {
    expect(
      roles([
        "ANTI-POVERTY STRATEGY",
        "CONTENTS",
        "1  Why poverty is a human rights issue ........ 2 2  Poverty in Glenhallow ......... 2",
        "1  WHY POVERTY IS A HUMAN RIGHTS ISSUE",
        "Poverty is not only a lack of money.",
      ], "en"),
    ).toEqual(["body", "toc", "toc", "body", "body"]);
  });

  it("hasDottedLeader needs dots followed by a page number", () => {
    expect(hasDottedLeader("Inledning ............ 3")).toBe(true);
    expect(hasDottedLeader("Inledning . . . . . . 3")).toBe(true);
    expect(hasDottedLeader("Vi väntar... 3 dagar")).toBe(false);
    expect(hasDottedLeader("Slut.....")).toBe(false);
  });

  it("is idempotent", () => {
    const doc = testDocument(["# Plan", "Fastställd av KF", "## Referenser", "Lag"]);
    classifyRoles(doc);
    const first = doc.blocks.map((b) => b.role);
    classifyRoles(doc);
    expect(doc.blocks.map((b) => b.role)).toEqual(first);
  });
});

describe("classifyRoles: body lists near the top", () => {
  it("keeps a responsibility line in a summary list as body", () => {
    expect(
      roles(["# Plan", "## Sammanfattning", { kind: "list-item", text: "Ansvarig: socialnämnden", depth: 1 }, { kind: "list-item", text: "Dialog med brukare varje år", depth: 1 }]),
    ).toEqual(["body", "body", "body", "body"]);
  });
});

describe("classifyRoles J: body sentences right after the title stay body text", () => {
  it("an obligation or validity sentence with a subject and a finite verb", () => {
    expect(roles(["# Plan", "Planen gäller 2025–2028 och ska revideras inför varje ny mandatperiod.", "Mer text."])).toEqual(["body", "body", "body"]);
    expect(roles(["# Plan", "Planen ska revideras vart fjärde år.", "Mer text."])).toEqual(["body", "body", "body"]);
    expect(roles(["# Plan", "Planen gäller från 2025-01-01 och ska revideras senast 2028.", "Text."])).toEqual(["body", "body", "body"]);
    expect(roles(["# Strategy", "This strategy will be reviewed in 2027 and replaces the 2019 strategy.", "Text."], "en")).toEqual(["body", "body", "body"]);
  });

  it("a label inside a longer label counts once", () => {
    expect(roles(["# Plan", "Rutinen ska revideras årligen.", "Text."])).toEqual(["body", "body", "body"]);
  });

  it("label-first header lines, joined or not, stay metadata", () => {
    expect(roles(["# Plan", "Fastställd av kommunfullmäktige 2024-05-27 § 66", "Dnr KS 2024/12", "Gäller 2025–2028. Revideras senast 2028.", "## Inledning", "Text."])).toEqual([
      "body", "metadata", "metadata", "metadata", "body", "body",
    ]);
    expect(roles(["# Plan", "Antagen av KF 2024-05-27 § 66. Revideras senast 2028. Dnr KS 2024/12", "Text."])).toEqual(["body", "metadata", "body"]);
    expect(roles(["# Plan", "Status: Draft Reference: ABC/1 Strategy owner: Director of Housing", "Text."], "en")).toEqual(["body", "metadata", "body"]);
  });
});

