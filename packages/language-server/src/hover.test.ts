import { describe, expect, it } from "vitest";
import type { Diagnostic } from "vscode-languageserver";
import { hoverAt } from "./hover.js";
import { rulesById } from "./test-support/rules.js";

function diag(ruleId: string, line: number, start: number, end: number, source = "mrlint"): Diagnostic {
  return {
    range: { start: { line, character: start }, end: { line, character: end } },
    message: "m",
    source,
    code: ruleId,
    data: { ruleId, ruleType: "span", language: "sv", fixes: [] },
  };
}

describe("hoverAt", () => {
  const diagnostics = [diag("mr/inclusive-language", 2, 10, 20), diag("mr/follow-up", 0, 0, 6)];

  it("explains the rule under the cursor: title, why, example, link", () => {
    const hover = hoverAt(diagnostics, { line: 0, character: 3 }, rulesById, "sv")!;
    const value = (hover.contents as { value: string }).value;
    expect(value).toContain("**Följa upp och kommunicera resultat** · `mr/follow-up`");
    expect(value).toContain("**Varför det spelar roll**\n\nUtan uppföljning vet ingen");
    expect(value).toContain("**Bra exempel**\n\n> Socialnämnden följer upp planen årligen.");
    expect(value).toContain("[Läs mer om mr/follow-up](https://example.org/rules/follow-up)");
    expect(hover.range).toEqual(diagnostics[1].range);
  });

  it("answers in English when asked", () => {
    const hover = hoverAt(diagnostics, { line: 0, character: 6 }, rulesById, "en")!;
    expect((hover.contents as { value: string }).value).toContain("**Why it matters**");
  });

  it("gives nothing outside a finding or for other sources' findings", () => {
    expect(hoverAt(diagnostics, { line: 2, character: 21 }, rulesById, "sv")).toBeNull();
    expect(hoverAt([diag("mr/follow-up", 0, 0, 6, "other")], { line: 0, character: 1 }, rulesById, "sv")).toBeNull();
  });

  it("falls back to the message for a rule it has no metadata for", () => {
    const hover = hoverAt([diag("acme/own", 1, 0, 4)], { line: 1, character: 2 }, rulesById, "sv")!;
    expect((hover.contents as { value: string }).value).toBe("`acme/own`: m");
  });
});
