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

const SNIPPETS = ["ord", " ord", "\n", "\n\n", "# ", "- ", "> ", "```", "---", "|", "| a |\n|---|", "[x] ", "~~", "*", "`", "===", "    ", "&amp;", "[a]: http://x", "\r\n", "Ny mening. "];

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

describe("incremental Markdown parsing", () => {
  it("gives the full parse's tree and document after any edit", () => {
    for (const [seed, base] of [[1, POLICY], [2, POLICY.replace(/\n/g, "\r\n")], [3, POLICY.slice(POLICY.indexOf("# "))]] as const) {
      const next = random(seed);
      let text = base;
      let previous = parseFull(text);
      let previousDoc = parseMarkdown(text, { incremental: {} });
      for (let edit = 0; edit < 60; edit++) {
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

  it("parses in full when a definition could change how brackets read elsewhere", () => {
    const text = POLICY.replace("Sista stycket.", "Sista stycket.\n\n[årsredovisningen]: https://example.org/ny");
    const before = parseFull(text);
    const after = reparse(text.replace("Resultaten", "Resultat"), before);
    expect(after.tree.children[0]).not.toBe(before.tree.children[0]);
    expect(after.tree).toEqual(parseFull(text.replace("Resultaten", "Resultat")).tree);
  });
});
