import type { PolicyDocument } from "@mrlint/core";

export interface MapCheckOptions {
  /**
   * Allow a letter to map to "&": a character reference ("&auml;") maps to
   * the start of its source. Off for text that has no references.
   */
  allowReferences?: boolean;
}

/**
 * Problems with the offset maps of a document's blocks (empty when all is
 * well): every map has text.length + 1 entries, never decreases, stays
 * inside the source, and every letter of the block text maps to the same
 * letter in the source. Used by tests of every parser.
 */
export function checkDocumentMaps(doc: PolicyDocument, options: MapCheckOptions = {}): string[] {
  const problems: string[] = [];
  const { source } = doc;
  for (const block of doc.blocks) {
    const { text, map } = block;
    const where = `block ${block.index} (${JSON.stringify(text.slice(0, 40))})`;
    if (map.length !== text.length + 1) {
      problems.push(`${where}: map has ${map.length} entries for ${text.length} characters`);
      continue;
    }
    for (let i = 0; i <= text.length; i++) {
      const at = map[i];
      const limit = i < text.length ? source.length - 1 : source.length;
      if (at < 0 || at > limit) problems.push(`${where}: map[${i}] = ${at} is outside the source`);
      if (i > 0 && at < map[i - 1]) problems.push(`${where}: map[${i}] = ${at} < map[${i - 1}] = ${map[i - 1]}`);
      if (i < text.length && /\p{L}/u.test(text[i]) && source[at] !== text[i]) {
        if (!(options.allowReferences && source[at] === "&"))
          problems.push(`${where}: text[${i}] = ${JSON.stringify(text[i])} but source[${at}] = ${JSON.stringify(source[at])}`);
      }
      if (problems.length > 20) return problems;
    }
  }
  return problems;
}
