// Accuracy regression guard: the built CLI lints a labelled corpus and ../shared/tools/score.mjs
// scores it. Thresholds are issue 3's acceptance bar for the development corpus; the small
// held-out set in fixtures/heldout (written from RULES.md by an independent labeller) has a lower
// bar, since it exists to show how far the rules generalise, not to be fitted.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const cli = path.join(root, "packages/cli/dist/bin.js");
const scorerPath = path.join(root, "../shared/tools/score.mjs");
const work = mkdtempSync(path.join(tmpdir(), "mrlint-accuracy-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface ScoreReport {
  macroF1: number;
  documentRules: Record<string, { f1: number; fp: number }>;
  spanRules: Record<string, { f1: number }>;
  stateAccuracy: Record<string, { accuracy?: number }>;
}

async function scoreCorpus(corpus: string): Promise<ScoreReport> {
  const out = path.join(work, `${path.basename(corpus)}.json`);
  const run = spawnSync(process.execPath, [cli, "--format", "json", "--output-file", out, corpus], {
    env: { ...process.env, LANG: "C.UTF-8", LC_ALL: "" },
    encoding: "utf8",
  });
  expect([0, 1], run.stderr).toContain(run.status);
  const { score, formatText } = await import(scorerPath);
  const labels = JSON.parse(readFileSync(path.join(corpus, "labels.json"), "utf8"));
  const report = score(labels, JSON.parse(readFileSync(out, "utf8")));
  console.log(formatText(report, path.join(corpus, "labels.json"), out));
  return report;
}

describe("accuracy on labelled corpora", () => {
  it("development corpus: macro F1 ≥ 0.97, every rule ≥ 0.93, states ≥ 0.90, no finding on satisfied documents", async () => {
    const report = await scoreCorpus(path.resolve(root, "../shared/corpus/dev"));
    expect(report.macroF1).toBeGreaterThanOrEqual(0.97);
    for (const [rule, m] of Object.entries({ ...report.documentRules, ...report.spanRules })) {
      expect(m.f1, rule).toBeGreaterThanOrEqual(0.93);
    }
    for (const [rule, m] of Object.entries(report.documentRules)) expect(m.fp, `${rule} false findings`).toBe(0);
    for (const [rule, a] of Object.entries(report.stateAccuracy)) expect(a.accuracy ?? 0, rule).toBeGreaterThanOrEqual(0.9);
  }, 180_000);

  it("independent held-out set: macro F1 ≥ 0.90", async () => {
    const report = await scoreCorpus(path.join(root, "fixtures/heldout"));
    expect(report.macroF1).toBeGreaterThanOrEqual(0.9);
  }, 180_000);
});
