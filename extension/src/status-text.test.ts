import { describe, expect, it } from "vitest";
import type { CoverageSummary } from "./coverage-types.js";
import { statusText } from "./status-text.js";

function summary(over: Partial<CoverageSummary> = {}): CoverageSummary {
  return {
    uri: "file:///p.md",
    format: "markdown",
    language: "sv",
    locale: "sv",
    lix: 48,
    satisfied: 6,
    applicable: 9,
    rules: [
      { ruleId: "mr/follow-up", title: "Följa upp", state: "satisfied", evidence: [] },
      { ruleId: "mr/dilemmas", title: "Dilemman", state: "missing", evidence: [] },
    ],
    ...over,
  };
}

describe("statusText", () => {
  it("shows satisfied of applicable and lists the states in the tooltip", () => {
    const shown = statusText(summary());
    expect(shown.text).toBe("MR 6/9");
    expect(shown.tooltip).toBe("6 av 9 MR-kriterier uppfyllda. Klicka för översikten.\n✓ Följa upp: uppfyllt\n✗ Dilemman: saknas");
    expect(shown.warning).toBe(true);
  });

  it("speaks English for an English summary and warns only when something is missing or partial", () => {
    const shown = statusText(
      summary({ locale: "en", satisfied: 1, applicable: 1, rules: [{ ruleId: "mr/x", title: "X", state: "satisfied", evidence: [] }] }),
    );
    expect(shown.tooltip.split("\n")[0]).toBe("1 of 1 MR criteria met. Click for the overview.");
    expect(shown.warning).toBe(false);
  });

  it("shows a file error", () => {
    const shown = statusText(summary({ error: "encrypted", rules: [] }));
    expect(shown.text).toBe("MR ?");
    expect(shown.tooltip).toBe("mrlint kunde inte granska dokumentet: encrypted");
  });
});
