import { describe, expect, it } from "vitest";
import { lintDocument } from "../engine/lint-document.js";
import { plainDocument } from "../engine/testing/plain-document.js";
import { header, ruleFromYaml } from "../engine/testing/rule-from-yaml.js";

const hiddenActor = ruleFromYaml(`${header("test/hidden-actor", "span", "pattern")}
messages:
  pattern: { sv: "Vem ska göra det? {text}", en: "Who does it? {text}" }
check:
  pattern: modal-passive-no-agent
  maxGap: 4
  chainBreaks: { sv: [och, att, som], en: [and, that, which] }
  passive:
    sv: { suffixes: [as, es, os, ys], notPassive: [finnas, hoppas, lyckas, trivas, synas, träffas, mötas, ses] }
    en: { auxiliaries: [be], participleSuffixes: [ed, en], irregular: [built, held, set], notParticiple: [open] }
  agents:
    markers: { sv: [av], en: [by] }
    notAgents: { sv: [hänsyn till, vikt], en: [the end of] }
`, "test/hidden-actor.yml");

const flagged = (source: string, language: "sv" | "en" = "sv") =>
  lintDocument(plainDocument(source, language), { rules: [hiddenActor] }).diagnostics.map((d) => d.text);

describe("pattern kind: modal-passive-no-agent", () => {
  it("flags a modal governing an s-passive with no agent, from the modal to the verb", () => {
    expect(flagged("Planen ska följas upp varje år.")).toEqual(["ska följas"]);
    expect(flagged("Barnets bästa ska alltid beaktas.")).toEqual(["ska alltid beaktas"]);
  });

  it("does not flag when an agent follows av, but does when av introduces no agent", () => {
    expect(flagged("Planen ska följas upp av socialnämnden.")).toEqual([]);
    expect(flagged("Åtgärderna ska genomföras av hänsyn till barnen.")).toEqual(["ska genomföras"]);
  });

  it("does not flag deponents or sentences without an obligation modal", () => {
    expect(flagged("Det ska finnas en plan.")).toEqual([]);
    expect(flagged("Planen följs upp varje år.")).toEqual([]);
  });

  it("flags English be + participle, but not by + a date or an adjective", () => {
    expect(flagged("The plan will be monitored each year.", "en")).toEqual(["will be monitored"]);
    expect(flagged("The plan will be monitored by the Cabinet.", "en")).toEqual([]);
    expect(flagged("The plan will be reviewed by the end of 2027.", "en")).toEqual(["will be reviewed"]);
    expect(flagged("Libraries must be open on Sundays.", "en")).toEqual([]);
  });

  it("reports one finding per sentence", () => {
    expect(flagged("Planen ska följas upp och ska redovisas årligen.")).toHaveLength(1);
  });
});

describe("pattern kind: patterns from core's grammar module", () => {
  const grammarRule = (pattern: string) =>
    ruleFromYaml(`${header(`test/${pattern}`, "span", "pattern")}
messages:
  pattern: { sv: "Mönster: {text}", en: "Pattern: {text}" }
check:
  pattern: ${pattern}
  exceptions: { sv: [så långt det är möjligt] }
`, `test/${pattern}.yml`);

  it("hidden-actor flags a passive obligation with nobody named, not one with an agent", () => {
    const rule = grammarRule("hidden-actor");
    const texts = (source: string, language: "sv" | "en" = "sv") => lintDocument(plainDocument(source, language), { rules: [rule] }).diagnostics.map((d) => d.text);
    expect(texts("Planen ska följas upp varje år.")).toEqual(["ska följas upp"]);
    expect(texts("Planen ska följas upp av socialnämnden.")).toEqual([]);
    expect(texts("The plan will be monitored each year.", "en")).toHaveLength(1);
  });

  it("hedge-in-obligation flags a listed hedge in an obligation, not in descriptive past tense or inside an exception", () => {
    const rule = grammarRule("hedge-in-obligation");
    const texts = (source: string) => lintDocument(plainDocument(source), { rules: [rule] }).diagnostics.map((d) => d.text);
    expect(texts("Kommunen ska i möjligaste mån erbjuda tolk.")).toEqual(["i möjligaste mån"]);
    expect(texts("Under 2024 åtgärdades felanmälningar i möjligaste mån inom en vecka.")).toEqual([]);
    expect(texts("Minoriteterna ska ges inflytande så långt det är möjligt.")).toEqual([]);
  });

  it("rejects data that only the data-driven pattern reads, and requires it there", () => {
    expect(() => ruleFromYaml(`${header("test/x", "span", "pattern")}
messages:
  pattern: { sv: a, en: b }
check: { pattern: hidden-actor, maxGap: 3 }
`, "test/x.yml")).toThrow("test/x.yml: check.maxGap: only modal-passive-no-agent reads maxGap; hidden-actor is built into core");
    expect(() => ruleFromYaml(`${header("test/x", "span", "pattern")}
messages:
  pattern: { sv: a, en: b }
check: { pattern: modal-passive-no-agent }
`, "test/x.yml")).toThrow("check.passive: modal-passive-no-agent needs passive");
  });
});
