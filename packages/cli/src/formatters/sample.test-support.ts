/** Hand-built reports and rule metadata for formatter tests (no parser or engine involved). */
import type { Coverage, Level, RuleCoverage, RuleMeta, RuleState } from "@mrlint/core";
import type { FileReport, ReportMessage } from "../lint/file-report.js";
import type { FormatContext } from "./types.js";

export const CWD = "/repo";

const pos = (line: number, column: number, offset: number) => ({ line, column, offset });

export function message(
  ruleId: string,
  level: Level,
  text: string,
  at: [line: number, column: number, offset: number, endColumn: number],
  extra: Partial<ReportMessage> = {},
): ReportMessage {
  const [line, column, offset, endColumn] = at;
  return {
    ruleId,
    level,
    message: text,
    messageId: extra.state ?? "term",
    range: { start: pos(line, column, offset), end: pos(line, endColumn, offset + endColumn - column) },
    text: extra.text ?? "x",
    fixes: [],
    url: `https://example.org/${ruleId}`,
    ...extra,
  };
}

export const DOC_RULES = [
  "mr/knowledge",
  "mr/integration",
  "mr/involvement",
  "mr/dilemmas",
  "mr/follow-up",
  "mr/contracts",
  "mr/non-discrimination",
  "mr/accountability",
  "mr/child-rights",
];

export function coverage(states: Partial<Record<string, RuleState>>, lix: number | null = 42.6): Coverage {
  const rules: Record<string, RuleCoverage> = {};
  for (const id of DOC_RULES) rules[id] = { ruleId: id, state: states[id] ?? "satisfied", evidence: [] };
  const all = Object.values(rules);
  return {
    rules,
    lix,
    satisfied: all.filter((r) => r.state === "satisfied").length,
    applicable: all.filter((r) => r.state !== "not-applicable").length,
  };
}

/** docs/plan.md with four findings, docs/ren.md clean, docs/trasig.docx unreadable. */
export function sampleReports(): FileReport[] {
  const plan: FileReport = {
    filePath: `${CWD}/docs/plan.md`,
    format: "markdown",
    language: "sv",
    notes: [],
    messages: [
      message("mr/involvement", "warning", "Involvering: texten säger inte vilka som involveras.", [0, 2, 2, 20], {
        state: "missing",
        messageId: "missing",
        text: "Plan för 100% delaktighet",
        evidence: [],
      }),
      message("mr/inclusive-language", "warning", "”handikappade” är förlegat: 50%, a,b\nny rad", [4, 10, 80, 22], {
        text: "handikappade",
        fix: { range: [80, 92], text: "personer med funktionsnedsättning" },
        suggestions: [{ desc: "person med funktionsnedsättning", fix: { range: [80, 92], text: "person med funktionsnedsättning" } }],
      }),
      message("mr/vague-commitment", "info", 'Vagt åtagande: "i möjligaste mån" <ska> & | pipe', [6, 0, 120, 16], { text: "i möjligaste mån" }),
      message("mr/readability", "hint", "Stycket är svårläst (LIX 68).", [9, 0, 200, 40], { text: "Stycket" }),
    ],
    coverage: coverage({ "mr/involvement": "missing", "mr/contracts": "not-applicable", "mr/dilemmas": "partial" }),
  };
  const clean: FileReport = {
    filePath: `${CWD}/docs/ren.md`,
    format: "markdown",
    language: "sv",
    notes: [],
    messages: [],
    coverage: coverage({}),
  };
  const broken: FileReport = {
    filePath: `${CWD}/docs/trasig.docx`,
    format: "docx",
    error: { code: "docx-not-zip", message: "docs/trasig.docx: not a Word document (not a zip file)" },
    messages: [],
    notes: [],
  };
  return [plan, clean, broken];
}

function meta(id: string, type: "document" | "span", level: Level, title: string): RuleMeta {
  return {
    id,
    type,
    level,
    title: { sv: title, en: title },
    description: { sv: `${title}: beskrivning.`, en: `${title}: description.` },
    url: `https://example.org/${id}`,
    messages: {},
  };
}

export function sampleRules(): Map<string, RuleMeta> {
  const metas = [
    ...DOC_RULES.map((id) => meta(id, "document", "warning", id.slice(3))),
    meta("mr/inclusive-language", "span", "warning", "Inkluderande språk"),
    meta("mr/vague-commitment", "span", "info", "Vaga åtaganden"),
    meta("mr/readability", "span", "hint", "Läsbarhet"),
  ];
  metas[2] = { ...metas[2], title: { sv: "Involvering", en: "Involvement" } };
  return new Map(metas.map((m) => [m.id, m]));
}

export function context(overrides: Partial<FormatContext> = {}): FormatContext {
  return { cwd: CWD, locale: "en", color: false, rules: sampleRules(), version: "1.2.3", maxWarnings: -1, ...overrides };
}
