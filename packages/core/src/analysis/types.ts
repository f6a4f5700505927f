import type { PolicyDocument } from "../model/document.js";
import type { Range } from "../model/positions.js";

export type TokenKind = "word" | "number" | "punct" | "symbol";

export interface Token {
  /** As written in the block text. */
  text: string;
  /** Lower case, NFC. */
  lower: string;
  /**
   * Matching key: lower case with diacritics and common OCR confusions folded
   * ("Uppföljning", "uppfoljning" and "uppf6ljning" all give "uppfoljning").
   */
  fold: string;
  /** Offsets in the block text. */
  start: number;
  end: number;
  kind: TokenKind;
}

export interface SentenceMarks {
  /** Token indexes of negation cues that really negate (traps such as "icke-diskriminering" and "inte bara … utan även" excluded). */
  negations: number[];
  /** Postponed or hypothetical without content ("kan komma att", "may consider", "i ett senare skede"). */
  postponed: boolean;
  /** Placeholder text ("Beskrivs senare.", "TBD"). */
  placeholder: boolean;
  /** Token indexes of obligation modals (ska, skall, bör, måste; shall, must, should, will, is to). */
  modals: number[];
  /** Block-text ranges [start, end) inside quotation marks. */
  quotes: Array<[number, number]>;
}

export interface Sentence {
  index: number;
  block: number;
  /** Offsets in the block text. */
  start: number;
  end: number;
  text: string;
  tokens: Token[];
  marks: SentenceMarks;
  /**
   * True when the document keeps its å/ä/ö (set by `analyse`): a word written
   * with a/o then does not match a term with å/ä/ö ("stod" is not "stöd",
   * "rad" is not "råd"). False or absent: text that lost its diacritics or
   * went through OCR, where "uppfoljning" matches "uppföljning".
   */
  strictDiacritics?: boolean;
}

export interface Analysis {
  document: PolicyDocument;
  sentences: Sentence[];
  /** Sentence indexes per block index. */
  blockSentences: number[][];
  /** Source range of block-text offsets [start, end) in a block. */
  sourceRange(block: number, start: number, end: number): Range;
}
