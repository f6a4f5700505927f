/**
 * Inline disable comments: `<!-- mrlint-disable [rules] -->` up to
 * `<!-- mrlint-enable [rules] -->` (or the end of the file),
 * `<!-- mrlint-disable-line [rules] -->` for the comment's own line and
 * `<!-- mrlint-disable-next-line [rules] -->` for the next non-blank line.
 * No rules listed means all rules. Words that are not rule ids (pack/rule)
 * are ignored, as is everything after "--" (a reason for the reader).
 */
import type { Suppression } from "@mrlint/core";

export type DirectiveKind = "disable" | "enable" | "disable-line" | "disable-next-line";

export interface Directive {
  kind: DirectiveKind;
  rules: string[];
  /** Source range of the whole comment. */
  start: number;
  end: number;
}

/** The body is bounded so that an unterminated comment costs a bounded scan, not the rest of the file. */
const COMMENT = /<!--\s*mrlint-(disable-next-line|disable-line|disable|enable)(?=\s|-->)([\s\S]{0,1000}?)-->/g;
const RULE_ID = /^[A-Za-z0-9@][\w.@-]*\/[\w.-]+$/;

/** Find the directives in `text`, which starts at source offset `offset`. */
export function findDirectives(text: string, offset = 0): Directive[] {
  const out: Directive[] = [];
  if (!text.includes("mrlint-")) return out;
  COMMENT.lastIndex = 0;
  for (let m = COMMENT.exec(text); m; m = COMMENT.exec(text)) {
    const body = m[2].split(/\s--\s|\s--$/)[0];
    const words = body.split(/[\s,]+/).filter((w) => w.length > 0);
    const rules = words.filter((w) => RULE_ID.test(w));
    // Only unknown words: not meant for us, or mistyped; switching everything off would be a surprise.
    if (words.length > 0 && rules.length === 0) continue;
    out.push({ kind: m[1] as DirectiveKind, rules, start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return out;
}

function lineStartAt(source: string, offset: number): number {
  let i = offset;
  while (i > 0 && source[i - 1] !== "\n" && source[i - 1] !== "\r") i--;
  return i;
}

function lineEndAt(source: string, offset: number): number {
  let i = offset;
  while (i < source.length && source[i] !== "\n" && source[i] !== "\r") i++;
  return i;
}

function nextLineStart(source: string, lineEnd: number): number {
  if (source[lineEnd] === "\r" && source[lineEnd + 1] === "\n") return lineEnd + 2;
  return lineEnd + 1;
}

/** Turn directives (in any order) into source ranges. */
export function toSuppressions(directives: readonly Directive[], source: string): Suppression[] {
  const sorted = directives.slice().sort((a, b) => a.start - b.start);
  const out: Suppression[] = [];
  let allSince: number | null = null;
  const ruleSince = new Map<string, number>();
  for (const d of sorted) {
    switch (d.kind) {
      case "disable":
        if (d.rules.length === 0) allSince ??= d.start;
        else for (const r of d.rules) if (!ruleSince.has(r)) ruleSince.set(r, d.start);
        break;
      case "enable":
        if (d.rules.length === 0) {
          if (allSince !== null) out.push({ rules: [], start: allSince, end: d.start });
          for (const [r, since] of ruleSince) out.push({ rules: [r], start: since, end: d.start });
          allSince = null;
          ruleSince.clear();
        } else {
          // Enabling one rule inside a disable-all region cannot be expressed; the region stays.
          for (const r of d.rules) {
            const since = ruleSince.get(r);
            if (since === undefined) continue;
            out.push({ rules: [r], start: since, end: d.start });
            ruleSince.delete(r);
          }
        }
        break;
      case "disable-line":
        out.push({ rules: d.rules, start: lineStartAt(source, d.start), end: lineEndAt(source, d.end) });
        break;
      case "disable-next-line": {
        let start = nextLineStart(source, lineEndAt(source, d.end));
        while (start < source.length) {
          const end = lineEndAt(source, start);
          if (source.slice(start, end).trim().length > 0) {
            out.push({ rules: d.rules, start, end });
            break;
          }
          start = nextLineStart(source, end);
        }
        break;
      }
    }
  }
  if (allSince !== null) out.push({ rules: [], start: allSince, end: source.length });
  for (const [r, since] of ruleSince) out.push({ rules: [r], start: since, end: source.length });
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
