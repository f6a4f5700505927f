/** End to end: every --format on the basic fixture folder, through the built CLI. */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { REPO, runCli, tempCopy } from "../helpers/run-cli.js";
import { sarifValidator } from "./helpers/sarif-validator.js";

let dir: string;
let cleanup: () => void;
beforeAll(() => ({ dir, cleanup } = tempCopy("basic")));
afterAll(() => cleanup());

const LINTED = ["notes.txt", "plan-sv.md", "policy-en.md", "sub/uppfoljning.md"];

describe("mrlint formats", () => {
  it("stylish (default): findings grouped by file, relative paths, summary; ignored files left out", () => {
    const run = runCli([], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toMatch(/^notes\.txt\n {2}\d+:\d+ +(error|warning|info|hint) +/);
    expect(run.stdout).toContain("\nplan-sv.md\n");
    expect(run.stdout).toMatch(/ {2}6:48 +warning +“handikappade” is an outdated or stigmatising term.* +mr\/inclusive-language\n/);
    expect(run.stdout).toMatch(/⚠ \d+ problems \(0 errors, \d+ warnings(, \d+ info)?(, \d+ hints?)?\) in 4 files\n/);
    expect(run.stdout).not.toContain("ignored/skip.md");
    expect(run.stdout).not.toContain("\u001b[");
  });

  it("messages about a document follow its language when LANG names neither sv nor en", () => {
    const run = runCli([], { cwd: dir, env: { LANG: "C.UTF-8" } });
    // The report's own lines stay English; the Swedish document's findings are in Swedish.
    expect(run.stdout).toMatch(/ {2}6:48 +warning +”handikappade” är ett förlegat/);
    expect(run.stdout).toMatch(/MR coverage: \d+ of \d+ applicable criteria met/);
  });

  it("stylish in Swedish from LANG", () => {
    const run = runCli([], { cwd: dir, env: { LANG: "sv_SE.UTF-8" } });
    expect(run.stdout).toMatch(/ {2}6:48 +varning +”handikappade” är ett förlegat/);
    expect(run.stdout).toMatch(/⚠ \d+ problem \(0 fel, \d+ varningar(, \d+ info)?(, \d+ tips)?\) i 4 filer/);
    expect(run.stdout).toMatch(/MR-täckning: \d+ av \d+ tillämpliga kriterier uppfyllda/);
  });

  it("json: ESLint-style results with coverage, accepted by the scorer", () => {
    const run = runCli(["--format", "json"], { cwd: dir });
    expect(run.status).toBe(0);
    const results = JSON.parse(run.stdout);
    expect(results.map((r: { filePath: string }) => path.relative(dir, r.filePath).split(path.sep).join("/"))).toEqual(LINTED);
    const plan = results[1];
    expect(plan).toMatchObject({ errorCount: 0, fatalErrorCount: 0, fixableErrorCount: 0, language: "sv", format: "markdown" });
    const term = plan.messages.find((m: { ruleId: string }) => m.ruleId === "mr/inclusive-language");
    expect(term).toMatchObject({ severity: 1, level: "warning", line: 6, column: 48, endLine: 6, endColumn: 60 });
    // Two replacements (plural/singular): offered as suggestions, not applied by --fix.
    expect(term.fix).toBeUndefined();
    const source = readFileSync(path.join(dir, "plan-sv.md"), "utf8");
    const [start, end] = term.suggestions[0].fix.range;
    expect(source.slice(start, end)).toBe("handikappade");
    const english = results[2].messages.find((m: { ruleId: string }) => m.ruleId === "mr/inclusive-language");
    expect(english.fix).toEqual({ range: expect.any(Array), text: "disabled people" });
    const en = readFileSync(path.join(dir, "policy-en.md"), "utf8");
    expect(en.slice(english.fix.range[0], english.fix.range[1])).toBe("the disabled");
    expect(results[2].fixableWarningCount).toBe(1);
    expect(plan.coverage["mr/involvement"]).toEqual(expect.objectContaining({ status: expect.any(String), evidence: expect.any(Array) }));

    // The project's scorer (shared/ sits beside the repository, in CI too) reads the output as is.
    const scorer = path.join(REPO, "../shared/tools/score.mjs");
    expect(existsSync(scorer), `${scorer} is missing`).toBe(true);
    const { score } = spawnScore(scorer, path.join(dir, "labels.json"), run.stdout);
    expect(score.matchedFiles).toBe(4);
    expect(score.missingFiles).toEqual([]);
    expect(score.spanRules["mr/inclusive-language"]).toMatchObject({ gold: 3, tp: 3 });
    expect(score.stateAccuracy["mr/involvement"].status).toBe("ok");
  });

  it("sarif: valid SARIF 2.1.0 with rule metadata", () => {
    const run = runCli(["-f", "sarif"], { cwd: dir });
    expect(run.status).toBe(0);
    const log = JSON.parse(run.stdout);
    const validate = sarifValidator();
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const driver = log.runs[0].tool.driver;
    expect(driver.rules.map((r: { id: string }) => r.id)).toContain("mr/inclusive-language");
    for (const rule of driver.rules) expect(rule.helpUri).toMatch(/^https:\/\//);
    const uris = new Set(log.runs[0].results.map((r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) => r.locations[0].physicalLocation.artifactLocation.uri));
    for (const uri of ["notes.txt", "plan-sv.md", "policy-en.md"]) expect(uris).toContain(uri);
    for (const uri of uris) expect(LINTED).toContain(uri);
    expect(log.runs[0].invocations[0].executionSuccessful).toBe(true);
  });

  it("github: workflow commands per finding and a summary notice", () => {
    const run = runCli(["-f", "github"], { cwd: dir });
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines.every((l) => l.startsWith("::"))).toBe(true);
    expect(lines).toContainEqual(expect.stringMatching(/^::warning file=plan-sv\.md,line=6,col=48,endLine=6,endColumn=60,title=mrlint mr\/inclusive-language::“handikappade”/));
    expect(lines.at(-1)).toMatch(/^::notice title=mrlint::mrlint: \d+ problems \(0 errors, \d+ warnings(, \d+ info)?(, \d+ hints?)?\) in 4 files$/);
  });

  it("gitlab: Code Quality issues", () => {
    const issues = JSON.parse(runCli(["-f", "gitlab"], { cwd: dir }).stdout);
    expect(issues.length).toBeGreaterThan(0);
    for (const issue of issues) {
      expect(Object.keys(issue).sort()).toEqual(["check_name", "description", "fingerprint", "location", "severity", "type"]);
      expect(["info", "minor", "major", "critical", "blocker"]).toContain(issue.severity);
      expect(issue.location.lines.begin).toBeGreaterThanOrEqual(1);
    }
    const planTerm = issues.find((i: { check_name: string; location: { path: string } }) => i.check_name === "mr/inclusive-language" && i.location.path === "plan-sv.md");
    expect(planTerm.location.lines.begin).toBe(6);
  });

  it("junit: one test suite per file", () => {
    const xml = runCli(["-f", "junit"], { cwd: dir }).stdout;
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="mrlint" tests="\d+" failures="\d+" errors="0">/);
    const results = JSON.parse(runCli(["-f", "json"], { cwd: dir }).stdout) as Array<{ messages: unknown[] }>;
    LINTED.forEach((f, i) => {
      const findings = results[i].messages.length;
      // A failing test case per finding; a clean file still has one passing test case.
      expect(xml).toContain(`<testsuite name="${f}" tests="${Math.max(1, findings)}" failures="${findings}" errors="0">`);
    });
    expect(xml).toContain('<testcase name="mr/inclusive-language 6:48" classname="plan-sv.md">');
  });

  it("markdown: a PR-comment summary with the document rules' states", () => {
    const md = runCli(["-f", "markdown"], { cwd: dir }).stdout;
    expect(md).toMatch(/^## mrlint: human-rights review\n/);
    expect(md).toContain("| `plan-sv.md` |");
    expect(md).toMatch(/\| Involvement \| `mr\/involvement` \| (✅|◐|❌|—) /);
    expect(md).toContain("Findings in the text: `mr/inclusive-language` 1");
  });

  it("--output-file writes the report there and nothing to stdout", () => {
    const run = runCli(["-f", "json", "-o", "reports/mrlint.json"], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe("");
    expect(JSON.parse(readFileSync(path.join(dir, "reports/mrlint.json"), "utf8"))).toHaveLength(4);
  });

  it("lints only what is named: files, globs, folders", () => {
    const names = (args: string[]) =>
      JSON.parse(runCli([...args, "-f", "json"], { cwd: dir }).stdout).map((r: { filePath: string }) => path.basename(r.filePath));
    expect(names(["plan-sv.md"])).toEqual(["plan-sv.md"]);
    expect(names(["**/*.md"])).toEqual(["plan-sv.md", "policy-en.md", "uppfoljning.md"]);
    expect(names(["sub"])).toEqual(["uppfoljning.md"]);
    expect(names(["ignored/skip.md"])).toEqual(["skip.md"]);
    expect(names(["--no-ignore"])).toContain("skip.md");
  });
});

function spawnScore(scorer: string, labels: string, results: string) {
  const file = path.join(dir, "results.json");
  writeFileSync(file, results);
  const run = spawnSync(process.execPath, [scorer, "--labels", labels, "--results", file, "--json"], { encoding: "utf8" });
  expect(run.status, run.stderr).toBe(0);
  return { score: JSON.parse(run.stdout) };
}
