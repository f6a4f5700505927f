import { describe, expect, it } from "vitest";
import type { CoverageSummary } from "./coverage-types.js";
import { escapeHtml, openEvidenceLink, parseOpenEvidenceArgs, renderCoverageHtml } from "./coverage-view.js";

const range = { start: { line: 11, character: 4 }, end: { line: 11, character: 13 } };

function summary(over: Partial<CoverageSummary> = {}): CoverageSummary {
  return {
    uri: "file:///tmp/plan%20f%C3%B6r%20%C3%A4ldre.md",
    format: "markdown",
    language: "sv",
    locale: "sv",
    lix: 47.6,
    satisfied: 1,
    applicable: 2,
    rules: [
      {
        ruleId: "mr/follow-up",
        title: "Följa upp och kommunicera resultat",
        state: "satisfied",
        url: "https://example.org/follow-up",
        evidence: [{ range, text: "nyckeltal <b>", element: "what", elementName: "Vad" }],
      },
      { ruleId: "mr/dilemmas", title: "Synliggöra dilemman", state: "missing", reason: "Inga avvägningar beskrivs.", evidence: [] },
    ],
    ...over,
  };
}

describe("openEvidenceLink", () => {
  it("round-trips the target through the command URI", () => {
    const link = openEvidenceLink("file:///a%20b.md", range);
    expect(link.startsWith("command:mrlint.openEvidence?")).toBe(true);
    const args = JSON.parse(decodeURIComponent(link.slice(link.indexOf("?") + 1))) as unknown[];
    expect(parseOpenEvidenceArgs(args)).toEqual({ uri: "file:///a%20b.md", range });
  });

  it("rejects malformed arguments", () => {
    expect(parseOpenEvidenceArgs(["u", 1, 2, -3, 4])).toBeUndefined();
    expect(parseOpenEvidenceArgs([1, 2, 3, 4, 5])).toBeUndefined();
  });
});

describe("renderCoverageHtml", () => {
  it("lists every commitment with its state, evidence linked to its line, and escapes text", () => {
    const html = renderCoverageHtml(summary(), { title: "MR-täckning: plan" });
    expect(html).toContain("<p class=\"summary\">1 av 2 tillämpliga MR-kriterier är uppfyllda.</p>");
    expect(html).toContain("Läsbarhet (LIX): 48");
    expect(html).toContain('<tr class="satisfied"><td><strong>Följa upp och kommunicera resultat</strong>');
    expect(html).toContain('<td class="state">uppfyllt</td>');
    expect(html).toContain('<span class="element">Vad</span> “nyckeltal &lt;b&gt;”');
    expect(html).toContain(`<a href="${escapeHtml(openEvidenceLink(summary().uri, range))}">rad 12</a>`);
    expect(html).toContain('<td class="state">saknas<div class="reason">Inga avvägningar beskrivs.</div></td>');
    expect(html).toContain('<a href="https://example.org/follow-up">regelns dokumentation</a>');
    expect(html).not.toContain("<script");
  });

  it("addresses Word evidence by paragraph without a link", () => {
    const html = renderCoverageHtml(summary({ format: "docx", locale: "en" }), { title: "t" });
    expect(html).toContain("(paragraph 12)");
    expect(html).not.toContain("command:mrlint.openEvidence");
    expect(html).toContain('<td class="state">met</td>');
  });

  it("shows a read error instead of the table", () => {
    const html = renderCoverageHtml(summary({ error: "Filen är krypterad.", rules: [] }), { title: "t" });
    expect(html).toContain("Dokumentet kunde inte granskas: Filen är krypterad.");
    expect(html).not.toContain("<table>");
  });
});
