import { describe, expect, it } from "vitest";
import { gitlab } from "./gitlab.js";
import { context, sampleReports } from "./sample.test-support.js";

describe("gitlab", () => {
  const issues = JSON.parse(gitlab(sampleReports(), context()));

  it("writes Code Quality issues with severity, path and begin line", () => {
    expect(issues).toHaveLength(5);
    expect(issues[0]).toEqual({
      type: "issue",
      description: "Involvering: texten säger inte vilka som involveras. (mr/involvement)",
      check_name: "mr/involvement",
      fingerprint: issues[0].fingerprint,
      severity: "minor",
      location: { path: "docs/plan.md", lines: { begin: 1, end: 1 } },
    });
    expect(issues.map((i: { severity: string }) => i.severity)).toEqual(["minor", "minor", "info", "info", "critical"]);
    expect(issues[4]).toMatchObject({ check_name: "mrlint/docx-not-zip", location: { path: "docs/trasig.docx", lines: { begin: 1 } } });
  });

  it("gives stable, unique fingerprints that do not depend on line numbers", () => {
    const prints = issues.map((i: { fingerprint: string }) => i.fingerprint);
    expect(new Set(prints).size).toBe(prints.length);
    for (const p of prints) expect(p).toMatch(/^[0-9a-f]{32}$/);
    const moved = sampleReports();
    for (const m of moved[0].messages) {
      m.range.start.line += 3;
      m.range.end.line += 3;
    }
    expect(JSON.parse(gitlab(moved, context())).map((i: { fingerprint: string }) => i.fingerprint)).toEqual(prints);
  });
});
