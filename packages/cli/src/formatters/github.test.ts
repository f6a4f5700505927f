import { describe, expect, it } from "vitest";
import { escapeData, escapeProperty, github, GITHUB_MAX_PER_FILE } from "./github.js";
import { context, message, sampleReports } from "./sample.test-support.js";

describe("github", () => {
  it("writes one workflow command per finding, an error per unreadable file and a summary notice", () => {
    expect(github(sampleReports(), context()).split("\n")).toEqual([
      "::warning file=docs/plan.md,line=1,col=3,endLine=1,endColumn=21,title=mrlint mr/involvement::Involvering: texten säger inte vilka som involveras.",
      "::warning file=docs/plan.md,line=5,col=11,endLine=5,endColumn=23,title=mrlint mr/inclusive-language::”handikappade” är förlegat: 50%25, a,b%0Any rad",
      '::notice file=docs/plan.md,line=7,col=1,endLine=7,endColumn=17,title=mrlint mr/vague-commitment::Vagt åtagande: "i möjligaste mån" <ska> & | pipe',
      "::notice file=docs/plan.md,line=10,col=1,endLine=10,endColumn=41,title=mrlint mr/readability::Stycket är svårläst (LIX 68).",
      "::error file=docs/trasig.docx,title=mrlint::docs/trasig.docx: not a Word document (not a zip file)",
      "::notice title=mrlint::mrlint: 4 problems (0 errors, 2 warnings, 1 info, 1 hint) in 3 files; 1 file could not be linted",
      "",
    ]);
  });

  it("escapes data and property values as the runner requires", () => {
    expect(escapeData("100%\r\nklart")).toBe("100%25%0D%0Aklart");
    expect(escapeProperty("a:b,c%")).toBe("a%3Ab%2Cc%25");
  });

  it("caps annotations per file and says how many were left out", () => {
    const [plan] = sampleReports();
    const many = Array.from({ length: GITHUB_MAX_PER_FILE + 7 }, (_, i) => message("mr/vague-commitment", "info", `fynd ${i}`, [i, 0, i * 10, 4]));
    const out = github([{ ...plan, messages: many }], context()).trimEnd().split("\n");
    expect(out.filter((l) => l.includes("mr/vague-commitment"))).toHaveLength(GITHUB_MAX_PER_FILE);
    expect(out[GITHUB_MAX_PER_FILE]).toBe(
      "::notice file=docs/plan.md,title=mrlint::7 more findings in this file not shown as annotations (limit 50 per file); run mrlint locally or use --format sarif",
    );
    expect(out).toHaveLength(GITHUB_MAX_PER_FILE + 2);
  });

  it("leaves columns out of findings that span several lines", () => {
    const [plan] = sampleReports();
    const multi = message("mr/hidden-actor", "info", "m", [2, 5, 30, 3]);
    multi.range.end = { line: 3, column: 3, offset: 60 };
    expect(github([{ ...plan, messages: [multi] }], context())).toContain("::notice file=docs/plan.md,line=3,endLine=4,title=mrlint mr/hidden-actor::m");
  });
});
