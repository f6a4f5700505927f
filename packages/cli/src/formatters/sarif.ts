/**
 * SARIF 2.1.0 for code-scanning services (GitHub, Azure DevOps). Rules carry
 * their descriptions and help URIs; results carry stable partial
 * fingerprints; files that could not be linted become tool-execution
 * notifications and mark the invocation unsuccessful.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Level, RuleMeta } from "@mrlint/core";
import { displayPath } from "@mrlint/node";
import type { FileReport } from "../lint/file-report.js";
import { fingerprints } from "./fingerprint.js";
import { oneBased } from "./positions.js";
import type { FormatContext, Formatter } from "./types.js";

const SARIF_LEVEL: Record<Level, "error" | "warning" | "note"> = { error: "error", warning: "warning", info: "note", hint: "note" };

/** A URI reference for a file: relative to %SRCROOT% (= cwd) when inside it, else a file: URL. */
function artifactLocation(file: string, cwd: string): { uri: string; uriBaseId?: string } {
  const rel = path.relative(cwd, file);
  if (rel && !rel.startsWith("..") && !path.isAbsolute(rel)) {
    return { uri: rel.split(path.sep).map(encodeURIComponent).join("/"), uriBaseId: "%SRCROOT%" };
  }
  return { uri: pathToFileURL(file).href };
}

/** Only absolute URIs are valid help URIs; a repository path becomes none. */
function helpUri(url: string | undefined): string | undefined {
  return url && /^[a-z][a-z0-9+.-]*:/i.test(url) ? url : undefined;
}

function ruleDescriptor(meta: RuleMeta, ctx: FormatContext) {
  const uri = helpUri(meta.url);
  return {
    id: meta.id,
    name: meta.id.replace(/^.*\//, "").replace(/-(\w)/g, (_, ch: string) => ch.toUpperCase()),
    shortDescription: { text: meta.title[ctx.locale] },
    fullDescription: { text: meta.description[ctx.locale] },
    ...(uri ? { helpUri: uri } : {}),
    help: { text: `${meta.description[ctx.locale]}${uri ? `\n${uri}` : meta.url ? `\n${meta.url}` : ""}` },
    defaultConfiguration: { level: SARIF_LEVEL[meta.level] },
    properties: { tags: ["human-rights", meta.type === "document" ? "document-rule" : "span-rule"], type: meta.type },
  };
}

export const sarif: Formatter = (reports, ctx) => {
  const rules = [...ctx.rules.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ruleIndex = new Map(rules.map((r, i) => [r.id, i]));
  const results: unknown[] = [];
  const notifications: unknown[] = [];
  for (const report of reports) {
    const location = artifactLocation(report.filePath, ctx.cwd);
    if (report.error) {
      notifications.push({
        level: "error",
        message: { text: report.error.message },
        locations: [{ physicalLocation: { artifactLocation: location } }],
        descriptor: { id: report.error.code },
      });
      continue;
    }
    const prints = fingerprints(displayPath(report.filePath, ctx.cwd), report);
    for (const m of report.messages) {
      const p = oneBased(m.range);
      const index = ruleIndex.get(m.ruleId);
      results.push({
        ruleId: m.ruleId,
        ...(index !== undefined ? { ruleIndex: index } : {}),
        level: SARIF_LEVEL[m.level],
        message: { text: m.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: location,
              region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn },
            },
          },
        ],
        ...(m.evidence?.length
          ? {
              relatedLocations: m.evidence.map((e, id) => {
                const q = oneBased(e.range);
                return {
                  id,
                  physicalLocation: {
                    artifactLocation: location,
                    region: { startLine: q.line, startColumn: q.column, endLine: q.endLine, endColumn: q.endColumn },
                  },
                  message: { text: e.text },
                };
              }),
            }
          : {}),
        partialFingerprints: { "mrlintFingerprint/v1": prints.get(m) },
        properties: { mrlintLevel: m.level, ...(m.state ? { state: m.state } : {}) },
      });
    }
  }
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "mrlint",
            version: ctx.version,
            semanticVersion: ctx.version,
            informationUri: "https://www.npmjs.com/package/mrlint",
            rules: rules.map((r) => ruleDescriptor(r, ctx)),
          },
        },
        originalUriBaseIds: { "%SRCROOT%": { uri: `${pathToFileURL(ctx.cwd).href.replace(/\/?$/, "/")}` } },
        invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
