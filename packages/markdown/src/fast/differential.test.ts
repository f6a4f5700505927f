/**
 * The fast scanner against micromark: for every Markdown file of the
 * fixtures, the dev corpus and the bench generator, and for random Markdown,
 * the scanner's tree is micromark's tree (every node, field and position)
 * or the scanner gives up; and parseMarkdown's whole PolicyDocument (block
 * texts, offset maps, sections, suppressions, notes) is the same whichever
 * path parses.
 */
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseBothWays, plainTree } from "./compare-paths.js";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");
const DEV_CORPUS = resolve(ROOT, "../shared/corpus/dev");

function markdownFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== "node_modules") out.push(...markdownFiles(path));
    } else if (name.endsWith(".md")) {
      out.push(path);
    }
  }
  return out;
}

/** Both paths agree on `text`; returns why the scanner gave up, or null when it did not. */
function expectSamePaths(text: string): string | null {
  const both = parseBothWays(text);
  if (both.fast) expect(plainTree(both.fast)).toEqual(plainTree(both.reference));
  expect(both.document).toBe(both.referenceDocument);
  return both.reason;
}

describe("fast path and micromark agree on files", () => {
  const fixtures = markdownFiles(join(ROOT, "fixtures"));
  const dev = existsSync(DEV_CORPUS) ? markdownFiles(DEV_CORPUS) : [];

  it("has the files", () => {
    expect(fixtures.length).toBeGreaterThan(50);
    expect(fixtures.some((f) => f.includes("heldout"))).toBe(true);
    expect(dev.length).toBeGreaterThanOrEqual(30);
  });

  it("fixtures (heldout included): same trees and documents; only footnotes and NUL bytes fall back", () => {
    const fellBack: string[] = [];
    for (const file of fixtures) {
      const reason = expectSamePaths(readFileSync(file, "utf8"));
      if (reason) fellBack.push(`${relative(ROOT, file)}: ${reason}`);
    }
    // A binary file with NUL bytes (a CLI error fixture) and a document with footnotes.
    expect(fellBack).toEqual(["fixtures/cli/broken/binary.md: nul", "fixtures/markdown/structure.md: footnote"]);
  });

  it("dev corpus: same trees and documents; nothing falls back", () => {
    const fellBack: string[] = [];
    for (const file of dev) {
      const reason = expectSamePaths(readFileSync(file, "utf8"));
      if (reason) fellBack.push(`${relative(DEV_CORPUS, file)}: ${reason}`);
    }
    expect(fellBack).toEqual([]);
  });
});

describe("fast path and micromark agree on generated policies", () => {
  it("bench generator documents never fall back", async () => {
    const lib = join(ROOT, "bench/lib");
    const { generatePolicy } = (await import(pathToFileURL(join(lib, "policy.mjs")).href)) as {
      generatePolicy: (options: { language: "sv" | "en"; words: number; seed: number }) => unknown;
    };
    const { renderMarkdown } = (await import(pathToFileURL(join(lib, "render-markdown.mjs")).href)) as {
      renderMarkdown: (policy: unknown) => string;
    };
    for (const [language, words, seed] of [
      ["sv", 400, 1],
      ["en", 400, 2],
      ["sv", 3000, 3],
      ["en", 3000, 4],
      ["sv", 1200, 5],
      ["en", 1200, 6],
    ] as const) {
      const text = renderMarkdown(generatePolicy({ language, words, seed }));
      expect(expectSamePaths(text)).toBeNull();
      // The same with Windows line endings.
      expect(expectSamePaths(text.replace(/\n/g, "\r\n"))).toBeNull();
    }
  });
});

// ---- random Markdown ------------------------------------------------------

const INLINE = [
  "ord", "Kommunen", "the", " ", " ", "  ", "*", "**", "***", "_", "__", "~", "~~", "`", "``", "[", "]", "](", ")", "(",
  "](x)", '](http://a.se "t")', "](<>)", "](a(b)c)", "![", "< ", ">", "<http://x.se>", "<a@b.se>", "<!-- c -->",
  "<!-- mrlint-disable-line mr/x -->", "\\", "\\*", "\\_", "\\[", "&amp;", "&auml;", "&#228;", "&#x41;", "&#0;", "& ", "!",
  '"', "'", ".", ",", "-", "ä", "é", "\u00a0", "😀", "\\|", "#", "1.", "=", "+", ":", "a*b", "*a*", "**b**", "_c_", "~d~",
  "~~e~~", "`f`", "[g](h)", "\u00ad", "upp-",
];

const inline = fc
  .array(fc.constantFrom(...INLINE), { minLength: 1, maxLength: 10 })
  .map((parts) => parts.join("").replace(/^\s+/, "") || "x");

type Lines = string[];

/** One block (containers nested up to `depth` deep): paragraphs, headings, lists, quotes, tables, code, breaks, comments. */
const block: fc.Memo<Lines> = fc.memo((depth) => {
  const paragraph = fc
    .tuple(fc.array(inline, { minLength: 1, maxLength: 3 }), fc.constantFrom("", " ", "   "))
    .map(([lines, indent]) => lines.map((l, i) => (i === 0 ? l : indent + l)));
  if (depth <= 0) return paragraph;
  const nested = block(depth - 1);
  const heading = fc
    .tuple(fc.integer({ min: 1, max: 6 }), inline, fc.constantFrom("", " #", "  ", " ##"))
    .map(([level, text, close]) => ["#".repeat(level) + " " + text + close]);
  const setext = fc.tuple(paragraph, fc.constantFrom("===", "---", "  --  ")).map(([p, u]) => [...p, u]);
  const itemContents = fc.array(fc.tuple(nested, fc.boolean(), nested), { minLength: 1, maxLength: 3 });
  const list = fc
    .tuple(fc.constantFrom("- ", "* ", "+ ", "1. ", "2) ", "10. "), itemContents)
    .map(([marker, items]) => {
      const out: Lines = [];
      items.forEach(([first, blankThenMore, more], i) => {
        const number = /\d+/.exec(marker);
        const m = number ? String(Number(number[0]) + i) + marker.slice(number[0].length) : marker;
        const pad = " ".repeat(m.length);
        first.forEach((line, k) => out.push((k === 0 ? m : line === "" ? "" : pad) + line));
        if (blankThenMore) {
          out.push("");
          for (const line of more) out.push(line === "" ? "" : pad + line);
        }
      });
      return out;
    });
  const quote = fc.tuple(nested, fc.boolean(), nested).map(([a, two, b]) => [
    ...a.map((l) => (l === "" ? ">" : "> " + l)),
    ...(two ? [">", ...b.map((l) => (l === "" ? ">" : "> " + l))] : []),
  ]);
  const cell = inline.map((t) => t.replace(/\|/g, ""));
  const tableRows = fc.array(fc.array(cell, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 4 });
  const table = fc
    .tuple(
      fc.integer({ min: 1, max: 3 }),
      fc.constantFrom("| ", "|", ""),
      fc.constantFrom(" |", "|", "", "  "),
      tableRows,
      fc.constantFrom("---", ":--", "--:", ":-:"),
    )
    .map(([cols, open, close, rows, delimiter]) => {
      const row = (cells: string[]) =>
        open + Array.from({ length: cols }, (_, i) => cells[i % cells.length]).join(" | ") + close;
      return [row(rows[0]), "|" + Array.from({ length: cols }, () => delimiter).join("|") + "|", ...rows.slice(1).map(row)];
    });
  const thematic = fc.constantFrom(["***"], ["---"], ["___"], ["* * *"]);
  const fence = fc
    .tuple(fc.constantFrom("```", "~~~", "````"), fc.constantFrom("", "js", " yaml x"), inline)
    .map(([f, info, body]) => [f + info, body, "", f]);
  const comment = fc.constantFrom(
    ["<!-- mrlint-disable -->"],
    ["<!-- mrlint-enable mr/x -->"],
    ["<!-- a --> b"],
    ["<!-- mrlint-disable-next-line -->"],
  );
  // Page numbers pushed right by a PDF extractor.
  const indented = fc
    .tuple(fc.constantFrom("    ", "      ", "                        "), inline, fc.constantFrom("", "  ", "    "))
    .map(([pad, text, blank]) => [pad + text, blank, pad + "Sida 2 av 4"]);
  return fc.oneof(
    { weight: 4, arbitrary: paragraph },
    { weight: 2, arbitrary: heading },
    { weight: 1, arbitrary: setext },
    { weight: 2, arbitrary: list },
    { weight: 2, arbitrary: quote },
    { weight: 2, arbitrary: table },
    { weight: 1, arbitrary: thematic },
    { weight: 1, arbitrary: fence },
    { weight: 1, arbitrary: comment },
    { weight: 1, arbitrary: indented },
  );
});

const documents = fc
  .tuple(
    fc.boolean(),
    fc.array(fc.tuple(block(3), fc.boolean()), { minLength: 1, maxLength: 6 }),
    fc.constantFrom("\n", "\n", "\r\n"),
    fc.boolean(),
  )
  .map(([frontMatter, blocks, eol, finalEol]) => {
    const lines = frontMatter ? ["---", "title: x", "lang: sv", "---"] : [];
    for (const [b, blank] of blocks) {
      lines.push(...b);
      if (blank) lines.push("");
    }
    return lines.join(eol) + (finalEol ? eol : "");
  });

/** Dense inline syntax, sometimes inside a container: emphasis, strikethrough and link edge cases. */
const denseInline = fc
  .tuple(
    fc.constantFrom("", "> ", "- ", "# ", "| ", "1. "),
    fc.array(fc.constantFrom(..."*_~a [](`!\\\".\n"), { minLength: 1, maxLength: 24 }),
  )
  .map(([prefix, chars]) => prefix + chars.join(""));

describe("fast path and micromark agree on random Markdown", () => {
  it("structured documents", () => {
    let fast = 0;
    const reasons: Record<string, number> = {};
    fc.assert(
      fc.property(documents, (text) => {
        const reason = expectSamePaths(text);
        if (reason === null) fast++;
        else reasons[reason] = (reasons[reason] ?? 0) + 1;
      }),
      { numRuns: 400 },
    );
    // Most of these documents are ones the scanner models; it must not give up on all of them.
    expect(fast, JSON.stringify(reasons)).toBeGreaterThan(200);
  });

  it("dense inline syntax", () => {
    fc.assert(
      fc.property(denseInline, (text) => {
        expectSamePaths(text);
      }),
      { numRuns: 1500 },
    );
  });

  it("arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        expectSamePaths(text);
      }),
      { numRuns: 500 },
    );
  });
});
