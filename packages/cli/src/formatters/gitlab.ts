/** GitLab Code Quality report (a Code Climate JSON array), shown in merge-request widgets. */
import type { Level } from "@mrlint/core";
import { displayPath } from "@mrlint/node";
import { createHash } from "node:crypto";
import { fingerprints } from "./fingerprint.js";
import { oneBased } from "./positions.js";
import type { Formatter } from "./types.js";

const SEVERITY: Record<Level, "info" | "minor" | "major" | "critical" | "blocker"> = {
  error: "major",
  warning: "minor",
  info: "info",
  hint: "info",
};

export const gitlab: Formatter = (reports, ctx) => {
  const issues: unknown[] = [];
  for (const report of reports) {
    const relPath = displayPath(report.filePath, ctx.cwd);
    if (report.error) {
      issues.push({
        type: "issue",
        description: report.error.message,
        check_name: `mrlint/${report.error.code}`,
        fingerprint: createHash("sha256").update(`${relPath}\0${report.error.code}`).digest("hex").slice(0, 32),
        severity: "critical",
        location: { path: relPath, lines: { begin: 1 } },
      });
      continue;
    }
    const prints = fingerprints(relPath, report);
    for (const m of report.messages) {
      const p = oneBased(m.range);
      issues.push({
        type: "issue",
        description: `${m.message} (${m.ruleId})`,
        check_name: m.ruleId,
        fingerprint: prints.get(m),
        severity: SEVERITY[m.level],
        location: { path: relPath, lines: { begin: p.line, end: p.endLine } },
      });
    }
  }
  return `${JSON.stringify(issues, null, 2)}\n`;
};
