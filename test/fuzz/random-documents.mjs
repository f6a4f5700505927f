// Seeded random documents for fuzzing lint(): a window of a generated policy (bench/lib's corpus
// generator, so the text reads like a real styrdokument and reaches the rules), then a few
// mutations from the list below. The same seed always gives the same document, so a slow or
// failing input can be regenerated from its seed alone.
import { generatePolicy } from "../../bench/lib/policy.mjs";
import { hashSeed, makeRandom } from "../../bench/lib/random.mjs";
import { renderMarkdown } from "../../bench/lib/render-markdown.mjs";

/** A few base policies per language, generated once per process. */
let bases;
function basePolicies() {
  bases ??= ["sv", "en"].flatMap((language) =>
    [300, 1200, 4000].map((words, i) => renderMarkdown(generatePolicy({ language, words, seed: 7 + i * 101 + (language === "sv" ? 0 : 1) })).split("\n")),
  );
  return bases;
}

const JUNK = ["\u0000", "\u0001", "\u0007", "\u001b", "\u007f", "\ufffd", "\ud800", "\udc00", "\udbff", "\u200b", "\u200e", "\u202e", "\u2028", "\ufeff", "\u0301", "𝄞", "😀", "ﬁ", "ß", "İ", "\u00ad", "\t", "\f", "\v"];

const MARKUP = [
  "**", "*", "_", "__", "`", "```", "~~", "~", "[", "]", "](", ")", "![", "<", ">", "&", "&amp;", "&auml;", "&#0;", "&#x10FFFF;", "&bogus;", "\\",
  "[^1]", "[^1]: not\n", "<!--", "-->", "<!-- mrlint-disable -->", "<!-- mrlint-enable -->", "<!-- mrlint-disable-next-line mr/inclusive-language -->",
  "<!-- mrlint-disable-line nonsense/rule -->", "<div>", "</div>", "<br>", "| a | b |\n|---|---|\n", "|", "---\n", "===\n", "# ", "###### ", "####### ",
  "- ", "* ", "+ ", "1. ", "99999) ", "> ", "    ", "[ ] ", "[x] ", "\n", "\n\n", "\r\n", "\r", "upp-\nföljning", "Sida 3 av 7\n", "Innehåll\n", "Uppföljning ........ 12\n",
];

const TERMS = ["handikappade", "våra åldringar", "i möjligaste mån", "vid behov", "the elderly", "the disabled", "where possible", "zigenare", "mentally ill", "ska följas upp", "will be reviewed"];

/** Each mutation takes the text, the PRNG and a size factor, and returns new text. */
const MUTATIONS = {
  junk(text, r) {
    let out = text;
    for (let k = r.int(1, 20); k > 0; k--) out = insertAt(out, r, Array.from({ length: r.int(1, 8) }, () => r.pick(JUNK)).join(""));
    return out;
  },
  markup(text, r) {
    let out = text;
    for (let k = r.int(1, 30); k > 0; k--) out = insertAt(out, r, r.pick(MARKUP));
    return out;
  },
  terms(text, r) {
    let out = text;
    for (let k = r.int(1, 10); k > 0; k--) out = insertAt(out, r, ` ${r.pick(TERMS)} `);
    return out;
  },
  nesting(text, r) {
    const marker = r.pick(["> ", "- ", "1. ", "  ", "* ", ">", "> - "]);
    const line = `${marker.repeat(r.int(1, r.chance(0.2) ? 400 : 40))}${r.pick(TERMS)}\n`;
    return insertLineAt(text, r, line.repeat(r.int(1, 20)));
  },
  nestedListRun(text, r, scale) {
    const items = Array.from({ length: r.int(5, Math.ceil((r.chance(0.1) ? 3000 : 200) * scale)) }, (_, i) => `${"  ".repeat(r.int(0, 3))}- punkt ${i} ${r.pick(TERMS)}`);
    return insertLineAt(text, r, `${items.join("\n")}\n`);
  },
  longLine(text, r, scale) {
    const unit = r.pick([`${r.pick(TERMS)} `, "x", "ord ", ". ", "a-", "ä", "| "]);
    return insertAt(text, r, unit.repeat(r.int(100, Math.ceil((r.chance(0.1) ? 50_000 : 5_000) * scale))));
  },
  joinLines(text) {
    return text.replace(/\r?\n/g, " ");
  },
  lineEndings(text, r) {
    const ending = r.pick(["\r\n", "\r", "\n\n", "\u2028"]);
    return r.chance(0.5) ? text.replace(/\n/g, ending) : text.replace(/\n/g, () => (r.chance(0.5) ? ending : "\n"));
  },
  deleteRange(text, r) {
    const a = r.int(0, text.length);
    return text.slice(0, a) + text.slice(Math.min(text.length, a + r.int(1, 500)));
  },
  duplicateRange(text, r, scale) {
    const a = r.int(0, text.length);
    return insertAt(text, r, text.slice(a, a + r.int(1, Math.ceil(2000 * scale))).repeat(r.int(1, 5)));
  },
  truncate(text, r) {
    return text.slice(0, r.int(0, text.length));
  },
  frontMatter(text, r) {
    return `---\n${r.pick(["mrlint: [", "mrlint:\n  language: de", "mrlint:\n  rules:\n    mr/inclusive-language: off", "lang: en", ": : :", "mrlint: 3"])}\n---\n${text}`;
  },
  emphasisStorm(text, r, scale) {
    return insertAt(text, r, Array.from({ length: r.int(10, Math.ceil(2000 * scale)) }, () => r.pick(["*", "_", "**", "`", "[", "]", "(", ")"])).join(""));
  },
  headings(text, r) {
    return text.replace(/^(?=[A-ZÅÄÖ])/gm, () => (r.chance(0.2) ? `${"#".repeat(r.int(1, 7))} ` : ""));
  },
};
const MUTATION_NAMES = Object.keys(MUTATIONS);

function insertAt(text, r, piece) {
  const at = r.int(0, text.length);
  return text.slice(0, at) + piece + text.slice(at);
}

function insertLineAt(text, r, piece) {
  const lines = text.split("\n");
  const at = r.int(0, lines.length);
  return [...lines.slice(0, at), piece, ...lines.slice(at)].join("\n");
}

/** Random printable-and-not characters: a file that is not text at all. */
function noise(r, length) {
  let out = "";
  for (let i = 0; i < length; i++) out += r.chance(0.2) ? r.pick(JUNK) : String.fromCharCode(r.int(0, 0x2fff));
  return out;
}

/**
 * The document for `seed` (a 32-bit integer): `{ text, format, recipe }`, where
 * recipe names the base window and the mutations applied, for reports.
 * `scale` (default 1) shrinks the big pieces (long lines, long lists, the base
 * window) for quick runs; the shapes stay the same.
 */
export function randomDocument(seed, { scale = 1 } = {}) {
  const r = makeRandom(seed);
  const format = r.chance(0.8) ? "markdown" : "text";
  if (r.chance(0.03)) return { text: noise(r, r.int(0, Math.ceil(20_000 * scale))), format, recipe: ["noise"] };
  const base = r.pick(basePolicies());
  const from = r.int(0, Math.max(0, base.length - 1));
  const lines = r.int(0, Math.ceil((r.chance(0.1) ? base.length : 60) * scale));
  let text = base.slice(from, from + lines).join("\n");
  const recipe = [`base ${from}+${lines}`];
  for (let k = r.int(0, 4); k > 0; k--) {
    const name = r.pick(MUTATION_NAMES);
    text = MUTATIONS[name](text, r, scale);
    recipe.push(name);
  }
  return { text, format, recipe };
}

/** The seed of document `index` in a run seeded with `runSeed`. */
export function documentSeed(runSeed, index) {
  return hashSeed(`${runSeed}/${index}`);
}
