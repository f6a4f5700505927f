import { describe, expect, it } from "vitest";
import { stylish } from "./stylish.js";
import { context, sampleReports } from "./sample.test-support.js";

describe("stylish", () => {
  it("groups findings by file with 1-based positions, levels, rule ids, coverage and a summary", () => {
    expect(stylish(sampleReports(), context())).toBe(
      [
        "docs/plan.md",
        "  1:3   warning  Involvering: texten säger inte vilka som involveras.  mr/involvement",
        "  5:11  warning  ”handikappade” är förlegat: 50%, a,b ny rad           mr/inclusive-language",
        '  7:1   info     Vagt åtagande: "i möjligaste mån" <ska> & | pipe      mr/vague-commitment',
        "  10:1  hint     Stycket är svårläst (LIX 68).                         mr/readability",
        "  MR coverage: 6 of 8 applicable criteria met · LIX 43",
        "",
        "docs/trasig.docx",
        "  error  docs/trasig.docx: not a Word document (not a zip file)",
        "",
        "✖ 4 problems (0 errors, 2 warnings, 1 info, 1 hint) in 3 files",
        "✖ 1 file could not be linted",
        "  1 problem is fixable with the --fix option.",
        "",
      ].join("\n"),
    );
  });

  it("speaks Swedish", () => {
    const out = stylish(sampleReports(), context({ locale: "sv" }));
    expect(out).toContain("  1:3   varning  Involvering");
    expect(out).toContain("  10:1  tips     Stycket");
    expect(out).toContain("MR-täckning: 6 av 8 tillämpliga kriterier uppfyllda · LIX 43");
    expect(out).toContain("✖ 4 problem (0 fel, 2 varningar, 1 info, 1 tips) i 3 filer");
    expect(out).toContain("  fel  docs/trasig.docx: not a Word document");
    expect(out).toContain("1 problem kan rättas med flaggan --fix.");
  });

  it("prints nothing for clean files and colours only when asked", () => {
    const [, clean] = sampleReports();
    expect(stylish([clean], context())).toBe("");
    const coloured = stylish(sampleReports(), context({ color: true }));
    expect(coloured).toContain("\u001b[33mwarning\u001b[39m");
    expect(stylish(sampleReports(), context())).not.toContain("\u001b[");
  });

  it("says when --max-warnings is exceeded", () => {
    expect(stylish(sampleReports(), context({ maxWarnings: 3 }))).toContain("mrlint found too many warnings (maximum: 3).");
    expect(stylish(sampleReports(), context({ maxWarnings: 4 }))).not.toContain("too many warnings");
  });
});
