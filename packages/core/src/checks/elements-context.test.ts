/**
 * The optional keys of the `elements` kind that tie mentions to their
 * discourse: `context` (subject cues and headings), `tableRows` (a table row
 * with its header row), `headingElements` (an "Ansvar" heading supplies the
 * responsibility), `notAfter` (a recipient or consulted body is not the
 * actor) and `states.satisfiedAlso` (another combination satisfies too).
 * Without these keys a rule behaves as before.
 */
import { describe, expect, it } from "vitest";
import { lintDocument } from "../engine/lint-document.js";
import { plainDocument } from "../engine/testing/plain-document.js";
import { header, ruleFromYaml } from "../engine/testing/rule-from-yaml.js";
import type { PolicyDocument } from "../model/document.js";

const MESSAGES = `messages:
  missing: { sv: "Saknas: {missing}", en: "Missing: {missing}" }
  partial: { sv: "Delvis: {found} / {missing}", en: "Partial: {found} / {missing}" }
  vague: { sv: "Vagt: {cue}", en: "Vague: {cue}" }
`;

function rule(id: string, check: string) {
  return ruleFromYaml(`${header(id, "document", "elements")}${MESSAGES}check:\n${check}`, `${id}.yml`);
}
const stateOf = (r: ReturnType<typeof rule>, doc: PolicyDocument) => lintDocument(doc, { rules: [r] }).coverage.rules[r.meta.id].state;

/** Turns the blocks from `from` on into one table, `columns` cells a row, the first row its header. */
function asTable(doc: PolicyDocument, from: number, columns: number): PolicyDocument {
  doc.blocks.slice(from).forEach((block, i) => {
    block.kind = "table-cell";
    block.table = { table: 0, row: Math.floor(i / columns), column: i % columns, header: i < columns };
  });
  return doc;
}

describe("elements: context", () => {
  const followUp = rule(
    "test/context",
    `  scope: sentence
  states: { satisfied: { atLeast: 2 } }
  context:
    window: 1
    terms: { sv: [följs upp, redovisar] }
    headings: { sv: [uppföljning] }
  elements:
    who: { name: { sv: vem, en: who }, terms: { sv: [nämnden] } }
    when: { name: { sv: när, en: when }, terms: { sv: [årligen] } }
  ignore: { sv: [uppföljning av ärenden] }
`,
  );

  it("counts mentions next to a cue and not elsewhere", () => {
    expect(stateOf(followUp, plainDocument("# Plan\n\nNämnden redovisar årligen.\n"))).toBe("satisfied");
    expect(stateOf(followUp, plainDocument("# Plan\n\nNämnden bygger årligen två hus.\n"))).toBe("missing");
  });

  it("reaches `window` sentences on either side within the section, no further", () => {
    expect(stateOf(followUp, plainDocument("# Plan\n\nPlanen följs upp. Nämnden gör det årligen.\n"))).toBe("satisfied");
    expect(stateOf(followUp, plainDocument("# Plan\n\nPlanen följs upp. Det är viktigt. Nämnden gör det årligen.\n"))).toBe("missing");
  });

  it("puts a whole section under a context heading in context", () => {
    expect(stateOf(followUp, plainDocument("# Plan\n\n## Uppföljning\n\nNämnden gör det årligen.\n"))).toBe("satisfied");
  });

  it("a negated cue or a cue inside an ignored phrase opens no context", () => {
    expect(stateOf(followUp, plainDocument("# Plan\n\nPlanen följs inte upp. Nämnden gör det årligen.\n"))).toBe("missing");
    expect(stateOf(followUp, plainDocument("# Plan\n\n## Uppföljning av ärenden\n\nNämnden gör det årligen.\n"))).toBe("missing");
  });

  it("a cue in a table's header row puts the whole table in context; without it the table is not", () => {
    const byRows = rule(
      "test/context-rows",
      `  scope: sentence
  tableRows: true
  states: { satisfied: { atLeast: 2 } }
  context:
    terms: { sv: [redovisas] }
  elements:
    who: { name: { sv: vem, en: who }, terms: { sv: [nämnden] } }
    when: { name: { sv: när, en: when }, terms: { sv: [årligen] } }
`,
    );
    expect(stateOf(byRows, asTable(plainDocument("# Plan\n\nRedovisas\n\nNär\n\nNämnden\n\nÅrligen\n"), 1, 2))).toBe("satisfied");
    expect(stateOf(byRows, asTable(plainDocument("# Plan\n\nVem\n\nNär\n\nNämnden\n\nÅrligen\n"), 1, 2))).toBe("missing");
  });
});

describe("elements: tableRows", () => {
  const responsibility = rule(
    "test/rows",
    `  scope: sentence
  tableRows: true
  states: { satisfied: { all: [actor, duty] } }
  elements:
    actor: { name: { sv: vem, en: who }, terms: { sv: [nämnden] } }
    duty: { name: { sv: ansvar, en: duty }, terms: { sv: [ansvarig] } }
`,
  );

  it("reads a body row together with the header row", () => {
    const doc = asTable(plainDocument("# Plan\n\nÅtgärd\n\nAnsvarig\n\nFler bibliotek\n\nKulturnämnden\n"), 1, 2);
    expect(stateOf(responsibility, doc)).toBe("satisfied");
  });

  it("does not join cells of different rows, and is off by default", () => {
    const doc = asTable(plainDocument("# Plan\n\nÅtgärd\n\nStatus\n\nAnsvarig\n\nKlar\n\nFler bibliotek\n\nKulturnämnden\n"), 1, 2);
    expect(stateOf(responsibility, doc)).toBe("partial");
    const plain = rule(
      "test/norows",
      `  scope: sentence
  states: { satisfied: { all: [actor, duty] } }
  elements:
    actor: { name: { sv: vem, en: who }, terms: { sv: [nämnden] } }
    duty: { name: { sv: ansvar, en: duty }, terms: { sv: [ansvarig] } }
`,
    );
    expect(stateOf(plain, asTable(plainDocument("# Plan\n\nÅtgärd\n\nAnsvarig\n\nFler bibliotek\n\nKulturnämnden\n"), 1, 2))).toBe("partial");
  });
});

describe("elements: headingElements, notAfter and satisfiedAlso", () => {
  const accountability = rule(
    "test/acc",
    `  scope: sentence
  states:
    satisfied: { all: [actor, duty] }
    satisfiedAlso:
      - { all: [actor, task] }
    partial: { any: [duty] }
  headingElements:
    duty: { sv: [ansvar] }
  elements:
    actor:
      name: { sv: vem, en: who }
      notAfter: { sv: [för, med] }
      terms: { sv: [nämnden] }
    duty: { name: { sv: ansvar, en: duty }, terms: { sv: [ansvarar] } }
    task: { name: { sv: uppgift, en: task }, terms: { sv: [beslutar] } }
`,
  );

  it("a heading supplies an element to the sentences under it that mention another one", () => {
    const result = lintDocument(plainDocument("# Plan\n\n## Ansvar\n\n- Socialnämnden: beslut om reglerna.\n"), { rules: [accountability] });
    expect(result.coverage.rules["test/acc"].state).toBe("satisfied");
    expect(result.coverage.rules["test/acc"].evidence.map((e) => e.text)).toEqual(["Ansvar", "Socialnämnden"]);
    expect(stateOf(accountability, plainDocument("# Plan\n\n## Mål\n\n- Socialnämnden: beslut om reglerna.\n"))).toBe("missing");
  });

  it("notAfter drops a body named after a recipient preposition, looking past the rest of its name", () => {
    expect(stateOf(accountability, plainDocument("# Plan\n\nKommunen ansvarar och redovisar för kultur- och fritidsnämnden.\n"))).toBe("partial");
    expect(stateOf(accountability, plainDocument("# Plan\n\nFörslaget togs fram med Socialnämnden, som ansvarar.\n"))).toBe("partial");
    expect(stateOf(accountability, plainDocument("# Plan\n\nKultur- och fritidsnämnden ansvarar.\n"))).toBe("satisfied");
  });

  it("satisfiedAlso: another combination satisfies, and the messages still follow `satisfied`", () => {
    expect(stateOf(accountability, plainDocument("# Plan\n\nSocialnämnden beslutar om bidrag.\n"))).toBe("satisfied");
    const [d] = lintDocument(plainDocument("# Plan\n\nKommunen ansvarar.\n"), { rules: [accountability] }).diagnostics;
    expect(d.missingElements).toEqual(["actor"]);
  });

  it("rejects headingElements or satisfiedAlso that name an undefined element", () => {
    expect(() =>
      rule(
        "test/bad",
        `  states:
    satisfied: { all: [a] }
    satisfiedAlso: [{ all: [b] }]
  elements:
    a: { name: { sv: a, en: a }, terms: { sv: [x] } }
`,
      ),
    ).toThrow(/names element "b"/);
    expect(() =>
      rule(
        "test/bad2",
        `  states: { satisfied: { all: [a] } }
  headingElements: { b: { sv: [ansvar] } }
  elements:
    a: { name: { sv: a, en: a }, terms: { sv: [x] } }
`,
      ),
    ).toThrow(/names element "b"/);
  });
});
