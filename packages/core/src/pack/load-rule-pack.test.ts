import { describe, expect, it } from "vitest";
import { loadRulePack } from "./load-rule-pack.js";

const VALID = `
id: test/example
type: document
kind: elements
level: info
title: { sv: Exempel, en: Example }
description: { sv: Beskrivning, en: Description }
messages:
  missing: { sv: Saknas, en: Missing }
  partial: { sv: "Delvis: {missing}", en: "Partial: {missing}" }
  vague: { sv: "Vagt: {cue}", en: "Vague: {cue}" }
check:
  states: { satisfied: { all: [who] } }
  elements:
    who: { name: { sv: vem, en: who }, terms: { sv: [brukare], en: [users] } }
`;

const at = (path: string, text: string) => ({ path, text });
const messages = (files: Array<{ path: string; text: string }>) => loadRulePack(files).errors.map((e) => e.message);

describe("loadRulePack", () => {
  it("compiles a valid rule file into a rule with its metadata", () => {
    const pack = loadRulePack([at("packs/test/example.yml", VALID)]);
    expect(pack.errors).toEqual([]);
    expect(pack.rules).toHaveLength(1);
    const meta = pack.rules[0].meta;
    expect(meta).toMatchObject({ id: "test/example", type: "document", level: "info", kind: "elements", url: "packs/test/example.yml" });
    expect(meta.messages.partial.en).toBe("Partial: {missing}");
    expect(typeof pack.rules[0].check).toBe("function");
  });

  it("names the file, line and column of a YAML syntax error", () => {
    const [message] = messages([at("packs/test/example.yml", "id: test/example\ntype: [document\n")]);
    expect(message).toMatch(/^packs\/test\/example\.yml: not valid YAML at line \d+, column \d+/);
  });

  it("names an unknown key, its path, the allowed keys and the nearest one", () => {
    const text = VALID.replace("level: info", "level: info\nsectionHeading: { sv: [Uppföljning] }");
    const [message] = messages([at("packs/test/example.yml", text)]);
    expect(message).toContain("packs/test/example.yml:");
    expect(message).toContain('unknown key "sectionHeading" (did you mean "sectionHeadings"?)');
    expect(message).toMatch(/allowed keys: id, type, kind, level, .*sectionHeadings/);
  });

  it("names a bad enum value inside check:, with the key path and the allowed values", () => {
    const text = VALID.replace("check:\n", "check:\n  scope: sentense\n");
    const all = messages([at("packs/test/example.yml", text)]);
    expect(all.some((m) => m.startsWith("packs/test/example.yml: check.scope: got \"sentense\"; allowed: sentence, paragraph, section, document"))).toBe(true);
    expect(all.some((m) => m.includes('did you mean "sentence"?'))).toBe(true);
  });

  it("reports a wrong level with the allowed levels", () => {
    const [message] = messages([at("packs/test/example.yml", VALID.replace("level: info", "level: warn"))]);
    expect(message).toBe('packs/test/example.yml: level: got "warn"; allowed: error, warning, info, hint (did you mean "warning"?)');
  });

  it("requires both languages in every text", () => {
    const [message] = messages([at("packs/test/example.yml", VALID.replace("title: { sv: Exempel, en: Example }", "title: { sv: Exempel }"))]);
    expect(message).toBe("packs/test/example.yml: title.en: missing; expected a text");
  });

  it("checks that states name defined elements", () => {
    const text = VALID.replace("all: [who]", "all: [who, how]");
    const [message] = messages([at("packs/test/example.yml", text)]);
    expect(message).toContain('check.states.satisfied: names element "how", which is not defined; defined elements: who');
  });

  it("checks the messages a kind reports and the rule type it makes", () => {
    const noPartial = VALID.replace(/  partial: .*\n/, "");
    expect(messages([at("packs/test/example.yml", noPartial)])).toContain(
      'packs/test/example.yml: messages: missing message "partial"; the elements kind reports: missing, partial, vague',
    );
    const spanType = VALID.replace("type: document", "type: span");
    expect(messages([at("packs/test/example.yml", spanType)])).toContain(
      'packs/test/example.yml: type: got "span"; the elements kind makes document rules',
    );
  });

  it("rejects an id that does not match the file name", () => {
    const [message] = messages([at("packs/test/other.yml", VALID)]);
    expect(message).toBe('packs/test/other.yml: id: got "test/example"; the rule id must end in the file name: "test/other"');
  });

  it("rejects duplicate ids and ids of the built-in pack, and keeps the first rule", () => {
    const pack = loadRulePack([at("a/example.yml", VALID), at("b/example.yml", VALID)]);
    expect(pack.rules).toHaveLength(1);
    expect(pack.errors.map((e) => e.message)).toEqual(['b/example.yml: id: "test/example" is already defined in a/example.yml; rule ids must be unique']);
    expect(pack.errors[0].code).toBe("rule-duplicate");
    const reserved = loadRulePack([at("a/example.yml", VALID)], { reservedIds: ["test/example"] });
    expect(reserved.rules).toHaveLength(0);
    expect(reserved.errors[0].message).toContain("already defined by a built-in rule");
  });

  it("rejects unsafe regular expressions at load time, naming the path", () => {
    const text = `
id: test/patterns
type: span
kind: terms
level: warning
title: { sv: Mönster, en: Patterns }
description: { sv: Beskrivning, en: Description }
messages:
  term: { sv: "{term}", en: "{term}" }
check:
  terms:
    en:
      - { pattern: "(a+)+b", replacements: [x] }
      - { pattern: "illegal (immigrants?|aliens?)", replacements: [undocumented migrants] }
`;
    const pack = loadRulePack([at("packs/test/patterns.yml", text)]);
    expect(pack.rules).toHaveLength(0);
    expect(pack.errors.map((e) => e.message)).toEqual([
      'packs/test/patterns.yml: check.terms.en[0].pattern: unsafe pattern "(a+)+b": nested quantifiers are not allowed: a repeated group must not contain a quantifier or an alternation',
    ]);
  });

  it("reports a wrong type with what was expected", () => {
    const text = VALID.replace("terms: { sv: [brukare], en: [users] }", "terms: { sv: brukare }");
    const [message] = messages([at("packs/test/example.yml", text)]);
    expect(message).toBe('packs/test/example.yml: check.elements.who.terms.sv: got "brukare"; expected a list');
  });

  it("keeps the valid rules of a pack when one file is bad", () => {
    const pack = loadRulePack([at("packs/test/example.yml", VALID), at("packs/test/broken.yml", "id: [")]);
    expect(pack.rules.map((r) => r.meta.id)).toEqual(["test/example"]);
    expect(pack.errors).toHaveLength(1);
    expect(pack.errors[0].file).toBe("packs/test/broken.yml");
  });

  it("refuses rule files that are far too large", () => {
    const pack = loadRulePack([at("packs/test/huge.yml", "#".repeat(1_000_001))]);
    expect(pack.errors[0].message).toMatch(/larger than/);
  });
});
