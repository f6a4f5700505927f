/**
 * ESLint-compatible JSON (an array, one object per file) plus mrlint's
 * `coverage` and `lix`. Severity: error = 2; warning, info and hint = 1
 * (ESLint has only two; `level` keeps the exact one). A file that could not
 * be linted has one message with `fatal: true`, severity 2 and ruleId null.
 */
import type { Evidence, Level } from "@mrlint/core";
import type { FileReport, ReportMessage } from "../lint/file-report.js";
import { batchFormatter } from "./batch.js";
import { oneBased } from "./positions.js";
import type { FormatSpec } from "./types.js";

export function severityOf(level: Level): 1 | 2 {
  return level === "error" ? 2 : 1;
}

function evidenceJson(e: Evidence) {
  return { ...oneBased(e.range), text: e.text, ...(e.element ? { element: e.element } : {}) };
}

export function messageJson(m: ReportMessage) {
  return {
    ruleId: m.ruleId,
    severity: severityOf(m.level),
    message: m.message,
    ...oneBased(m.range),
    level: m.level,
    messageId: m.messageId,
    ...(m.fix ? { fix: m.fix } : {}),
    ...(m.suggestions ? { suggestions: m.suggestions } : {}),
    ...(m.state ? { state: m.state } : {}),
    ...(m.evidence ? { evidence: m.evidence.map(evidenceJson) } : {}),
    ...(m.missingElements?.length ? { missingElements: m.missingElements } : {}),
    url: m.url,
  };
}

export function fileJson(report: FileReport) {
  if (report.error) {
    return {
      filePath: report.filePath,
      messages: [
        {
          ruleId: null,
          fatal: true,
          severity: 2,
          message: report.error.message,
          line: 1,
          column: 1,
          level: "error",
          code: report.error.code,
        },
      ],
      suppressedMessages: [],
      errorCount: 1,
      fatalErrorCount: 1,
      warningCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      usedDeprecatedRules: [],
      coverage: {},
      lix: null,
    };
  }
  let errorCount = 0;
  let warningCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  for (const m of report.messages) {
    if (m.level === "error") {
      errorCount++;
      if (m.fix) fixableErrorCount++;
    } else {
      warningCount++;
      if (m.fix) fixableWarningCount++;
    }
  }
  const coverage: Record<string, unknown> = {};
  for (const [id, rule] of Object.entries(report.coverage?.rules ?? {})) {
    coverage[id] = {
      status: rule.state,
      evidence: rule.evidence.map(evidenceJson),
      ...(rule.elements ? { elements: rule.elements } : {}),
      ...(rule.reason ? { reason: rule.reason } : {}),
    };
  }
  return {
    filePath: report.filePath,
    messages: report.messages.map(messageJson),
    suppressedMessages: [],
    errorCount,
    fatalErrorCount: 0,
    warningCount,
    fixableErrorCount,
    fixableWarningCount,
    usedDeprecatedRules: [],
    coverage,
    lix: report.coverage?.lix ?? null,
    ...(report.language ? { language: report.language } : {}),
    ...(report.format ? { format: report.format } : {}),
    ...(report.notes.length ? { notes: report.notes } : {}),
  };
}

/** Piece: the file's JSON text. The array around the pieces is the one JSON.stringify writes (no spaces). */
export const jsonFormat: FormatSpec<string> = {
  needsRules: false,
  piece: (report) => JSON.stringify(fileJson(report)),
  writer(_context, write) {
    let first = true;
    return {
      add(piece) {
        write(first ? `[${piece}` : `,${piece}`);
        first = false;
      },
      end() {
        write(first ? "[]\n" : "]\n");
      },
    };
  },
};

export const json = batchFormatter(jsonFormat);
