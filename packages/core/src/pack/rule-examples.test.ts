/**
 * Runs the `examples` of every rule file in rules/mr through the real
 * analysis and engine: a pass example gives no finding (document rules:
 * satisfied or not applicable), a fail example gives one (document rules:
 * missing or partial). Also checks that the generated pack module and the
 * docs pages are in step with the YAML.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { lintDocument } from "../engine/lint-document.js";
import { plainDocument } from "../engine/testing/plain-document.js";
import type { Language } from "../model/document.js";
import { loadRulePack } from "./load-rule-pack.js";
import { MR_PACK } from "./mr-pack.generated.js";
import type { RuleExample } from "./rule-schema.js";
import { parse } from "yaml";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const packDir = path.join(root, "rules", "mr");
const ruleFiles = readdirSync(packDir).filter((f) => f.endsWith(".yml")).sort();
const pack = loadRulePack(ruleFiles.map((f) => ({ path: `rules/mr/${f}`, text: readFileSync(path.join(packDir, f), "utf8") })));

const text = (e: RuleExample) => (typeof e === "string" ? e : e.text);

interface Case {
  id: string;
  language: Language;
  kind: "pass" | "fail";
  example: RuleExample;
  index: number;
}

const cases: Case[] = [];
pack.files.forEach((file, index) => {
  for (const language of ["sv", "en"] as const) {
    for (const kind of ["pass", "fail"] as const) {
      for (const example of file.examples?.[language]?.[kind] ?? []) cases.push({ id: file.id, language, kind, example, index });
    }
  }
});

describe("rules/mr", () => {
  it("every rule file is valid", () => {
    expect(pack.errors.map((e) => e.message)).toEqual([]);
    expect(pack.rules.length).toBe(ruleFiles.length);
  });

  it("every rule has pass and fail examples in Swedish and English, and a docs page", () => {
    for (const file of pack.files) {
      for (const language of ["sv", "en"] as const) {
        expect(file.examples?.[language]?.pass?.length ?? 0, `${file.id} ${language} pass`).toBeGreaterThan(0);
        expect(file.examples?.[language]?.fail?.length ?? 0, `${file.id} ${language} fail`).toBeGreaterThan(0);
      }
      const name = file.id.split("/")[1];
      expect(file.url).toBe(`https://github.com/mrlint/mrlint/blob/main/rules/mr/${name}.md`);
      expect(existsSync(path.join(packDir, `${name}.md`)), `${name}.md`).toBe(true);
    }
  });

  it("the generated pack module matches the YAML files (run node scripts/build-rules.mjs)", () => {
    const fromYaml = ruleFiles.map((f) => ({ path: `rules/mr/${f}`, data: parse(readFileSync(path.join(packDir, f), "utf8")) }));
    expect(JSON.parse(JSON.stringify(MR_PACK))).toEqual(fromYaml);
  });

  it("the docs pages are up to date (run node scripts/build-docs.mjs)", () => {
    expect(() => execFileSync(process.execPath, [path.join(root, "scripts/build-docs.mjs"), "--check"], { stdio: "pipe" })).not.toThrow();
  });

  it.each(cases.map((c) => [`${c.id} ${c.language} ${c.kind}: ${text(c.example)}`, c] as const))("%s", (_name, c) => {
    const rule = pack.rules[c.index];
    const doc = plainDocument(text(c.example), c.language);
    const result = lintDocument(doc, { rules: [rule] });
    const findings = result.diagnostics.filter((d) => d.ruleId === c.id);
    const expected = typeof c.example === "string" ? {} : c.example;
    if (rule.meta.type === "document") {
      const state = result.coverage.rules[c.id]?.state;
      if (expected.state) expect(state).toBe(expected.state);
      else if (c.kind === "pass") expect(["satisfied", "not-applicable"]).toContain(state);
      else expect(["missing", "partial"]).toContain(state);
      expect(findings.length).toBe(c.kind === "pass" ? 0 : 1);
    } else {
      if (c.kind === "pass") expect(findings.map((d) => d.text)).toEqual([]);
      else expect(findings.length).toBeGreaterThan(0);
      if (expected.flagged) expect(findings.map((d) => d.text)).toEqual(expected.flagged);
    }
  });
});
