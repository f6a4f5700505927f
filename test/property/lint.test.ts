/**
 * Property tests over random input: `lint()` on random Markdown and text and
 * `lintDocument` on random document models never throw; every range lies
 * inside the source with line/column matching its offset; a span
 * diagnostic's range holds exactly its flagged text (`diagnostic.text`,
 * markup stripped); and the same input always gives the same JSON.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { lintDocument } from "../../packages/core/dist/index.js";
import { lint, parseMarkdown, parseText } from "../../packages/markdown/dist/index.js";
import { documentModel, markdownText } from "./arbitraries.js";
import { asJson, expectResultInvariants, SPAN_RULES } from "./invariants.js";

const RUNS = { numRuns: 250, seed: 20261121 };

describe("lint() on random Markdown", () => {
  it("never throws, keeps every range inside the source and the flagged text under its range", () => {
    let spans = 0;
    fc.assert(
      fc.property(markdownText, (text) => {
        const result = lint(text, { format: "markdown" });
        expectResultInvariants(parseMarkdown(text), result);
        spans += result.diagnostics.filter((d) => SPAN_RULES.has(d.ruleId)).length;
      }),
      RUNS,
    );
    // The generator does reach the span rules, so the slice checks are not vacuous.
    expect(spans).toBeGreaterThan(200);
  });

  it("the invariant checks catch a range shifted by one character", () => {
    const text = "# Plan\n\nKommunen ska ge **våra åldringar** stöd.\n";
    const result = lint(text);
    const flagged = result.diagnostics.find((d) => d.ruleId === "mr/inclusive-language")!;
    expect(() => expectResultInvariants(parseMarkdown(text), result)).not.toThrow();
    flagged.range.start = { ...flagged.range.start, offset: flagged.range.start.offset + 1, column: flagged.range.start.column + 1 };
    expect(() => expectResultInvariants(parseMarkdown(text), result)).toThrow();
  });

  it("is deterministic: the same text twice gives identical JSON", () => {
    fc.assert(
      fc.property(markdownText, (text) => {
        expect(asJson(lint(text))).toBe(asJson(lint(text)));
      }),
      { ...RUNS, numRuns: 100 },
    );
  });
});

describe("lint() on random plain text", () => {
  it("never throws and keeps the invariants", () => {
    fc.assert(
      fc.property(markdownText, (text) => {
        const result = lint(text, { format: "text" });
        expectResultInvariants(parseText(text), result);
        expect(asJson(lint(text, { format: "text" }))).toBe(asJson(result));
      }),
      { ...RUNS, numRuns: 150 },
    );
  });
});

describe("lintDocument on random document models", () => {
  it("never throws; ranges are exact slices of the source; output is deterministic", () => {
    fc.assert(
      fc.property(documentModel, fc.constantFrom<"sv" | "en" | undefined>("sv", "en", undefined), (doc, locale) => {
        const options = locale ? { locale } : {};
        const result = lintDocument(doc, options);
        // The model's source is its blocks' text laid out verbatim: slices must equal the flagged text.
        expectResultInvariants(doc, result, { exactSlices: true });
        expect(asJson(lintDocument(doc, options))).toBe(asJson(result));
      }),
      RUNS,
    );
  });
});
