/**
 * The words of the review comments, in Swedish or English: one comment per
 * diagnostic (message, what is missing or what to write instead, rule id)
 * and the coverage summary on the title. Every mrlint comment ends with a
 * marker paragraph "[mrlint] …" by which a later review recognises (and
 * replaces) it.
 */
import type { Coverage, Diagnostic, Level, Locale, RuleState } from "@mrlint/core";

export const MARKER = "[mrlint]";

const STATE: Record<RuleState, Record<Locale, string>> = {
  satisfied: { sv: "uppfyllt", en: "met" },
  partial: { sv: "delvis uppfyllt", en: "partly met" },
  missing: { sv: "saknas", en: "missing" },
  "not-applicable": { sv: "ej tillämpligt", en: "not applicable" },
};

const LEVEL: Record<Level, Record<Locale, string>> = {
  error: { sv: "fel", en: "error" },
  warning: { sv: "varning", en: "warning" },
  info: { sv: "information", en: "info" },
  hint: { sv: "tips", en: "hint" },
};

const T = {
  summaryHead: {
    sv: (s: number, a: number) => `MR-granskning: ${s} av ${a} ${a === 1 ? "kriterium uppfyllt" : "kriterier uppfyllda"}.`,
    en: (s: number, a: number) => `MR review: ${s} of ${a} ${a === 1 ? "criterion" : "criteria"} met.`,
  },
  counts: {
    sv: (p: number, m: number, n: number) => `Delvis: ${p}, saknas: ${m}, ej tillämpliga: ${n}.`,
    en: (p: number, m: number, n: number) => `Partly met: ${p}, missing: ${m}, not applicable: ${n}.`,
  },
  findings: {
    sv: (n: number) => (n === 1 ? "1 anmärkning i texten finns som kommentar vid respektive ställe." : `${n} anmärkningar i texten finns som kommentarer vid respektive ställe.`),
    en: (n: number) => (n === 1 ? "1 finding in the text is commented where it occurs." : `${n} findings in the text are commented where they occur.`),
  },
  lix: { sv: (x: number) => `Läsbarhet (LIX): ${x}.`, en: (x: number) => `Readability (LIX): ${x}.` },
  summaryMarker: { sv: `${MARKER} sammanfattning`, en: `${MARKER} summary` },
  missing: { sv: "Saknas: ", en: "Missing: " },
  suggestion: { sv: "Förslag: ", en: "Suggestion: " },
  instead: { sv: (t: string) => `skriv ”${t}”`, en: (t: string) => `write “${t}”` },
  why: { sv: "Varför: ", en: "Why: " },
  add: { sv: "Lägg till, till exempel:", en: "Add, for example:" },
  rule: { sv: "Regel", en: "Rule" },
} as const;

/** Paragraphs of the summary comment. */
export function summaryParagraphs(coverage: Coverage, findingCount: number, notes: readonly string[], locale: Locale): string[] {
  const rules = Object.values(coverage.rules).sort((a, b) => (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
  const count = (s: RuleState) => rules.filter((r) => r.state === s).length;
  const out = [T.summaryHead[locale](coverage.satisfied, coverage.applicable)];
  if (rules.length > 0) out.push(T.counts[locale](count("partial"), count("missing"), count("not-applicable")));
  for (const r of rules) {
    const reason = r.reason && r.state !== "satisfied" ? ` – ${r.reason}` : "";
    out.push(`• ${r.ruleId}: ${STATE[r.state][locale]}${reason}`);
  }
  if (findingCount > 0) out.push(T.findings[locale](findingCount));
  if (coverage.lix !== null && Number.isFinite(coverage.lix)) out.push(T.lix[locale](Math.round(coverage.lix)));
  for (const n of notes) out.push(n);
  out.push(T.summaryMarker[locale]);
  return out;
}

/** What the rule pack says about a rule, in the comment's language (from the rule's metadata). */
export interface RuleInfo {
  /** Why the rule matters; the comment quotes its first sentence. */
  rationale?: string;
  /** Text to add when a document rule is not met (Markdown-ish; headings marks are dropped). */
  skeleton?: string;
  /** Display names of element ids (WHO, HOW …). */
  elements?: Record<string, string>;
}

/** Paragraphs of the comment for one diagnostic. */
export function diagnosticParagraphs(d: Diagnostic, coverage: Coverage | undefined, info: RuleInfo | undefined, locale: Locale): string[] {
  const out = d.message.split(/\r?\n/).filter((l) => l.trim() !== "");
  if (out.length === 0) out.push(d.ruleId);
  const reason = coverage?.rules[d.ruleId]?.reason;
  if (reason && !d.message.includes(reason)) out.push(reason);
  if (d.missingElements && d.missingElements.length > 0 && info?.elements) {
    const names = d.missingElements.map((e) => info.elements?.[e]);
    if (names.every((n): n is string => !!n) && !names.every((n) => d.message.includes(n))) out.push(T.missing[locale] + names.join(", "));
  }
  const why = info?.rationale ? firstSentence(info.rationale) : "";
  if (why) out.push(T.why[locale] + why);
  if (d.state !== undefined && d.state !== "satisfied" && d.state !== "not-applicable" && info?.skeleton) {
    const lines = info.skeleton.split(/\r?\n/).map((l) => l.replace(/^#+\s*/, "").trim()).filter((l) => l !== "");
    if (lines.length > 0) out.push(T.add[locale], ...lines);
  }
  const replacements = [...new Set(d.fixes.flatMap((f) => f.edits.map((e) => e.newText)).filter((t) => t.trim() !== ""))];
  if (replacements.length > 0 && !replacements.every((r) => d.message.includes(r))) {
    out.push(T.suggestion[locale] + replacements.slice(0, 3).map((r) => T.instead[locale](r)).join(" / "));
  }
  const url = /^https?:\/\//.test(d.url) ? ` ${d.url}` : "";
  out.push(`${MARKER} ${T.rule[locale]} ${d.ruleId} (${LEVEL[d.level]?.[locale] ?? d.level})${url}`);
  return out;
}

const firstSentences = new Map<string, string>();

/** The first sentence of a text (a full stop followed by a capital letter ends it). Rationales are few: cached. */
function firstSentence(text: string): string {
  let out = firstSentences.get(text);
  if (out === undefined) {
    const t = text.trim().replace(/\s+/g, " ");
    const m = /^(.+?[.!?])\s+(?=[A-ZÅÄÖ“”"(])/.exec(t);
    out = m ? m[1] : t;
    if (firstSentences.size < 1000) firstSentences.set(text, out);
  }
  return out;
}

/** Does this existing comment come from an earlier mrlint review by `author`? */
export function isMrlintComment(author: string, paragraphs: readonly string[], reviewAuthor: string): boolean {
  return author === reviewAuthor && paragraphs.some((p) => p.trimStart().startsWith(MARKER));
}
