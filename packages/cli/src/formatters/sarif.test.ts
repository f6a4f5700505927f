import { describe, expect, it } from "vitest";
import { sarifValidator } from "../../../../test/cli/helpers/sarif-validator.js";
import { sarif } from "./sarif.js";
import { context, sampleReports } from "./sample.test-support.js";

describe("sarif", () => {
  const log = JSON.parse(sarif(sampleReports(), context()));
  const run = log.runs[0];

  it("validates against the SARIF 2.1.0 schema", () => {
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    // The validator is not a rubber stamp: a run without its tool, a bad level, a relative help URI all fail.
    expect(validate({ version: "2.1.0", runs: [{}] })).toBe(false);
    expect(validate({ ...log, runs: [{ ...run, results: [{ ...run.results[0], level: "info" }] }] })).toBe(false);
    const badRules = [{ ...run.tool.driver.rules[0], helpUri: "rules/mr/involvement.md" }];
    expect(validate({ ...log, runs: [{ ...run, tool: { driver: { ...run.tool.driver, rules: badRules } } }] })).toBe(false);
  });

  it("describes every rule with short description and help URI", () => {
    expect(run.tool.driver).toMatchObject({ name: "mrlint", version: "1.2.3" });
    const involvement = run.tool.driver.rules.find((r: { id: string }) => r.id === "mr/involvement");
    expect(involvement).toMatchObject({
      shortDescription: { text: "Involvement" },
      helpUri: "https://example.org/mr/involvement",
      defaultConfiguration: { level: "warning" },
    });
  });

  it("maps findings to results with 1-based regions, levels and fingerprints", () => {
    expect(run.results).toHaveLength(4);
    const [first, , vague] = run.results;
    expect(first).toMatchObject({
      ruleId: "mr/involvement",
      level: "warning",
      message: { text: "Involvering: texten säger inte vilka som involveras." },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: "docs/plan.md", uriBaseId: "%SRCROOT%" },
            region: { startLine: 1, startColumn: 3, endLine: 1, endColumn: 21 },
          },
        },
      ],
    });
    expect(run.tool.driver.rules[first.ruleIndex].id).toBe("mr/involvement");
    expect(vague.level).toBe("note");
    expect(first.partialFingerprints["mrlintFingerprint/v1"]).toMatch(/^[0-9a-f]{32}$/);
  });

  it("reports unreadable files as failed-execution notifications", () => {
    expect(run.invocations[0].executionSuccessful).toBe(false);
    expect(run.invocations[0].toolExecutionNotifications[0]).toMatchObject({
      level: "error",
      message: { text: "docs/trasig.docx: not a Word document (not a zip file)" },
    });
  });

  it("percent-encodes paths with spaces and Swedish letters", () => {
    const [plan] = sampleReports();
    const out = JSON.parse(sarif([{ ...plan, filePath: "/repo/styrdokument/Plan för äldre.md" }], context()));
    expect(out.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe("styrdokument/Plan%20f%C3%B6r%20%C3%A4ldre.md");
    expect(sarifValidator()(out)).toBe(true);
  });
});
