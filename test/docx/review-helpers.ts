/** Hand-made findings and readers of a reviewed .docx, for the review tests. */
import JSZip from "jszip";
import { lineStarts, rangeAt, type Coverage, type Diagnostic, type PolicyDocument, type RuleCoverage, type RuleState } from "../../packages/core/dist/index.js";
import { scanBody } from "../../packages/docx/src/index.js";

/** A span diagnostic on the first occurrence of `text` in the document's source (after `after`, if given). */
export function spanDiagnostic(doc: PolicyDocument, ruleId: string, text: string, message: string, after = 0): Diagnostic {
  const start = doc.source.indexOf(text, after);
  if (start < 0) throw new Error(`${JSON.stringify(text)} not in source`);
  return {
    ruleId,
    level: "warning",
    message,
    messageId: "test",
    range: rangeAt(lineStarts(doc.source), start, start + text.length),
    text,
    fixes: [],
    url: `https://example.org/rules/${ruleId}`,
  };
}

/** A document-rule diagnostic anchored on the block whose text is `blockText`. */
export function documentDiagnostic(doc: PolicyDocument, ruleId: string, blockText: string, state: RuleState, message: string): Diagnostic {
  const b = doc.blocks.find((x) => x.text === blockText);
  if (!b) throw new Error(`no block ${blockText}`);
  return {
    ruleId,
    level: "warning",
    message,
    messageId: state,
    range: rangeAt(lineStarts(doc.source), b.map[0], b.map[b.text.length]),
    text: b.text,
    fixes: [],
    url: "rules/mr/docs",
    state,
    evidence: [],
    missingElements: ["who", "when"],
  };
}

export function coverageOf(states: Record<string, RuleState>, reasons: Record<string, string> = {}): Coverage {
  const rules: Record<string, RuleCoverage> = {};
  for (const [ruleId, state] of Object.entries(states)) rules[ruleId] = { ruleId, state, evidence: [], reason: reasons[ruleId] };
  const values = Object.values(rules);
  return {
    rules,
    lix: 41.6,
    satisfied: values.filter((r) => r.state === "satisfied").length,
    applicable: values.filter((r) => r.state !== "not-applicable").length,
  };
}

export interface ReviewedComment {
  id: string;
  author: string;
  initials: string;
  text: string;
  raw: string;
  /** Text under the comment's anchor, paragraphs joined with "\n". */
  anchored: string;
}

/** Comments of a reviewed file with the text their anchors cover (read back with the body scanner). */
export async function reviewedComments(bytes: Uint8Array): Promise<{ comments: ReviewedComment[]; documentXml: string; commentsXml: string; zip: JSZip }> {
  const zip = await JSZip.loadAsync(bytes);
  const documentXml = await zip.file("word/document.xml")!.async("string");
  const commentsXml = (await zip.file("word/comments.xml")?.async("string")) ?? "";
  const scan = scanBody(documentXml);
  const marks = new Map<string, { start?: { p: number; o: number }; end?: { p: number; o: number } }>();
  for (const m of scan.comments) {
    const e = marks.get(m.id) ?? {};
    if (m.kind === "start") e.start = { p: m.paragraph, o: m.offset };
    if (m.kind === "end") e.end = { p: m.paragraph, o: m.offset };
    marks.set(m.id, e);
  }
  const comments: ReviewedComment[] = [];
  for (const m of commentsXml.matchAll(/<w:comment\b([^>]*)>([\s\S]*?)<\/w:comment>/g)) {
    const attr = (n: string) => new RegExp(`${n}="([^"]*)"`).exec(m[1])?.[1] ?? "";
    const id = attr("w:id");
    const text = [...m[2].matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)]
      .map((p) => [...p[1].matchAll(/<w:t\b[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(""))
      .join("\n")
      .replace(/&amp;/g, "&")
      .replace(/&lt;/g, "<")
      .replace(/&gt;/g, ">");
    const mk = marks.get(id);
    let anchored = "";
    if (mk?.start && mk.end) {
      const parts: string[] = [];
      for (let p = mk.start.p; p <= mk.end.p; p++) {
        const t = scan.paragraphs[p].text;
        parts.push(t.slice(p === mk.start.p ? mk.start.o : 0, p === mk.end.p ? mk.end.o : t.length));
      }
      anchored = parts.join("\n");
    }
    comments.push({ id, author: attr("w:author"), initials: attr("w:initials"), text, raw: m[0], anchored });
  }
  return { comments, documentXml, commentsXml, zip };
}
