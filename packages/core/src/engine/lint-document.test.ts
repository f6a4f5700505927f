import { describe, expect, it } from "vitest";
import type { PolicyDocument } from "../model/document.js";
import { lintDocument } from "./lint-document.js";
import type { Rule, RuleContext } from "./rule-api.js";
import { plainDocument } from "./testing/plain-document.js";

/** A span rule that flags every occurrence of `word` in body blocks. */
function wordRule(id: string, word: string, extra: Partial<Rule["meta"]> = {}): Rule {
  return {
    meta: {
      id,
      type: "span",
      level: "warning",
      title: { sv: "Ord", en: "Word" },
      description: { sv: "Flaggar ett ord", en: "Flags a word" },
      url: `https://example.org/${id}`,
      messages: { found: { sv: "Ordet {word} hittades", en: "Found the word {word}" } },
      ...extra,
    },
    check(context: RuleContext) {
      for (const block of context.document.blocks) {
        let at = block.text.indexOf(word);
        while (at >= 0) {
          context.report({ messageId: "found", data: { word }, block: block.index, start: at, end: at + word.length });
          at = block.text.indexOf(word, at + 1);
        }
      }
    },
  };
}

/** A document rule whose state comes from its options. */
const stateRule: Rule = {
  meta: {
    id: "test/state",
    type: "document",
    level: "info",
    title: { sv: "Tillstånd", en: "State" },
    description: { sv: "Sätter ett tillstånd", en: "Sets a state" },
    url: "rules/test/state.md",
    messages: {
      missing: { sv: "Saknas helt", en: "Missing entirely" },
      partial: { sv: "Delvis: {missing} saknas", en: "Partial: {missing} is missing" },
    },
    defaultOptions: { state: "partial", anchor: null },
  },
  check(context) {
    const anchor = context.options.anchor;
    context.setState({
      state: context.options.state as "partial",
      evidence: [{ block: 1, start: 0, end: 3, element: "how" }],
      elements: { who: false, how: true },
      anchorBlock: typeof anchor === "number" ? anchor : null,
      data: { missing: "vem" },
      missingElements: ["who"],
    });
  },
};

const throwingRule: Rule = {
  meta: { ...wordRule("test/throws", "x").meta, id: "test/throws" },
  check() {
    throw new Error("boom");
  },
};

const DOC = "# Plan för kommunen\n\nKommunen ska göra saker. Kommunen ansvarar.\n\n## Uppföljning\n\nInget här om kommunen.\n";

describe("lintDocument", () => {
  it("reports span findings at exact source ranges with the flagged text", () => {
    const doc = plainDocument(DOC);
    const result = lintDocument(doc, { rules: [wordRule("test/word", "Kommunen")] });
    expect(result.diagnostics).toHaveLength(2);
    for (const d of result.diagnostics) {
      expect(d.text).toBe("Kommunen");
      expect(doc.source.slice(d.range.start.offset, d.range.end.offset)).toBe("Kommunen");
      expect(d.level).toBe("warning");
      expect(d.url).toBe("https://example.org/test/word");
      expect(d.message).toBe("Ordet Kommunen hittades");
    }
    expect(result.diagnostics[0].range.start).toEqual({ line: 2, column: 0, offset: DOC.indexOf("Kommunen ska") });
  });

  it("takes levels from the config and leaves out rules that are off", () => {
    const doc = plainDocument(DOC);
    const rules = [wordRule("test/word", "Kommunen"), stateRule];
    const result = lintDocument(doc, { rules, config: { rules: { "test/word": "error", "test/state": "off" } } });
    expect(result.diagnostics.map((d) => [d.ruleId, d.level])).toEqual([["test/word", "error"], ["test/word", "error"]]);
    expect(result.coverage.rules["test/state"]).toBeUndefined();
  });

  it("merges config options over the rule's defaults", () => {
    const doc = plainDocument(DOC);
    const satisfied = lintDocument(doc, { rules: [stateRule], config: { rules: { "test/state": ["warning", { state: "satisfied" }] } } });
    expect(satisfied.diagnostics).toEqual([]);
    expect(satisfied.coverage.rules["test/state"].state).toBe("satisfied");
    expect(satisfied.coverage.satisfied).toBe(1);
    const missing = lintDocument(doc, { rules: [stateRule], config: { rules: { "test/state": ["error", { state: "missing" }] } } });
    expect(missing.diagnostics[0]).toMatchObject({ level: "error", state: "missing", message: "Saknas helt", messageId: "missing" });
  });

  it("reports a document rule's coverage and places its diagnostic on the anchor, else the title, else line 1", () => {
    const doc = plainDocument(DOC);
    const anchored = lintDocument(doc, { rules: [stateRule], config: { rules: { "test/state": ["info", { anchor: 2 }] } } });
    const d = anchored.diagnostics[0];
    expect(d).toMatchObject({ ruleId: "test/state", state: "partial", message: "Delvis: vem saknas", text: "Uppföljning", missingElements: ["who"] });
    expect(d.range.start.line).toBe(4);
    expect(d.evidence).toEqual([{ range: expect.any(Object), text: "Kom", element: "how" }]);
    const coverage = anchored.coverage.rules["test/state"];
    expect(coverage).toMatchObject({ state: "partial", elements: { who: false, how: true }, reason: "Delvis: vem saknas" });
    expect(anchored.coverage.applicable).toBe(1);

    const onTitle = lintDocument(doc, { rules: [stateRule] }).diagnostics[0];
    expect(onTitle.text).toBe("Plan för kommunen");
    expect(onTitle.range.start).toEqual({ line: 0, column: 2, offset: 2 });

    const untitled: PolicyDocument = { ...doc, title: null };
    const onLineOne = lintDocument(untitled, { rules: [stateRule] }).diagnostics[0];
    expect(onLineOne.range).toEqual({ start: { line: 0, column: 0, offset: 0 }, end: { line: 0, column: 0, offset: 0 } });
  });

  it("writes messages in the requested locale, defaulting to the document language", () => {
    const rules = [wordRule("test/word", "Kommunen")];
    expect(lintDocument(plainDocument(DOC, "sv"), { rules }).diagnostics[0].message).toBe("Ordet Kommunen hittades");
    expect(lintDocument(plainDocument(DOC, "en"), { rules }).diagnostics[0].message).toBe("Found the word Kommunen");
    expect(lintDocument(plainDocument(DOC, "sv"), { rules, locale: "en" }).diagnostics[0].message).toBe("Found the word Kommunen");
    expect(lintDocument(plainDocument(DOC, "sv"), { rules, config: { locale: "en" } }).diagnostics[0].message).toBe("Found the word Kommunen");
  });

  it("applies suppressions by rule id and for all rules", () => {
    const doc = plainDocument(DOC);
    const rules = [wordRule("test/word", "Kommunen"), wordRule("test/other", "ansvarar")];
    const firstLine = { start: DOC.indexOf("Kommunen ska"), end: DOC.indexOf("\n\n## Upp") };
    const byId = lintDocument({ ...doc, suppressions: [{ rules: ["test/word"], ...firstLine }] }, { rules });
    expect(byId.diagnostics.map((d) => d.ruleId)).toEqual(["test/other"]);
    const all = lintDocument({ ...doc, suppressions: [{ rules: [], start: 0, end: DOC.length }] }, { rules });
    expect(all.diagnostics).toEqual([]);
  });

  it("orders diagnostics by offset, then rule id, and gives the same output every time", () => {
    const doc = plainDocument("Alfa beta.\n\nBeta alfa.\n");
    // Registered in reverse order on purpose.
    const rules = [wordRule("test/z", "alfa"), wordRule("test/a", "beta"), wordRule("test/b", "Alfa")];
    const first = lintDocument(doc, { rules });
    expect(first.diagnostics.map((d) => [d.range.start.offset, d.ruleId])).toEqual([
      [0, "test/b"],
      [5, "test/a"],
      [17, "test/z"],
    ]);
    expect(JSON.stringify(lintDocument(doc, { rules }))).toBe(JSON.stringify(first));
  });

  it("goes on when a rule throws, and notes the failure", () => {
    const result = lintDocument(plainDocument(DOC), { rules: [throwingRule, wordRule("test/word", "Kommunen")], locale: "en" });
    expect(result.diagnostics).toHaveLength(2);
    expect(result.notes).toContain("Rule test/throws failed and was skipped: boom");
  });

  it("ignores reports outside the block text instead of crashing", () => {
    const bad: Rule = { ...wordRule("test/bad", "x"), check: (c) => c.report({ messageId: "found", block: 99, start: 0, end: 1 }) };
    const result = lintDocument(plainDocument(DOC), { rules: [bad], locale: "en" });
    expect(result.diagnostics).toEqual([]);
    expect(result.notes[0]).toMatch(/outside the text/);
  });

  it("applies the document's own settings and reports invalid ones on line 1", () => {
    const rules = [wordRule("test/word", "Kommunen"), stateRule];
    const off = lintDocument(plainDocument(DOC, "sv", { inlineConfig: { rules: { "test/word": "off" } } }), { rules });
    expect(off.diagnostics.map((d) => d.ruleId)).toEqual(["test/state"]);
    const bad = lintDocument(plainDocument(DOC, "sv", { inlineConfig: { rules: { "test/wrod": "off" } } }), { rules, locale: "en" });
    const inline = bad.diagnostics.find((d) => d.ruleId === "mrlint/inline-config");
    expect(inline?.message).toContain('unknown rule id "test/wrod" (did you mean "test/word"?)');
    expect(inline?.range.start.offset).toBe(0);
    // The rest of the document is still linted.
    expect(bad.diagnostics.filter((d) => d.ruleId === "test/word")).toHaveLength(2);
  });

  it("offers replacements as fixes on the source range, safe only when the source is the plain flagged text", () => {
    const replacing: Rule = {
      ...wordRule("test/fix", "x"),
      check(c) {
        const block = c.document.blocks[1];
        const at = block.text.indexOf("ska göra");
        c.report({ messageId: "found", data: { word: "ska göra" }, block: 1, start: at, end: at + 8, replacements: [{ text: "gör", safe: true }] });
      },
    };
    const doc = plainDocument(DOC);
    const [d] = lintDocument(doc, { rules: [replacing], locale: "sv" }).diagnostics;
    expect(d.fixes).toEqual([{ title: "Ersätt med ”gör”", edits: [{ range: d.range, newText: "gör" }], safe: true }]);

    const wrapped = plainDocument("# T\n\nKommunen ska\ngöra saker.\n");
    const [w] = lintDocument(wrapped, { rules: [replacing] }).diagnostics;
    expect(w.text).toBe("ska göra");
    expect(w.fixes[0].safe).toBe(false);
  });

  it("reports the document's LIX in the coverage", () => {
    const result = lintDocument(plainDocument(DOC), { rules: [] });
    expect(typeof result.coverage.lix === "number" || result.coverage.lix === null).toBe(true);
    const long = plainDocument(`# T\n\n${"Kommunfullmäktige beslutar om förändringsarbetet i verksamheterna. ".repeat(10)}\n`);
    expect(lintDocument(long, { rules: [] }).coverage.lix).toBeGreaterThan(40);
  });

  it("runs the built-in mr pack by default", () => {
    const result = lintDocument(plainDocument("# Plan\n\nTexten handlar om parkering.\n"));
    expect(Object.keys(result.coverage.rules)).toContain("mr/involvement");
  });
});
