/** GitLab Code Quality report (a Code Climate JSON array), shown in merge-request widgets. */
import type { Level } from "@mrlint/core";
import { displayPath } from "@mrlint/node/config";
import { createHash } from "node:crypto";
import type { FileReport } from "../lint/file-report.js";
import { batchFormatter } from "./batch.js";
import { fingerprints } from "./fingerprint.js";
import { indentedJson } from "./indented-json.js";
import { oneBased } from "./positions.js";
import type { FormatSpec } from "./types.js";

const SEVERITY: Record<Level, "info" | "minor" | "major" | "critical" | "blocker"> = {
  error: "major",
  warning: "minor",
  info: "info",
  hint: "info",
};

function fileIssues(report: FileReport, cwd: string): unknown[] {
  const relPath = displayPath(report.filePath, cwd);
  if (report.error) {
    return [
      {
        type: "issue",
        description: report.error.message,
        check_name: `mrlint/${report.error.code}`,
        fingerprint: createHash("sha256").update(`${relPath}\0${report.error.code}`).digest("hex").slice(0, 32),
        severity: "critical",
        location: { path: relPath, lines: { begin: 1 } },
      },
    ];
  }
  const prints = fingerprints(relPath, report);
  return report.messages.map((m) => {
    const p = oneBased(m.range);
    return {
      type: "issue",
      description: `${m.message} (${m.ruleId})`,
      check_name: m.ruleId,
      fingerprint: prints.get(m),
      severity: SEVERITY[m.level],
      location: { path: relPath, lines: { begin: p.line, end: p.endLine } },
    };
  });
}

/** Piece: the file's issues as `JSON.stringify(issues, null, 2)` writes array elements, joined with ",\n"; "" for none. */
export const gitlabFormat: FormatSpec<string> = {
  needsRules: false,
  piece: (report, ctx) => fileIssues(report, ctx.cwd).map((issue) => indentedJson(issue, 1)).join(",\n"),
  writer(_ctx, write) {
    let started = false;
    return {
      add(piece) {
        if (!piece) return;
        write(started ? `,\n${piece}` : `[\n${piece}`);
        started = true;
      },
      end() {
        write(started ? "\n]\n" : "[]\n");
      },
    };
  },
};

export const gitlab = batchFormatter(gitlabFormat);
