import { describe, expect, it } from "vitest";
import type { Diagnostic as MrDiagnostic } from "@mrlint/core";
import { mrlintData, toLspDiagnostic } from "./convert.js";
import { followUpMeta } from "./test-support/rules.js";

const range = (l1: number, c1: number, l2: number, c2: number) => ({
  start: { line: l1, column: c1, offset: 0 },
  end: { line: l2, column: c2, offset: 0 },
});

describe("toLspDiagnostic", () => {
  const diagnostic: MrDiagnostic = {
    ruleId: "mr/follow-up",
    level: "warning",
    message: "Uppföljning saknas delvis.",
    messageId: "partial",
    range: range(0, 2, 0, 6),
    text: "Plan",
    fixes: [],
    url: "https://example.org/rules/follow-up",
    state: "partial",
    missingElements: ["when"],
    evidence: [{ range: range(4, 0, 4, 9), text: "nyckeltal", element: "what" }],
  };

  it("carries code, link, severity, source and the data code actions need", () => {
    const lsp = toLspDiagnostic(diagnostic, { uri: "file:///p.md", language: "sv", locale: "sv", version: 3, meta: followUpMeta });
    expect(lsp).toMatchObject({
      range: { start: { line: 0, character: 2 }, end: { line: 0, character: 6 } },
      severity: 2,
      code: "mr/follow-up",
      codeDescription: { href: "https://example.org/rules/follow-up" },
      source: "mrlint",
      message: "Uppföljning saknas delvis.",
    });
    expect(mrlintData(lsp)).toEqual({
      ruleId: "mr/follow-up",
      ruleType: "document",
      language: "sv",
      version: 3,
      fixes: [],
      state: "partial",
      missingElements: ["when"],
    });
  });

  it("points related information at the evidence, named by element", () => {
    const lsp = toLspDiagnostic(diagnostic, { uri: "file:///p.md", language: "sv", locale: "en", meta: followUpMeta });
    expect(lsp.relatedInformation).toEqual([
      {
        location: { uri: "file:///p.md", range: { start: { line: 4, character: 0 }, end: { line: 4, character: 9 } } },
        message: "What: “nyckeltal”",
      },
    ]);
  });

  it("maps every level and leaves out a link that is not a URI", () => {
    const levels = (["error", "warning", "info", "hint"] as const).map(
      (level) => toLspDiagnostic({ ...diagnostic, level, url: "rules/mr/x.md" }, { uri: "u", language: "sv", locale: "sv" }),
    );
    expect(levels.map((d) => d.severity)).toEqual([1, 2, 3, 4]);
    expect(levels[0].codeDescription).toBeUndefined();
  });
});
