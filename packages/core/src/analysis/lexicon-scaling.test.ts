/**
 * A sentence can be megabytes long (a line without punctuation); matching
 * must stay linear in the number of matches (deduplication was quadratic:
 * 80,000 characters of "kommunen ska arbeta" took 17 s, 2 MB hours).
 */
import { describe, expect, it } from "vitest";
import type { Sentence } from "./types.js";
import { compileLexicon } from "./lexicon.js";
import { computeMarks } from "./marks.js";
import { tokenize } from "./tokens.js";

function sentence(text: string): Sentence {
  const tokens = tokenize(text);
  return { index: 0, block: 0, start: 0, end: text.length, text, tokens, marks: computeMarks(tokens, text, 0, text.length) };
}

describe("lexicon matching in a very long sentence", () => {
  it("finds every match once, in linear time", () => {
    const text = "kommunen ska arbeta med kommunen ".repeat(20000);
    const lexicon = compileLexicon(["kommun", { term: "kommun", id: "again" }, "arbeta"], "sv");
    const started = performance.now();
    const matches = lexicon.match(sentence(text));
    expect(performance.now() - started).toBeLessThan(3000);
    // Each "kommunen" matched by both entries, each "arbeta" once: no duplicates of one entry at one place.
    expect(matches).toHaveLength(20000 * 5);
    const keys = new Set(matches.map((m) => `${m.tokenStart}:${m.tokenEnd}:${m.entry.id ?? m.entry.term}`));
    expect(keys.size).toBe(matches.length);
  });
});
