import { describe, expect, it } from "vitest";
import { validateConfig } from "./validate.js";

const errorsOf = (value: unknown) => validateConfig(value, "mrlint.config.json").errors.map((e) => e.message);

describe("validateConfig", () => {
  it("accepts a valid config and returns it", () => {
    const value = { extends: ["mr:recommended"], rules: { "mr/involvement": "error", "mr/inclusive-language": ["info", { allow: ["missbrukare"] }] }, locale: "en" };
    const result = validateConfig(value, "mrlint.config.json");
    expect(result.errors).toEqual([]);
    expect(result.config).toEqual(value);
  });

  it("names the file, key path, bad value and allowed levels", () => {
    expect(errorsOf({ rules: { "mr/involvement": "warn" } })).toEqual([
      'mrlint.config.json: rules["mr/involvement"]: got "warn"; allowed: off, hint, info, warning, error (did you mean "warning"?)',
    ]);
  });

  it("suggests the nearest rule id for an unknown one", () => {
    expect(errorsOf({ rules: { "mr/involvment": "error" } })).toEqual([
      'mrlint.config.json: rules["mr/involvment"]: unknown rule id "mr/involvment" (did you mean "mr/involvement"?)',
    ]);
    expect(errorsOf({ overrides: [{ files: "*.md", rules: { "mr/inclusive-langauge": "off" } }] })).toEqual([
      'mrlint.config.json: overrides[0].rules["mr/inclusive-langauge"]: unknown rule id "mr/inclusive-langauge" (did you mean "mr/inclusive-language"?)',
    ]);
  });

  it("names unknown keys with the allowed keys", () => {
    const [message] = errorsOf({ rule: {} });
    expect(message).toMatch(/^mrlint\.config\.json: /);
    expect(message).toContain('"rule"');
  });

  it("rejects unknown presets with a suggestion", () => {
    expect(errorsOf({ extends: "mr:recomended" })).toEqual([
      'mrlint.config.json: extends: got "mr:recomended"; allowed: mr:recommended, mr:all (did you mean "mr:recommended"?)',
    ]);
  });

  it("checks option names and types against the rule's defaults", () => {
    expect(errorsOf({ rules: { "mr/inclusive-language": ["warning", { alow: [] }] } })).toEqual([
      'mrlint.config.json: rules["mr/inclusive-language"][1].alow: unknown option "alow"; mr/inclusive-language has options: allow (did you mean "allow"?)',
    ]);
    expect(errorsOf({ rules: { "mr/inclusive-language": ["warning", { allow: "missbrukare" }] } })).toEqual([
      'mrlint.config.json: rules["mr/inclusive-language"][1].allow: got "missbrukare"; expected a list (default: [])',
    ]);
    expect(errorsOf({ rules: { "mr/involvement": ["warning", { threshold: 3 }] } })).toEqual([
      'mrlint.config.json: rules["mr/involvement"][1].threshold: unknown option "threshold"; mr/involvement has no options',
    ]);
  });

  it("reports a wrong language with the allowed values", () => {
    expect(errorsOf({ language: "se" })).toEqual(['mrlint.config.json: language: got "se"; allowed: sv, en, auto (did you mean "sv"?)']);
  });

  it("never throws on values that are not configs", () => {
    for (const value of [null, 42, "x", [], { rules: [] }, { rules: { "mr/involvement": ["error", 1, 2] } }]) {
      const result = validateConfig(value, "x.yaml");
      expect(result.config).toBeNull();
      expect(result.errors.length).toBeGreaterThan(0);
      for (const e of result.errors) expect(e.message.startsWith("x.yaml: ")).toBe(true);
    }
  });
});
