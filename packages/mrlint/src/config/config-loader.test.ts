import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { MrlintInputError } from "@mrlint/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConfigLoader } from "./config-loader.js";

let root: string;

function write(rel: string, text: string) {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  return file;
}

function failure(run: () => unknown): MrlintInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof MrlintInputError) return error;
    throw error;
  }
  throw new Error("expected an MrlintInputError");
}

/** A minimal user rule of the `terms` kind. */
const PLAIN_WORDS_RULE = `id: kommun/plain-words
type: span
kind: terms
level: warning
title: { sv: Klarspråk, en: Plain words }
description: { sv: Ord som kan bytas mot enklare., en: Words with plainer alternatives. }
url: https://example.org/plain-words
messages:
  term: { sv: "Skriv hellre {replacements}.", en: "Write {replacements} instead." }
check:
  terms:
    sv:
      - term: erforderlig
        replacements: [nödvändig]
    en:
      - term: requisite
        replacements: [necessary]
`;

const loader = (locale: "sv" | "en" = "en") => new ConfigLoader({ cwd: root, locale });

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "mrlint-config-"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("ConfigLoader", () => {
  it("uses built-in defaults when no config file exists", () => {
    const config = loader().configFor(path.join(root, "a.md"));
    expect(config).toMatchObject({ configFile: null, rules: {}, language: "auto", packs: [], limits: {} });
  });

  it("takes the nearest config file, and the first name in priority order within a folder", () => {
    write("mrlint.config.yaml", "language: sv\n");
    write("docs/.mrlintrc.json", '{ "language": "en" }');
    write("docs/mrlint.config.json", '{ "language": "auto", "locale": "sv" }');
    const l = loader();
    expect(l.configFor(path.join(root, "top.md")).language).toBe("sv");
    const inner = l.configFor(path.join(root, "docs/deep/x.md"));
    expect(inner.configFile).toBe(path.join(root, "docs/mrlint.config.json"));
    expect(inner.locale).toBe("sv");
  });

  it("merges extends chains: presets, then the extended file, then the file itself", () => {
    write("base.yaml", "rules:\n  mr/involvement: [error, {}]\nlanguage: en\nignores: [old/**]\n");
    write("docs/mrlint.config.yaml", "extends: [mr:recommended, ../base.yaml]\nrules:\n  mr/involvement: info\n");
    const config = loader().configForDirectory(path.join(root, "docs"));
    expect(config.files).toEqual([path.join(root, "base.yaml"), path.join(root, "docs/mrlint.config.yaml")]);
    expect(config.extends).toEqual(["mr:recommended", "../base.yaml"]);
    expect(config.rules["mr/involvement"]).toEqual(["info", {}]);
    expect(config.rules["mr/inclusive-language"]).toBe("warning");
    expect(config.language).toBe("en");
    expect(config.ignores).toEqual([{ baseDir: root, patterns: ["old/**"] }]);
  });

  it("applies overrides whose globs match, relative to the config's folder", () => {
    write("mrlint.config.yaml", 'overrides:\n  - files: ["english/**"]\n    language: en\n  - files: "*.txt"\n    rules: { mr/involvement: off }\n');
    const l = loader();
    expect(l.configFor(path.join(root, "english/a.md")).language).toBe("en");
    expect(l.configFor(path.join(root, "a.md")).language).toBe("auto");
    expect(l.configFor(path.join(root, "deep/notes.txt")).rules).toEqual({ "mr/involvement": "off" });
  });

  it("reports an unknown rule id with the nearest one", () => {
    const file = write("mrlint.config.yaml", "rules:\n  mr/involvment: error\n");
    const error = failure(() => loader().load(file));
    expect(error.message).toBe(
      'Invalid config mrlint.config.yaml: rules."mr/involvment": unknown rule "mr/involvment"; did you mean "mr/involvement"?',
    );
    const sv = failure(() => loader("sv").load(file));
    expect(sv.message).toBe(
      'Ogiltig konfiguration mrlint.config.yaml: rules."mr/involvment": okänd regel "mr/involvment"; menade du "mr/involvement"?',
    );
  });

  it("checks rule options against the options the rule has", () => {
    const file = write(
      "mrlint.config.yaml",
      "rules:\n  mr/inclusive-language: [warning, { alow: [] }]\n  mr/involvement: [error, { x: 1 }]\noverrides:\n  - files: '*.md'\n    rules: { mr/inclusive-language: [error, { allow: handikappad }] }\n",
    );
    expect(failure(() => loader().load(file)).message).toBe(
      [
        "Invalid config mrlint.config.yaml:",
        '  - rules."mr/inclusive-language"[1].alow: unknown option "alow" of mr/inclusive-language; its options: allow; did you mean "allow"?',
        '  - rules."mr/involvement"[1].x: unknown option "x" of mr/involvement; its options: none',
        '  - overrides[0].rules."mr/inclusive-language"[1].allow: "handikappad" is not allowed; allowed: a list (default: [])',
      ].join("\n"),
    );
    const ok = write("ok.yaml", "rules:\n  mr/inclusive-language: [warning, { allow: [handikappad] }]\n");
    expect(loader().load(ok).rules["mr/inclusive-language"]).toEqual(["warning", { allow: ["handikappad"] }]);
  });

  it("reports unknown rules in overrides against the file that names them", () => {
    write("base.json", '{ "overrides": [{ "files": "*.md", "rules": { "mr/nope-nope-nope": "off" } }] }');
    const file = write("mrlint.config.json", '{ "extends": "./base.json" }');
    expect(failure(() => loader().load(file)).message).toBe(
      'Invalid config base.json: overrides[0].rules."mr/nope-nope-nope": unknown rule "mr/nope-nope-nope"',
    );
  });

  it("reports unknown presets, missing and cyclic extends", () => {
    const file = write("a.yaml", "extends: [mr:recomended, ./missing.yaml]\n");
    expect(failure(() => loader().load(file)).message).toBe(
      [
        "Invalid config a.yaml:",
        '  - extends[0]: unknown preset "mr:recomended"; allowed: "mr:recommended", "mr:all", a relative path such as "./base.yaml"; did you mean "mr:recommended"?',
        '  - extends[1]: the extended config "./missing.yaml" does not exist',
      ].join("\n"),
    );
    write("x.yaml", "extends: ./y.yaml\n");
    write("y.yaml", "extends: ./x.yaml\n");
    expect(failure(() => loader().load(path.join(root, "x.yaml"))).message).toBe(
      'Invalid config y.yaml: extends: "./x.yaml" extends itself (cycle: x.yaml -> y.yaml -> x.yaml)',
    );
  });

  it("gives line and column for YAML and JSON syntax errors", () => {
    const yaml = write("mrlint.config.yaml", "rules:\n  mr/involvement: [error\n");
    const y = failure(() => loader().load(yaml));
    expect(y.code).toBe("config-syntax");
    expect(y.message).toMatch(/^mrlint\.config\.yaml: YAML syntax error at line \d+, column \d+: /);
    const json = write("mrlint.config.json", '{\n  "language": "sv",\n}\n');
    const j = failure(() => loader().load(json));
    expect(j.message).toMatch(/^mrlint\.config\.json: JSON syntax error at line 3, column 1: /);
  });

  it("requires an object at the top", () => {
    const file = write("mrlint.config.yaml", "- a\n- b\n");
    expect(failure(() => loader().load(file)).message).toBe("mrlint.config.yaml: the config must be an object (a mapping of keys to values)");
  });

  it("loads rule packs relative to the config and accepts their rule ids", () => {
    write("regler/plain-words.yml", PLAIN_WORDS_RULE);
    const file = write("mrlint.config.yaml", "packs: [./regler]\nrules:\n  kommun/plain-words: error\n");
    const l = loader();
    const config = l.load(file);
    expect(config.packs).toEqual([path.join(root, "regler")]);
    expect(l.rulesFor(config.packs).map((r) => r.meta.id)).toContain("kommun/plain-words");
    expect(l.ruleKinds(config.packs).get("kommun/plain-words")).toBe("terms");
    expect(l.packDigest(config.packs)).toMatch(/^[0-9a-f]{64}$/);
  });

  it("reports a missing pack folder and an invalid pack", () => {
    const missing = write("a.yaml", "packs: [./nowhere]\n");
    expect(failure(() => loader().load(missing)).message).toBe('Invalid config a.yaml: packs[0]: the rule folder "./nowhere" does not exist');
    write("bad/rule.yml", "id: mr/involvement\n");
    const bad = write("b.yaml", "packs: [./bad]\n");
    const error = failure(() => loader().load(bad));
    expect(error.message).toMatch(/^packs: the rule pack "bad" cannot be loaded: /);
  });
});
