/**
 * SARIF 2.1.0 for code-scanning services (GitHub, Azure DevOps). Rules carry
 * their descriptions and help URIs; results carry stable partial
 * fingerprints; files that could not be linted become tool-execution
 * notifications and mark the invocation unsuccessful.
 */
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Level, RuleMeta } from "@mrlint/core";
import { displayPath } from "@mrlint/node/config";
import type { FileReport } from "../lint/file-report.js";
import { batchFormatter } from "./batch.js";
import { fingerprints } from "./fingerprint.js";
import { indentedJson } from "./indented-json.js";
import { oneBased } from "./positions.js";
import type { FormatContext, FormatSpec } from "./types.js";

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

/** The rules in id order, which is also what `ruleIndex` counts in. */
function sortedRules(ctx: FormatContext): RuleMeta[] {
  return [...ctx.rules.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

const ruleIndexes = new WeakMap<ReadonlyMap<string, RuleMeta>, Map<string, number>>();

function ruleIndexOf(ctx: FormatContext): Map<string, number> {
  let index = ruleIndexes.get(ctx.rules);
  if (!index) {
    index = new Map(sortedRules(ctx).map((r, i) => [r.id, i]));
    ruleIndexes.set(ctx.rules, index);
  }
  return index;
}

/** One file: its results as elements of `runs[0].results` (depth 4), or the notification of a file that could not be linted. */
export interface SarifPiece {
  results: string[];
  notification?: unknown;
}

function filePiece(report: FileReport, ctx: FormatContext): SarifPiece {
  const location = artifactLocation(report.filePath, ctx.cwd);
  if (report.error) {
    return {
      results: [],
      notification: {
        level: "error",
        message: { text: report.error.message },
        locations: [{ physicalLocation: { artifactLocation: location } }],
        descriptor: { id: report.error.code },
      },
    };
  }
  const ruleIndex = ruleIndexOf(ctx);
  const prints = fingerprints(displayPath(report.filePath, ctx.cwd), report);
  const results = report.messages.map((m) => {
    const p = oneBased(m.range);
    const index = ruleIndex.get(m.ruleId);
    const result = {
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
    };
    return indentedJson(result, RESULTS_DEPTH);
  });
  return { results };
}

/** log > runs > run > results > result. */
const RESULTS_DEPTH = 4;
/** Stands in for the results array while the rest of the log is stringified; results are the run's last key. */
const RESULTS_SLOT = "\u0000mrlint-results\u0000";

export const sarifFormat: FormatSpec<SarifPiece> = {
  needsRules: true,
  piece: filePiece,
  writer(ctx, write) {
    // Notifications come before the results in the log, and only the end knows them all.
    const results: string[] = [];
    const notifications: unknown[] = [];
    return {
      add(piece) {
        for (const r of piece.results) results.push(r);
        if (piece.notification !== undefined) notifications.push(piece.notification);
      },
      end() {
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
                  rules: sortedRules(ctx).map((r) => ruleDescriptor(r, ctx)),
                },
              },
              originalUriBaseIds: { "%SRCROOT%": { uri: `${pathToFileURL(ctx.cwd).href.replace(/\/?$/, "/")}` } },
              invocations: [{ executionSuccessful: notifications.length === 0, toolExecutionNotifications: notifications }],
              columnKind: "utf16CodeUnits",
              results: RESULTS_SLOT,
            },
          ],
        };
        const text = JSON.stringify(log, null, 2);
        const slot = text.lastIndexOf(JSON.stringify(RESULTS_SLOT));
        write(text.slice(0, slot));
        if (results.length === 0) write("[]");
        else {
          write("[\n");
          for (let i = 0; i < results.length; i++) write(i ? `,\n${results[i]}` : results[i]);
          write(`\n${"  ".repeat(RESULTS_DEPTH - 1)}]`);
        }
        write(`${text.slice(slot + JSON.stringify(RESULTS_SLOT).length)}\n`);
      },
    };
  },
};

export const sarif = batchFormatter(sarifFormat);
