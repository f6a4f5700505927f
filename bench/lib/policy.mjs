// Builds one policy-like document as a list of blocks (format-neutral), so the same document can be
// written as Markdown or as .docx. Sizes are hit by generating sections until the word budget is used.
import { makeRandom } from "./random.mjs";
import { vocabulary } from "./vocabulary.mjs";
import { countWords } from "./words.mjs";

/**
 * @typedef {{kind:"heading", level:1|2|3, text:string}
 *   | {kind:"paragraph", text:string}
 *   | {kind:"meta", pairs:Array<[string,string]>}
 *   | {kind:"list", ordered:boolean, items:string[]}
 *   | {kind:"table", rows:string[][]}} Block
 * @typedef {{language:"sv"|"en", title:string, frontMatter:Record<string,string>, blocks:Block[], words:number}} Policy
 */

function capitalise(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Sentence makers; each returns one sentence ending in punctuation. */
function sentenceMakers(r, v, language) {
  const will = () => (language === "sv" ? "ska" : r.pick(v.will));
  // Swedish closes compounds ("bostadsförsörjningsprogrammet"); English writes noun phrases.
  const compound = () => {
    const parts = [r.pick(v.compoundModifiers)];
    if (language === "sv") {
      if (r.chance(0.45)) parts.push(r.pick(v.compoundModifiers));
      parts.push(r.pick(v.compoundHeads));
      return parts.join("");
    }
    // English coins hyphenated modifiers instead: "resident-led", "climate-focused".
    if (r.chance(0.35)) parts[0] += `-${r.pick(v.hyphenSuffixes)}`;
    parts.push(r.pick(v.compoundHeads));
    return parts.join(" ");
  };
  const place = () => r.pick(v.placeFirst) + r.pick(v.placeSecond);
  const object = () => (r.chance(0.3) ? v.localObject(r, compound) : r.pick(v.objects));
  return {
    obligation: () => `${r.pick(v.actors)} ${will()} ${r.pick(v.verbs)} ${object()} ${r.pick(v.times)}.`,
    local: () => r.pick(v.local)(r, v, compound, place),
    hedged: () => {
      const actor = r.pick(v.actors);
      const hedge = r.pick(v.hedges);
      if (language === "sv") return `${actor} ska ${hedge} ${r.pick(v.verbs)} ${object()}.`;
      return r.chance(0.5)
        ? `${actor} will, ${hedge}, ${r.pick(v.verbs)} ${object()}.`
        : `${actor} will ${r.pick(v.verbs)} ${object()} ${hedge}.`;
    },
    strive: () =>
      r.chance(0.5)
        ? v.strive(r.pick(v.actors), r.pick(v.verbs), r.pick(v.objects))
        : v.workFor(r.pick(v.actors), r.pick(v.objects)),
    passive: () => `${r.pick(v.passives)} ${r.pick(v.times)}.`,
    descriptive: () => r.pick(v.descriptive)(r, v),
    rights: () => r.pick(v.rights),
    outdated: () => v.outdatedSentence(r.pick(v.outdated), r.pick(v.actors)),
  };
}

/** Weighted sentence mixes for the kinds of paragraph a policy has. */
const MIXES = {
  background: { descriptive: 52, local: 20, rights: 12, obligation: 8, passive: 5, outdated: 3, hedged: 2 },
  commitments: { obligation: 36, passive: 18, hedged: 14, strive: 8, local: 8, descriptive: 10, rights: 3, outdated: 3 },
  mixed: { descriptive: 27, local: 10, obligation: 25, passive: 12, rights: 12, hedged: 8, strive: 4, outdated: 4 },
};

function weightedPick(r, mix) {
  const total = Object.values(mix).reduce((a, b) => a + b, 0);
  let x = r.next() * total;
  for (const [key, weight] of Object.entries(mix)) {
    x -= weight;
    if (x < 0) return key;
  }
  return Object.keys(mix)[0];
}

/**
 * @param {{language:"sv"|"en", words:number, seed:number}} options
 * @returns {Policy}
 */
export function generatePolicy({ language, words: target, seed }) {
  const r = makeRandom(seed);
  const v = vocabulary[language];
  const make = sentenceMakers(r, v, language);
  const place = r.pick(v.places);
  const year = r.int(2024, 2027);
  const docType = r.pick(v.docTypes);
  const title = v.title(docType, r.pick(v.topics), year);
  const s = v.sections;
  const numbered = r.chance(0.5);
  const scale = Math.min(1, Math.max(0.25, target / 5000));
  const count = (n) => Math.max(1, Math.round(n * scale));

  /** @type {Block[]} */
  const blocks = [];
  let words = 0;
  let h2Number = 0;
  const add = (block) => {
    blocks.push(block);
    if (block.kind === "heading" || block.kind === "paragraph") words += countWords(block.text);
    else if (block.kind === "list") words += block.items.reduce((n, item) => n + countWords(item), 0);
    else if (block.kind === "table") words += block.rows.flat().reduce((n, cell) => n + countWords(cell), 0);
    else if (block.kind === "meta") words += block.pairs.reduce((n, [k, val]) => n + countWords(k) + countWords(val), 0);
  };
  const h2 = (text) => add({ kind: "heading", level: 2, text: numbered ? `${++h2Number}. ${text}` : text });
  const h3 = (text) => add({ kind: "heading", level: 3, text });
  const paragraph = (mix, min = 3, max = 6) => {
    const sentences = [];
    const n = r.int(min, max);
    for (let i = 0; i < n; i++) sentences.push(make[weightedPick(r, MIXES[mix])]());
    // Drafts keep the odd reminder; markdownlint ignores it, textlint's no-todo reports it.
    if (r.chance(0.05)) sentences.push(v.todo(r));
    add({ kind: "paragraph", text: sentences.join(" ") });
  };
  const list = (mix, min, max) => {
    const items = [];
    const n = r.int(min, max);
    for (let i = 0; i < n; i++) items.push(make[weightedPick(r, MIXES[mix])]());
    add({ kind: "list", ordered: r.chance(0.4), items });
  };
  const measuresTable = () => {
    const rows = [v.tableHeads.measures];
    const n = r.int(3, 5);
    for (let i = 0; i < n; i++) {
      rows.push([capitalise(`${r.pick(v.verbs)} ${r.pick(v.objects)}`), r.pick(v.actors), r.pick(v.times)]);
    }
    add({ kind: "table", rows });
  };

  add({ kind: "heading", level: 1, text: title });
  add({ kind: "meta", pairs: v.meta.map(([key, values]) => [key, r.pick(values)]) });

  h2(s.summary);
  paragraph("mixed", 4, 6);

  h2(s.background);
  for (let i = 0; i < count(4); i++) paragraph("background");
  paragraph("background", 2, 4);

  h2(s.purpose);
  add({ kind: "paragraph", text: v.purposeSentences(title).join(" ") });
  paragraph("mixed", 2, 4);

  h2(s.goals);
  const goals = count(3);
  for (let g = 1; g <= goals; g++) {
    h3(s.goal(g, r.pick(v.goalTexts)));
    paragraph("commitments", 2, 4);
    list("commitments", 2, 4);
  }

  h2(s.measures);
  paragraph("commitments");
  list("commitments", 3, 7);
  if (target >= 2000 || r.chance(0.5)) measuresTable();

  // The closing sections are about this size; areas fill the rest of the budget.
  const tail = 120 + Math.round(180 * scale);
  let area = 0;
  while (words < target - tail) {
    area++;
    h2(s.area(area, r.pick(v.areaTopics)));
    h3(s.areaBackground);
    for (let i = r.int(1, 3); i > 0 && words < target - tail; i--) paragraph("background");
    h3(s.areaMeasures);
    paragraph("commitments");
    if (words < target - tail) list("commitments", 3, 6);
    if (r.chance(0.3) && words < target - tail) measuresTable();
    if (r.chance(0.5) && words < target - tail) {
      h3(s.areaResponsibility);
      paragraph("commitments", 2, 4);
    }
  }

  h2(s.responsibility);
  paragraph("commitments", 2, 3);
  const respRows = [v.tableHeads.responsibility];
  for (let i = r.int(3, 4); i > 0; i--) respRows.push([r.pick(v.actors), r.pick(v.responsibilityText)]);
  add({ kind: "table", rows: respRows });

  h2(s.monitoring);
  add({ kind: "paragraph", text: v.monitoring(r.pick(v.actors)).join(" ") });
  if (target >= 2000) paragraph("commitments", 2, 3);

  if (target >= 2000) {
    h2(s.definitions);
    add({ kind: "list", ordered: false, items: v.definitions.map(([term, text]) => `${term}: ${text}.`) });
  }

  const k = v.frontMatterKeys;
  const frontMatter = {
    [k.title]: title,
    [k.organisation]: v.organisation(place),
    [k.type]: docType,
    [k.status]: r.pick(v.statuses),
    [k.date]: `${year - 1}-${String(r.int(1, 12)).padStart(2, "0")}-${String(r.int(1, 28)).padStart(2, "0")}`,
  };
  return { language, title, frontMatter, blocks, words };
}
