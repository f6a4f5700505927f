/**
 * Test helpers (not exported from the package): parse a text by each path
 * and put the results in a form that compares exactly.
 */
import type { Root } from "mdast";
import type { PolicyDocument } from "@mrlint/core";
import { featureMask, parseWithMask, withParserPath } from "../markdown-processor.js";
import { parseMarkdown } from "../parse-markdown.js";
import { stripBom } from "../source.js";
import { fastMdast } from "./fast-parse.js";
import type { GiveUpReason } from "./give-up.js";

/** A tree as plain data (fields set to undefined dropped, as JSON has them). */
export function plainTree(tree: Root): unknown {
  return JSON.parse(JSON.stringify(tree));
}

/** A document as JSON text, offset maps included. */
export function documentJson(doc: PolicyDocument): string {
  return JSON.stringify(doc, (_key, value: unknown) => (value instanceof Int32Array ? Array.from(value) : value));
}

export interface BothPaths {
  /** The fast scanner's tree, or null when it gave up. */
  fast: Root | null;
  reason: GiveUpReason | null;
  /** micromark's tree of the same text. */
  reference: Root;
  /** parseMarkdown's document with the fast path allowed, and with micromark only. */
  document: string;
  referenceDocument: string;
}

export function parseBothWays(text: string): BothPaths {
  const source = stripBom(text);
  const mask = featureMask(source);
  const fast = fastMdast(source, mask);
  return {
    fast: fast.tree,
    reason: fast.tree ? null : fast.reason,
    reference: withParserPath("micromark", () => parseWithMask(source, mask)),
    document: documentJson(parseMarkdown(text)),
    referenceDocument: documentJson(withParserPath("micromark", () => parseMarkdown(text))),
  };
}
