import { describe, expect, it } from "vitest";
import { parseFull, reparse } from "./incremental-parse.js";
import { parseMarkdown } from "./parse-markdown.js";

const POLICY = [
  "---",
  "title: Riktlinje",
  "lang: sv",
  "---",
  "",
  "# Riktlinje för medborgardialog",
  "",
  "Kommunen ska föra dialog med invånarna. Socialnämnden ansvarar för att",
  "dialogen följs upp varje år och redovisar resultatet till fullmäktige.",
  "",
  "## Ansvar",
  "",
  "Förvaltningen tar fram en plan i samråd med brukarrådet &amp; pensionärsrådet.",
  "",
  "- Nämnden beslutar om planen.",
  "- Förvaltningen genomför den,",
  "  med stöd av *dialogsamordnaren*.",
  "",
  "| Vem | Vad |",
  "|-----|-----|",
  "| Nämnden | Beslutar |",
  "",
  "Uppföljning sker i [årsredovisningen](https://example.org) och i `rapporten`.",
  "",
  "<!-- mrlint-disable mr/follow-up -->",
  "",
  "    indragen kod",
  "",
  "## Uppföljning",
  "",
  "Resultaten redovisas årligen.",
  "Andra stycket fortsätter här utan tom rad.",
  "",
  "Sista stycket.",
  "",
].join("\n");

/** Lists of every kind, indented continuation, tables and quotes next to paragraphs, front matter with inline config. */
const LISTS = [
  "---",
  "title: Plan",
  "mrlint:",
  "  language: sv",
  "---",
  "",
  "# Plan för tillgänglighet",
  "",
  "Inledande stycke om planen.",
  "",
  "- Första punkten",
  "- Andra punkten",
  "  med fortsättning",
  "",
  "  Indragen fortsättning av andra punkten.",
  "",
  "Stycke mellan listor.",
  "",
  "1. Ett",
  "2. Två",
  "",
  "3. Tre",
  "",
  "* stjärna",
  "  - inre",
  "    - djupare",
  "",
  "Ett stycke före tabellen.",
  "",
  "| Vem | Vad |",
  "| --- | --- |",
  "| Nämnden | Beslutar |",
  "",
  "> Citat om rättigheter.",
  "> Andra raden.",
  "",
  "Stycke efter citatet.",
  "",
  "- sista lista",
  "- med två punkter",
  "",
].join("\n");

const SNIPPETS = [
  ...["ord", " ord", "\n", "\n\n", "# ", "- ", "* ", "1. ", "2) ", "> ", "```", "~~~", "---", "***", "|", "| a |\n|---|", "| b | c |"],
  ...["[x] ", "~~", "*", "`", "===", "    ", "  ", "  - ", "\t", "&amp;", "[a]: http://x", "\r\n", "Ny mening. ", "\n- punkt\n"],
  ...["\n\n- punkt", "\n\n  fortsatt", "\n\n1. ett", "<!-- x -->", "<!--", "<div>", "lang: en\n", "title: x", ":", "\n---\n"],
];

const BASES = [POLICY, POLICY.replace(/\n/g, "\r\n"), POLICY.slice(POLICY.indexOf("# ")), LISTS, LISTS.replace(/\n/g, "\r\n"), LISTS.slice(LISTS.indexOf("# "))];

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

describe("incremental Markdown parsing", () => {
  it("gives the full parse's tree and document after any edit", () => {
    for (let seed = 1; seed <= 12; seed++) {
      const base = BASES[seed % BASES.length];
      const next = random(seed);
      let text = base;
      let previous = parseFull(text);
      let previousDoc = parseMarkdown(text, { incremental: {} });
      for (let edit = 0; edit < 40; edit++) {
        const at = Math.floor(next() * (text.length + 1));
        const r = next();
        if (r < 0.6) text = text.slice(0, at) + SNIPPETS[Math.floor(next() * SNIPPETS.length)] + text.slice(at);
        else text = text.slice(0, at) + text.slice(at + 1 + Math.floor(next() * 12));
        const incremental = reparse(text, previous);
        expect(incremental.tree).toEqual(parseFull(text).tree);
        const doc = parseMarkdown(text, { incremental: { previous: previousDoc } });
        expect(doc).toEqual(parseMarkdown(text));
        previous = incremental;
        previousDoc = doc;
      }
    }
  });

  it("re-parses only the edited paragraph when typing inside it", () => {
    const before = parseFull(POLICY);
    const at = POLICY.indexOf("årligen.");
    const text = POLICY.slice(0, at) + "varje " + POLICY.slice(at);
    const after = reparse(text, before);
    // The nodes before the paragraph are the previous tree's own objects: they were not parsed again.
    expect(after.tree.children[0]).toBe(before.tree.children[0]);
    expect(after.tree).toEqual(parseFull(text).tree);
  });

  it("re-parses a list, a table or the front matter on its own when the edit lies in it", () => {
    const before = parseFull(LISTS);
    const edits = [
      ["Andra punkten", "Andra viktiga punkten"],
      ["| Nämnden |", "| Kommunstyrelsen |"],
      ["title: Plan", "title: Plan för alla"],
      ["Indragen", "Också indragen"],
    ];
    for (const [from, to] of edits) {
      const text = LISTS.replace(from, to);
      const previous = parseFull(LISTS);
      const after = reparse(text, previous);
      // A re-used tree keeps the previous root's start point; a full parse makes a new one.
      expect(after.tree.position!.start).toBe(previous.tree.position!.start);
      expect(after.tree).toEqual(parseFull(text).tree);
    }
    // Typing in the list after the front matter keeps the heading node the previous tree had.
    const heading = before.tree.children[1];
    const after = reparse(LISTS.replace("Första punkten", "Första och viktigaste punkten"), before);
    expect(after.tree.children[1]).toBe(heading);
  });

  it("gives the full parse's tree when an edit lets a list take the paragraph after it, joins two lists or ends the front matter early", () => {
    for (const [from, to] of [
      ["Stycke mellan listor.", "  Stycke mellan listor."],
      ["* stjärna", "3. stjärna"],
      ["title: Plan\n", "title: Plan\n--\n"],
    ]) {
      const text = LISTS.replace(from, to);
      const before = parseFull(LISTS);
      const after = reparse(text, before);
      expect(after.tree).toEqual(parseFull(text).tree);
    }
  });

  it("parses in full from a tree whose nodes a later version took over", () => {
    const before = parseFull(POLICY);
    const first = POLICY.replace("årligen.", "varje år.");
    const second = POLICY.replace("Sista stycket.", "Sista stycket här.");
    reparse(first, before);
    expect(reparse(second, before).tree).toEqual(parseFull(second).tree);
  });

  it("parses in full when a definition could change how brackets read elsewhere", () => {
    const text = POLICY.replace("Sista stycket.", "Sista stycket.\n\n[årsredovisningen]: https://example.org/ny");
    const before = parseFull(text);
    const after = reparse(text.replace("Resultaten", "Resultat"), before);
    expect(after.tree.children[0]).not.toBe(before.tree.children[0]);
    expect(after.tree).toEqual(parseFull(text.replace("Resultaten", "Resultat")).tree);
  });
});
