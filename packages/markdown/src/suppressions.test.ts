import { describe, expect, it } from "vitest";
import type { Suppression } from "@mrlint/core";
import { parseMarkdown } from "./parse-markdown.js";
import { parseText } from "./parse-text.js";
import { findDirectives } from "./suppressions.js";

/** The suppressions with their ranges shown as source text. */
function covered(source: string, suppressions: Suppression[]): Array<[string[], string]> {
  return suppressions.map((s) => [s.rules, source.slice(s.start, s.end)]);
}

describe("inline disable comments in Markdown", () => {
  it("disables all rules from mrlint-disable to mrlint-enable", () => {
    const src = "Före.\n\n<!-- mrlint-disable -->\n\nAvstängt stycke.\n\n<!-- mrlint-enable -->\n\nEfter.\n";
    const doc = parseMarkdown(src);
    expect(covered(src, doc.suppressions)).toEqual([[[], "<!-- mrlint-disable -->\n\nAvstängt stycke.\n\n"]]);
    expect(doc.blocks.map((b) => b.text)).toEqual(["Före.", "Avstängt stycke.", "Efter."]);
  });

  it("disables listed rules until they are enabled again, or to the end of the file", () => {
    const src =
      "<!-- mrlint-disable mr/hidden-actor mr/vague-commitment -->\nA.\n<!-- mrlint-enable mr/hidden-actor -->\nB.\n";
    const doc = parseMarkdown(src);
    const enableAt = src.indexOf("<!-- mrlint-enable");
    expect(doc.suppressions).toEqual([
      { rules: ["mr/hidden-actor"], start: 0, end: enableAt },
      { rules: ["mr/vague-commitment"], start: 0, end: src.length },
    ]);
  });

  it("an enable without rules ends every open range", () => {
    const src = "<!-- mrlint-disable mr/a -->\n<!-- mrlint-disable -->\nX.\n<!-- mrlint-enable -->\nY.";
    const end = src.indexOf("<!-- mrlint-enable");
    expect(parseMarkdown(src).suppressions).toEqual([
      { rules: ["mr/a"], start: 0, end },
      { rules: [], start: src.indexOf("<!-- mrlint-disable -->"), end },
    ]);
  });

  it("disable-line covers the comment's own line, also inside a paragraph", () => {
    const src = "Första raden.\nKommunen ska beakta detta vid behov. <!-- mrlint-disable-line mr/vague-commitment -->\nSista raden.";
    const doc = parseMarkdown(src);
    expect(covered(src, doc.suppressions)).toEqual([
      [["mr/vague-commitment"], "Kommunen ska beakta detta vid behov. <!-- mrlint-disable-line mr/vague-commitment -->"],
    ]);
    expect(doc.blocks[0].text).toBe("Första raden. Kommunen ska beakta detta vid behov. Sista raden.");
  });

  it("disable-next-line covers the next non-blank line", () => {
    const src = "<!-- mrlint-disable-next-line -->\n\n\nDe handikappade ska få stöd.\nNästa rad.\n";
    expect(covered(src, parseMarkdown(src).suppressions)).toEqual([[[], "De handikappade ska få stöd."]]);
    const crlf = src.replace(/\n/g, "\r\n");
    expect(covered(crlf, parseMarkdown(crlf).suppressions)).toEqual([[[], "De handikappade ska få stöd."]]);
  });

  it("ignores comments inside code, comments for other tools and unknown words", () => {
    const src = [
      "```",
      "<!-- mrlint-disable -->",
      "```",
      "",
      "<!-- markdownlint-disable MD013 -->",
      "<!-- mrlint-disable because I say so -->",
      "<!-- mrlint-disable-line mr/a, mr/b -- reason for the reader -->",
      "Text.",
    ].join("\n");
    const doc = parseMarkdown(src);
    expect(doc.suppressions).toHaveLength(1);
    expect(doc.suppressions[0].rules).toEqual(["mr/a", "mr/b"]);
  });

  it("accepts a comment without spaces and rule lists separated by commas", () => {
    expect(findDirectives("<!--mrlint-disable-->").map((d) => [d.kind, d.rules])).toEqual([["disable", []]]);
    expect(findDirectives("<!-- mrlint-enable mr/a,mr/b -->").map((d) => [d.kind, d.rules])).toEqual([["enable", ["mr/a", "mr/b"]]]);
  });

  it("works in a block quote", () => {
    const src = "> Citat <!-- mrlint-disable-line -->\n> fortsätter.";
    expect(covered(src, parseMarkdown(src).suppressions)).toEqual([[[], "> Citat <!-- mrlint-disable-line -->"]]);
  });
});

describe("inline disable comments in plain text", () => {
  it("reads the same comments and keeps them out of the text", () => {
    const src = "<!-- mrlint-disable-next-line mr/inclusive-language -->\nDe handikappade ska få stöd.\n\nText <!-- mrlint-disable-line --> här.\n";
    const doc = parseText(src);
    expect(covered(src, doc.suppressions)).toEqual([
      [["mr/inclusive-language"], "De handikappade ska få stöd."],
      [[], "Text <!-- mrlint-disable-line --> här."],
    ]);
    expect(doc.blocks.map((b) => b.text)).toEqual(["De handikappade ska få stöd.", "Text här."]);
  });
});
