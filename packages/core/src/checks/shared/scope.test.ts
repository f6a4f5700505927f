import { describe, expect, it } from "vitest";
import { analyse } from "../../analysis/analyse.js";
import { testDocument, type TestBlock } from "../../analysis/test-document.js";
import { coOccurrenceUnits, forEachUnitWithMention, type Scope } from "./scope.js";

/** A document with sections, paragraphs of one to three sentences and a table. */
function document() {
  const items: Array<string | TestBlock> = [];
  for (let section = 0; section < 4; section++) {
    items.push(`## Avsnitt ${section}`);
    for (let p = 0; p < 3; p++) items.push(Array.from({ length: 1 + ((section + p) % 3) }, (_, s) => `Mening ${section} ${p} ${s} här.`).join(" "));
    if (section === 2) {
      for (let row = 0; row < 2; row++) {
        for (let cell = 0; cell < 2; cell++) items.push({ kind: "table-cell", text: `Cell ${row} ${cell}.`, table: { table: 0, row, column: cell, header: row === 0 } });
      }
    }
  }
  return testDocument(items, "sv");
}

describe("forEachUnitWithMention", () => {
  const doc = document();
  const sentences = analyse(doc).sentences;

  it("visits the units of coOccurrenceUnits that hold a position, in the same order", () => {
    expect(sentences.length).toBeGreaterThan(20);
    const scopes: Scope[] = ["sentence", "paragraph", "section", "document", { window: 1 }, { window: 2 }, { window: 3 }, { window: 5 }];
    let seed = 3;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let round = 0; round < 60; round++) {
      const positions = [...new Set(Array.from({ length: next(8) }, () => next(sentences.length)))].sort((a, b) => a - b);
      for (const scope of scopes) {
        const visited: number[][] = [];
        forEachUnitWithMention(sentences, doc, scope, positions, (unit, size) => visited.push(unit.slice(0, size)));
        const holds = (unit: readonly number[]) => unit.some((p) => positions.includes(p));
        expect(visited.filter(holds)).toEqual(coOccurrenceUnits(sentences, doc, scope).filter(holds));
      }
    }
  });
});
