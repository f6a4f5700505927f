import { lintDocument, type PolicyDocument } from "@mrlint/core";
import { describe, expect, it } from "vitest";
import type { Engine } from "./engine.js";
import { TextLinter } from "./text-linter.js";
import { todoRule } from "./test-support/rules.js";
import { simpleDocument } from "./test-support/simple-document.js";

/** The `incremental.previous` document each parse was given, by the text parsed. */
type ParseLog = Array<{ text: string; previous?: PolicyDocument }>;

function engine(log: ParseLog = []): Engine {
  const fail = () => {
    throw new Error("not used here");
  };
  return {
    configure: () => undefined,
    invalidateConfig: () => undefined,
    builtinRules: () => [todoRule],
    parse: (text, format, options) => {
      log.push({ text, previous: options.incremental?.previous });
      return simpleDocument(text, options.language ?? "sv", format);
    },
    lintDocument: (document, options) => lintDocument(document, { config: options.config, locale: options.locale, rules: options.rules }),
    loadConfigFor: fail,
    lintDocx: fail,
    findDocx: fail,
    writeReview: fail,
  };
}

const rules = [todoRule];
const base = { uri: "file:///p.md", format: "markdown" as const, rules, config: { rules: {}, language: "sv" as const } };

describe("TextLinter", () => {
  it("lints with the given rules and reports at source positions", () => {
    const linter = new TextLinter(engine());
    const linted = linter.lint({ ...base, version: 1, text: "# Plan\n\nEtt TODO här.\n" });
    expect(linted.result.diagnostics.map((d) => [d.ruleId, d.range.start.line, d.range.start.column, d.message])).toEqual([
      ["test/todo", 2, 4, "Ta bort TODO."],
    ]);
  });

  it("does no work for an unchanged text and config, and no parse for a config change", () => {
    const linter = new TextLinter(engine());
    const first = linter.lint({ ...base, version: 1, text: "TODO\n" });
    const again = linter.lint({ ...base, version: 2, text: "TODO\n" });
    expect(again.result).toBe(first.result);
    expect(again.version).toBe(2);
    expect(linter.stats).toEqual({ parses: 1, lints: 1, reused: 1 });

    const off = linter.lint({ ...base, version: 3, text: "TODO\n", config: { rules: { "test/todo": "off" }, language: "sv" } });
    expect(off.result.diagnostics).toEqual([]);
    expect(off.document).toBe(first.document);
    expect(linter.stats).toEqual({ parses: 1, lints: 2, reused: 1 });

    linter.lint({ ...base, version: 4, text: "TODO TODO\n" });
    expect(linter.stats).toEqual({ parses: 2, lints: 3, reused: 1 });
  });

  it("parses again when the language setting changes, and forgets closed documents", () => {
    const linter = new TextLinter(engine());
    linter.lint({ ...base, version: 1, text: "TODO\n" });
    const english = linter.lint({ ...base, version: 1, text: "TODO\n", config: { rules: {}, language: "en" } });
    expect(english.document.language).toBe("en");
    expect(linter.stats.parses).toBe(2);
    linter.forget(base.uri);
    expect(linter.get(base.uri)).toBeUndefined();
  });

  it("keeps a parse that was not linted (a newer version overtook it) as the base of the next parse", () => {
    const log: ParseLog = [];
    const linter = new TextLinter(engine(log));
    const first = linter.lint({ ...base, version: 1, text: "TODO ett\n" });
    // Version 2 is parsed, then dropped before its rules ran.
    const second = linter.parse({ ...base, version: 2, text: "TODO ett två\n" });
    expect(linter.get(base.uri)?.version).toBe(1);
    // Version 3 is parsed from version 2's parse, and linted.
    const third = linter.lint({ ...base, version: 3, text: "TODO ett två tre TODO\n" });
    expect(log.map((p) => p.previous)).toEqual([undefined, first.document, second]);
    expect(third.result.diagnostics).toHaveLength(2);
    expect(linter.stats).toEqual({ parses: 3, lints: 2, reused: 0 });
  });

  it("parses a text once whether it is parsed first and then linted, or linted again after an undo", () => {
    const log: ParseLog = [];
    const linter = new TextLinter(engine(log));
    const parsed = linter.parse({ ...base, version: 1, text: "TODO\n" });
    const linted = linter.lint({ ...base, version: 1, text: "TODO\n" });
    expect(linted.document).toBe(parsed);
    linter.parse({ ...base, version: 2, text: "TODO TODO\n" });
    // Undo: back to the linted text before version 2 was linted.
    const undone = linter.lint({ ...base, version: 3, text: "TODO\n" });
    expect(undone.result).toBe(linted.result);
    expect(undone.version).toBe(3);
    expect(log.map((p) => p.text)).toEqual(["TODO\n", "TODO TODO\n"]);
    linter.forget(base.uri);
    linter.lint({ ...base, version: 4, text: "TODO TODO\n" });
    expect(log[log.length - 1].previous).toBeUndefined();
  });
});
