import { describe, expect, it } from "vitest";
import { json } from "./json.js";
import { context, sampleReports } from "./sample.test-support.js";

describe("json", () => {
  const parsed = JSON.parse(json(sampleReports(), context()));

  it("is an ESLint-style array with one entry per file", () => {
    expect(parsed.map((f: { filePath: string }) => f.filePath)).toEqual(["/repo/docs/plan.md", "/repo/docs/ren.md", "/repo/docs/trasig.docx"]);
    expect(parsed[0]).toMatchObject({
      errorCount: 0,
      fatalErrorCount: 0,
      warningCount: 4,
      fixableErrorCount: 0,
      fixableWarningCount: 1,
      suppressedMessages: [],
      usedDeprecatedRules: [],
      lix: 42.6,
      language: "sv",
      format: "markdown",
    });
  });

  it("gives messages 1-based positions, severity 2 for errors and 1 otherwise, and the exact level", () => {
    expect(parsed[0].messages[0]).toEqual({
      ruleId: "mr/involvement",
      severity: 1,
      message: "Involvering: texten säger inte vilka som involveras.",
      line: 1,
      column: 3,
      endLine: 1,
      endColumn: 21,
      level: "warning",
      messageId: "missing",
      state: "missing",
      evidence: [],
      url: "https://example.org/mr/involvement",
    });
    expect(parsed[0].messages[1].fix).toEqual({ range: [80, 92], text: "personer med funktionsnedsättning" });
    expect(parsed[0].messages[1].suggestions).toEqual([
      { desc: "person med funktionsnedsättning", fix: { range: [80, 92], text: "person med funktionsnedsättning" } },
    ]);
    expect(parsed[0].messages.map((m: { level: string; severity: number }) => [m.level, m.severity])).toEqual([
      ["warning", 1],
      ["warning", 1],
      ["info", 1],
      ["hint", 1],
    ]);
  });

  it("maps every document rule to its status and evidence", () => {
    expect(Object.keys(parsed[1].coverage)).toHaveLength(9);
    expect(parsed[0].coverage["mr/involvement"]).toEqual({ status: "missing", evidence: [] });
    expect(parsed[0].coverage["mr/contracts"].status).toBe("not-applicable");
  });

  it("turns an unreadable file into one fatal message like ESLint", () => {
    expect(parsed[2]).toMatchObject({ errorCount: 1, fatalErrorCount: 1, warningCount: 0, coverage: {}, lix: null });
    expect(parsed[2].messages).toEqual([
      {
        ruleId: null,
        fatal: true,
        severity: 2,
        message: "docs/trasig.docx: not a Word document (not a zip file)",
        line: 1,
        column: 1,
        level: "error",
        code: "docx-not-zip",
      },
    ]);
  });
});
