/**
 * "Not after": drop a mention that follows one of a few words, such as a
 * body named as the recipient or the consulted party rather than the actor
 * ("redovisar för kultur- och fritidsnämnden", "i samråd med socialnämnden",
 * "presented to the Children and Young People Scrutiny Committee"), or one
 * named with a distributive determiner ("varje förvaltning", "Each
 * directorate"). The check walks back over the rest of the name first:
 * capitalised words, articles, "och"/"and"/"of" and suspended compound
 * parts ("kultur-").
 */
import type { LexiconMatch } from "../../analysis/lexicon.js";
import type { Sentence } from "../../analysis/types.js";

const NAME_GLUE = new Set(["the", "a", "an", "of", "and", "och", "&", "samt"]);

function capitalised(text: string): boolean {
  const first = text.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** Is the name that ends with the match preceded by one of `words` (fold keys)? */
export function followsOneOf(sentence: Sentence, match: Pick<LexiconMatch, "tokenStart">, words: ReadonlySet<string>): boolean {
  const tokens = sentence.tokens;
  for (let i = match.tokenStart - 1; i >= 0; i--) {
    const token = tokens[i];
    if (token.kind === "punct") {
      if (token.text === "-" || token.text === "\u2010") continue;
      return false;
    }
    if (words.has(token.fold)) return true;
    if (token.kind !== "word") return false;
    if (NAME_GLUE.has(token.fold) || token.text.endsWith("-") || capitalised(token.text)) continue;
    return false;
  }
  return false;
}
