/**
 * JUnit XML for CI test-report views: one <testsuite> per file, one
 * <testcase> per finding (a <failure>), a passing "mrlint" test case for a
 * clean file, and an <error> for a file that could not be linted.
 */
import { displayPath } from "@mrlint/node";
import { oneBased } from "./positions.js";
import type { Formatter } from "./types.js";
import { escapeXml } from "./xml.js";

export const junit: Formatter = (reports, ctx) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const report of reports) {
    const name = escapeXml(displayPath(report.filePath, ctx.cwd));
    if (report.error) {
      tests++;
      errors++;
      suites.push(
        `  <testsuite name="${name}" tests="1" failures="0" errors="1">\n` +
          `    <testcase name="mrlint" classname="${name}">\n` +
          `      <error message="${escapeXml(report.error.message)}" type="${escapeXml(report.error.code)}">${escapeXml(report.error.message)}</error>\n` +
          `    </testcase>\n  </testsuite>`,
      );
      continue;
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
    tests += cases.length;
    failures += report.messages.length;
    suites.push(
      `  <testsuite name="${name}" tests="${cases.length}" failures="${report.messages.length}" errors="0">\n${cases.join("\n")}\n  </testsuite>`,
    );
  }
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="mrlint" tests="${tests}" failures="${failures}" errors="${errors}">\n` +
    (suites.length ? `${suites.join("\n")}\n` : "") +
    `</testsuites>\n`
  );
};
