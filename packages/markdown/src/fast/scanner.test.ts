/**
 * The fast scanner's own edge cases (each one a place where micromark's
 * output is easy to get wrong, checked against micromark) and its decisions
 * to give up.
 */
import { describe, expect, it } from "vitest";
import { featureMask, parseMdast, withParserPath } from "../markdown-processor.js";
import { parseMarkdown } from "../parse-markdown.js";
import { parseBothWays, plainTree } from "./compare-paths.js";
import { KNOWN_NAMED_REFERENCES } from "./character-reference.js";
import { fastMdast } from "./fast-parse.js";
import { parsePathStats } from "./path-stats.js";

/** The scanner handles `text` itself and builds exactly micromark's tree and document. */
function expectFastAndSame(text: string): void {
  const both = parseBothWays(text);
  expect(both.reason, JSON.stringify(text)).toBeNull();
  expect(plainTree(both.fast!)).toEqual(plainTree(both.reference));
  expect(both.document).toBe(both.referenceDocument);
}

describe("fast scanner builds micromark's tree", () => {
  it.each([
    ["empty text", ""],
    ["blank lines only", "\n\n  \n"],
    ["front matter", "---\ntitle: x\nlang: sv\n---\n\n# Rubrik\n\nText."],
    ["empty front matter", "---\n---\ntext"],
    ["front matter with trailing spaces on its fences", "---  \na: 1\n---  \nx"],
    ["ATX headings with closing sequences", "# A #\n## B##\n### C \\#\n#\n###### six ######  "],
    ["setext headings", "Rubrik\n===\n\nAnnan\nrad\n---\n\nx\n  ---  "],
    ["thematic breaks", "***\n- - -\n___  \n * * *"],
    ["paragraph continuation with indentation", "a\n     b\n  c"],
    ["hard breaks: spaces and backslash", "a  \nb\\\nc \nd"],
    ["CRLF and CR line endings", "a\r\nb  \r\nc\rd\r\n\r\n- e\r\n- f\r\n"],
    ["bullet list, tight", "- a\n- b\n- c"],
    ["bullet list, loose", "- a\n\n- b"],
    ["item with two paragraphs", "- a\n\n  b\n- c"],
    ["nested lists", "- a\n  - b\n    - c\n- d\n\n1. x\n2. y\n   1) z"],
    ["ordered list start", "7. a\n8. b"],
    ["changing bullet starts a new list", "- a\n+ b\n* c"],
    ["list item interrupting a paragraph", "Text\n- a\n- b"],
    ["ordered 2 cannot interrupt a paragraph", "Text\n2. inte en lista"],
    ["block quotes with blank marker lines", "> a\n>\n> b\n>   \nc"],
    ["list inside a quote ended by a blank marker line", "> - a\n>\nb"],
    ["list inside a quote ended by a nested quote", "> a\n> - b\n>\n> > c"],
    ["list inside a quote at the end of the text", "> - a\n>"],
    ["nested quote ending at the end of the text", "> > a\n> "],
    ["quote inside an item", "- a\n  > b\n  >\n- c"],
    ["table", "| a | b |\n|:--|--:|\n| 1 | 2 |\n| x |\nlös rad\n\nefter"],
    ["table without outer pipes, trailing spaces", "  a | b  \n  ---|:-:\n  c | d  "],
    ["table interrupting a paragraph", "Text\n| a | b |\n|---|---|\n| 1 | 2 |"],
    ["empty cells and escaped pipes", "| a | b |\n|---|---|\n| |  |\n| `x\\|y` | \\| |"],
    ["table in a list item", "- | a |\n  |---|\n  | b |"],
    ["fenced code", "```js  meta x \n  kod\n\n```  \n~~~\n~~~\n````\n```\n````"],
    ["fenced code in a list item", "- a\n  ```\n\n  b\n  ```\n- c"],
    ["HTML comments as blocks", "<!-- mrlint-disable -->\n\n  <!-- a\n  b --> c\n\nText\n<!-- mrlint-enable -->"],
    ["HTML comment in a quote", "> <!-- x -->\n> y"],
    ["inline HTML comment", "Text <!-- mrlint-disable-line --> mer"],
    ["emphasis and strong", "*a* _b_ **c** __d__ ***e*** a*b*c a_b_c"],
    ["rule of three", "*a**b* ***a** b* **a*b***"],
    ["emphasis over line endings", "*a\nb*"],
    ["strikethrough", "~a~ ~~b~~ ~~~c~~~ a~b~ *~x~*"],
    ["strikethrough before emphasis in a label", "[*~~***~~]() [~_~_]()"],
    ["code spans", "`a` `` b ` `` ` c ` `  ` ``x"],
    ["code span over lines keeps indentation", "a `b\n   c` d"],
    ["unclosed code span moves line ending points", "- `\n  *a*\n  b"],
    ["links and images", '[a *b*](http://x.se "t") ![i *j*](u) [](x) [z](<>) [y](a(b)c)'],
    ["links in links", "[a [b](c) d](e)"],
    ["brackets that form nothing", "[a] [b][c] ![d] a]b [[e]]"],
    ["autolinks", "<http://a.b> <a@b.se> <5@x.se> < 5"],
    ["escapes and character references", "\\* \\a &amp; &#0; &#x41; &#228; &auml; & ;"],
    ["text before a line-start autolink", "Länk:\n<https://www.kommun.se>"],
    ["non-breaking space and soft hyphen", "a\u00a0*b*\u00a0c upp\u00ad-följning"],
    ["indented code (a PDF page number)", "Text\n\n                       Sida 1 av 4\n\nMer text"],
    ["indented code with blank lines inside and after", "    a\n\n      b\n  \n    c\n\n\nd"],
    ["indented code ending in bare indentation", "    a\n    "],
    ["four spaces continue a paragraph, not code", "Text\n    mer"],
    ["an ordered item not numbered 1 cannot interrupt indented code", "    kod\n\n2. inte en lista\n- men en punkt"],
  ])("%s", (_name, text) => {
    expectFastAndSame(text);
  });

  it("knows what its named character references decode to", () => {
    expectFastAndSame(KNOWN_NAMED_REFERENCES.map((name) => `&${name};`).join(" "));
  });
});

describe("fast scanner gives up where it does not model the text", () => {
  it.each([
    ["tab", "a\tb"],
    ["nul", "a\0b"],
    ["definition", "[a]: http://x.se\n\n[a]"],
    ["footnote", "Text[^1]\n\n[^1]: Not."],
    ["task-list", "- [ ] göra\n- [x] klart"],
    ["deep-indent", " ".repeat(120) + "a"],
    ["indented-code", "- a\n\n      kod i en punkt"],
    ["indented-code", "> # Citat\n    kod direkt efter\n    som micromark delar i två"],
    ["html", "<div>\nblock\n</div>"],
    ["html", "Text <b>fet</b>"],
    ["html", "<!-- öppen\nkommentar -->\n\n- <!-- a\n  b -->"],
    ["lazy-line", "> a\nlat fortsättning"],
    ["lazy-line", "- a\nlat"],
    ["empty-list-item", "-\n  a"],
    ["list-item-indent", "-      kod"],
    ["unclosed-fence", "```\nkod"],
    ["fence-info", "```j\\s\nx\n```"],
    ["front-matter", "---\ntitle: x\n\ntext"],
    ["entity", "&frac34; är ingen entitet den känner"],
    ["link-resource", "[a](http://x.se\n)"],
    ["table", "| a |\n|---|\n# rubrik"],
    ["container-ends-code", "> ```\n> kod\nslut"],
    ["inline-depth", "*".repeat(150) + "a" + "*".repeat(150)],
  ])("%s: %j", (reason, text) => {
    const both = parseBothWays(text);
    expect(both.reason).toBe(reason);
    // And the document is the one micromark gives, since micromark parsed it.
    expect(both.document).toBe(both.referenceDocument);
  });

  it("counts fast parses and fallbacks with their reasons", () => {
    parsePathStats(true);
    parseMdast("# Rubrik\n\nText.");
    parseMdast("a\tb");
    parseMdast("- [ ] x");
    withParserPath("micromark", () => parseMdast("micromark only"));
    expect(parsePathStats()).toEqual({ fast: 1, fallback: 2, reasons: { tab: 1, "task-list": 1 } });
  });
});

describe("what the rest of the parser needs from the fast tree", () => {
  it("suppression comments are found in block and inline HTML", () => {
    const text = [
      "<!-- mrlint-disable mr/hedge -->",
      "",
      "Kommunen ska i möjligaste mån samverka. <!-- mrlint-disable-line -->",
      "",
      "<!-- mrlint-enable mr/hedge -->",
      "",
      "<!-- mrlint-disable-next-line mr/todo -->",
      "TODO: skriv klart.",
    ].join("\n");
    expect(fastMdast(text, featureMask(text)).tree).not.toBeNull();
    const fast = parseMarkdown(text);
    const reference = withParserPath("micromark", () => parseMarkdown(text));
    expect(fast.suppressions).toEqual(reference.suppressions);
    expect(fast.suppressions.map((s) => [s.rules, text.slice(s.start, s.end)])).toEqual([
      [["mr/hedge"], text.slice(0, text.indexOf("<!-- mrlint-enable"))],
      [[], "Kommunen ska i möjligaste mån samverka. <!-- mrlint-disable-line -->"],
      [["mr/todo"], "TODO: skriv klart."],
    ]);
  });

  it("hostile inline input stays correct (runs without partners, long runs)", () => {
    for (const text of [
      "a* ".repeat(3000),
      "*a ".repeat(3000),
      "*a** ".repeat(2000),
      "_a_b ".repeat(2000),
      "~a ".repeat(3000),
      "[".repeat(3000) + "a" + "](b)".repeat(50),
      "`a ".repeat(3000),
      "***a*".repeat(500) + "*b***".repeat(500),
    ]) {
      const both = parseBothWays(text);
      if (both.fast) expect(plainTree(both.fast)).toEqual(plainTree(both.reference));
      expect(both.document).toBe(both.referenceDocument);
    }
  });
});
