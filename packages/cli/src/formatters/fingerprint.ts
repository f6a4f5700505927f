import { createHash } from "node:crypto";
import type { FileReport, ReportMessage } from "../lint/file-report.js";

/**
 * Stable fingerprints for code-scanning dashboards: path + rule + flagged
 * text + occurrence number of that triple in the file. Line numbers are left
 * out on purpose, so a finding keeps its identity when text above it moves.
 */
export function fingerprints(relPath: string, report: FileReport): Map<ReportMessage, string> {
  const seen = new Map<string, number>();
  const out = new Map<ReportMessage, string>();
  for (const m of report.messages) {
    const base = `${relPath}\0${m.ruleId}\0${m.state ?? ""}\0${m.text.trim().toLowerCase()}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.set(m, createHash("sha256").update(`${base}\0${n}`).digest("hex").slice(0, 32));
  }
  return out;
}
