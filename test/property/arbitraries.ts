/**
 * fast-check generators: Markdown made of policy sentences (with terms the
 * rules flag), markup and junk; and document models built directly, with
 * any block kinds, roles, depths, quotes, tables and sections.
 */
import fc from "fast-check";
import type { Block, BlockKind, BlockRole, Language, PolicyDocument, Section } from "../../packages/core/dist/index.js";

/** Sentences the rules react to: outdated terms, hedges, hidden actors, follow-up, involvement. */
export const SENTENCES = [
  "Kommunen ska ge våra åldringar stöd i vardagen.",
  "Handikappade och funktionshindrade ska i möjligaste mån få hjälp.",
  "Insatser ska genomföras vid behov.",
  "Socialnämnden följer upp planen varje år och redovisar resultatet för kommunfullmäktige.",
  "Barn och unga har fått lämna synpunkter i en enkät och i dialogmöten.",
  "Målkonflikten mellan fler bostäder och grönytor hanteras av kommunstyrelsen.",
  "Zigenare och tattare nämns i äldre dokument.",
  "Planen ska ses över vid behov och om möjligt förbättras.",
  "The council will, where possible, support the elderly and the disabled.",
  "Services for the handicapped will be reviewed as appropriate.",
  "Residents were consulted through a survey and two public meetings.",
  "The Cabinet Member for Adult Care reports progress to the scrutiny committee every six months.",
  "Illegal immigrants and gypsies are named in historical records.",
];

const MARKUP = [
  "# ", "## ", "### ", "- ", "* ", "1. ", "> ", "**", "*", "_", "`", "~~", "[", "](https://example.se/a_b)", "|", " | ", "\n|---|---|\n",
  "<!-- mrlint-disable -->", "<!-- mrlint-enable -->", "<!-- mrlint-disable-next-line mr/inclusive-language -->", "---\nmrlint:\n  language: en\n---\n",
  "\n", "\n\n", "\r\n", "\r", "    ", "\t", "&auml;", "&#228;", "&amp;", "\\*", "upp-\nföljning", "\u00ad", "\ufeff", "```\nkod\n```\n",
  "Innehåll", "Uppföljning ....... 4", "Sida 2 av 3", "[^1]", "[^1]: En fotnot.\n", "<div>", "</div>",
];

const JUNK = ["\u0000", "\ud800", "\udfff", "\u202e", "\uffff", "𝄞", "é", "\u0301", "\u200b", "\u2028", "ﬁ"];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...SENTENCES) },
  { weight: 5, arbitrary: fc.constantFrom(...MARKUP) },
  { weight: 1, arbitrary: fc.constantFrom(...JUNK) },
  { weight: 2, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 4 }) },
);

/** Markdown-ish text of up to ~80 pieces. */
export const markdownText = fc.array(piece, { maxLength: 80 }).map((parts) => parts.join(""));

const BLOCK_KINDS: BlockKind[] = ["heading", "paragraph", "list-item", "table-cell", "quote"];
const ROLES: BlockRole[] = ["body", "body", "body", "metadata", "toc", "furniture", "references"];

const blockSpec = fc.record({
  kind: fc.constantFrom(...BLOCK_KINDS),
  text: fc.oneof(fc.constantFrom(...SENTENCES), fc.array(piece, { minLength: 1, maxLength: 6 }).map((p) => p.join("").replace(/[\r\n]/g, " "))),
  depth: fc.integer({ min: 1, max: 6 }),
  role: fc.constantFrom(...ROLES),
  quoted: fc.boolean(),
  table: fc.option(fc.record({ table: fc.nat(3), row: fc.nat(5), column: fc.nat(4), header: fc.boolean() }), { nil: undefined }),
});

/**
 * A consistent PolicyDocument: blocks laid out in a source separated by
 * blank lines (so the source is the text and maps are exact), headings
 * opening nested sections, suppressions within the source.
 */
export const documentModel = fc
  .record({
    blocks: fc.array(blockSpec, { maxLength: 25 }),
    language: fc.constantFrom<Language>("sv", "en"),
    suppressions: fc.array(fc.record({ a: fc.nat(2000), b: fc.nat(2000), rule: fc.constantFrom("", "mr/inclusive-language", "mr/vague-commitment") }), { maxLength: 3 }),
    format: fc.constantFrom<PolicyDocument["format"]>("markdown", "text", "docx"),
  })
  .map(({ blocks: specs, language, suppressions, format }) => {
    let source = "";
    const blocks: Block[] = [];
    const sections: Section[] = [{ index: 0, heading: null, depth: 0, parent: null, title: "", firstBlock: 0, lastBlock: -1 }];
    const open = [0];
    for (const spec of specs) {
      const text = spec.text.trim() === "" ? "x" : spec.text;
      if (blocks.length > 0) source += "\n\n";
      const offset = source.length;
      source += text;
      const map = new Int32Array(text.length + 1);
      for (let i = 0; i <= text.length; i++) map[i] = offset + i;
      const index = blocks.length;
      if (spec.kind === "heading") {
        while (open.length > 1 && sections[open[open.length - 1]].depth >= spec.depth) open.pop();
        const parent = open[open.length - 1];
        sections.push({ index: sections.length, heading: index, depth: spec.depth, parent, title: text, firstBlock: index, lastBlock: index });
        open.push(sections.length - 1);
      }
      const section = open[open.length - 1];
      for (const s of open) sections[s].lastBlock = index;
      const block: Block = {
        index,
        kind: spec.kind,
        text,
        map,
        depth: spec.kind === "heading" || spec.kind === "list-item" ? spec.depth : 0,
        section,
        quoted: spec.quoted || spec.kind === "quote",
        role: spec.role,
      };
      if (spec.kind === "table-cell" && spec.table) block.table = spec.table;
      blocks.push(block);
    }
    for (const s of sections) if (s.lastBlock < s.firstBlock) s.lastBlock = s.firstBlock - 1;
    const firstHeading = blocks.find((b) => b.kind === "heading");
    const doc: PolicyDocument = {
      format,
      source,
      language,
      languageSource: "configured",
      blocks,
      sections,
      title: blocks.length === 0 ? null : (firstHeading ?? blocks[0]).index,
      suppressions: suppressions.map(({ a, b, rule }) => ({
        rules: rule ? [rule] : [],
        start: Math.min(a, b, source.length),
        end: Math.min(Math.max(a, b), source.length),
      })),
      notes: [],
    };
    return doc;
  });
