/**
 * JUnit XML for CI test-report views: one <testsuite> per file, one
 * <testcase> per finding (a <failure>), a passing "mrlint" test case for a
 * clean file, and an <error> for a file that could not be linted.
 */
import { displayPath } from "@mrlint/node/config";
import type { FileReport } from "../lint/file-report.js";
import { batchFormatter } from "./batch.js";
import { oneBased } from "./positions.js";
import type { FormatContext, FormatSpec } from "./types.js";
import { escapeXml } from "./xml.js";

/** One file's <testsuite> and its counts (the root element carries the sums, so suites wait for the end). */
export interface JunitPiece {
  suite: string;
  tests: number;
  failures: number;
  errors: number;
}

function fileSuite(report: FileReport, ctx: FormatContext): JunitPiece {
  const name = escapeXml(displayPath(report.filePath, ctx.cwd));
  if (report.error) {
    return {
      suite:
        `  <testsuite name="${name}" tests="1" failures="0" errors="1">\n` +
        `    <testcase name="mrlint" classname="${name}">\n` +
        `      <error message="${escapeXml(report.error.message)}" type="${escapeXml(report.error.code)}">${escapeXml(report.error.message)}</error>\n` +
        `    </testcase>\n  </testsuite>`,
      tests: 1,
      failures: 0,
      errors: 1,
    };
  }
  const cases = report.messages.map((m) => {
    const p = oneBased(m.range);
    const where = `${p.line}:${p.column}`;
    return (
      `    <testcase name="${escapeXml(`${m.ruleId} ${where}`)}" classname="${name}">\n` +
      `      <failure message="${escapeXml(m.message)}" type="${m.level}">${escapeXml(`${where} ${m.level} ${m.message} (${m.ruleId})`)}</failure>\n` +
      `    </testcase>`
    );
  });
  if (cases.length === 0) cases.push(`    <testcase name="mrlint" classname="${name}" />`);
  return {
    suite: `  <testsuite name="${name}" tests="${cases.length}" failures="${report.messages.length}" errors="0">\n${cases.join("\n")}\n  </testsuite>`,
    tests: cases.length,
    failures: report.messages.length,
    errors: 0,
  };
}

export const junitFormat: FormatSpec<JunitPiece> = {
  needsRules: false,
  piece: fileSuite,
  writer(_ctx, write) {
    const suites: string[] = [];
    let tests = 0;
    let failures = 0;
    let errors = 0;
    return {
      add(piece) {
        suites.push(piece.suite);
        tests += piece.tests;
        failures += piece.failures;
        errors += piece.errors;
      },
      end() {
        write(`<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="mrlint" tests="${tests}" failures="${failures}" errors="${errors}">\n`);
        for (const suite of suites) write(`${suite}\n`);
        write(`</testsuites>\n`);
      },
    };
  },
};

export const junit = batchFormatter(junitFormat);
