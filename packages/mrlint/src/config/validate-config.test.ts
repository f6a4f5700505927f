import { MrlintInputError } from "@mrlint/core";
import { describe, expect, it } from "vitest";
import { formatKeyPath, validateConfigObject } from "./validate-config.js";

function messageFor(value: unknown, locale: "sv" | "en" = "en"): string {
  try {
    validateConfigObject(value, "mrlint.config.yaml", locale);
  } catch (error) {
    if (error instanceof MrlintInputError) {
      expect(error.code).toBe("config-invalid");
      return error.message;
    }
    throw error;
  }
  throw new Error("expected the config to be invalid");
}

describe("validateConfigObject", () => {
  it("accepts a valid config", () => {
    const config = { extends: "mr:recommended", rules: { "mr/involvement": ["error", {}] }, language: "sv", ignores: ["arkiv/**"] };
    expect(validateConfigObject(config, "x", "en")).toEqual(config);
  });

  it("names the file, key path, bad value and allowed levels", () => {
    expect(messageFor({ rules: { "mr/involvement": "warn" } })).toBe(
      'Invalid config mrlint.config.yaml: rules."mr/involvement": "warn" is not allowed; allowed: "off", "hint", "info", "warning", "error" or ["<level>", { options }]',
    );
    expect(messageFor({ rules: { "mr/involvement": "warn" } }, "sv")).toBe(
      'Ogiltig konfiguration mrlint.config.yaml: rules."mr/involvement": "warn" är inte tillåtet; tillåtet: "off", "hint", "info", "warning", "error" eller ["<nivå>", { alternativ }]',
    );
  });

  it("suggests the nearest key for an unknown one", () => {
    expect(messageFor({ langauge: "sv" })).toBe(
      'Invalid config mrlint.config.yaml: langauge: unknown key "langauge"; allowed keys: $schema, extends, rules, language, locale, packs, overrides, ignores, limits, reviewAuthor; did you mean "language"?',
    );
  });

  it("lists every problem on its own line", () => {
    expect(messageFor({ language: "de", overrides: [{ files: [] }], limits: { maxFileBytes: -1 } })).toBe(
      [
        "Invalid config mrlint.config.yaml:",
        '  - language: "de" is not allowed; allowed: "sv", "en", "auto"',
        "  - overrides[0].files: [] is not allowed; allowed: a list with at least one entry",
        "  - limits.maxFileBytes: -1 is not allowed; allowed: a number > 0",
      ].join("\n"),
    );
  });

  it("describes type errors and unions in plain words", () => {
    expect(messageFor({ extends: 5 })).toBe('Invalid config mrlint.config.yaml: extends: 5 is not allowed; allowed: a string or a list');
    expect(messageFor({ packs: "regler" }, "sv")).toBe('Ogiltig konfiguration mrlint.config.yaml: packs: "regler" är inte tillåtet; tillåtet: en lista');
  });

  it("formats key paths", () => {
    expect(formatKeyPath([])).toBe("(root)");
    expect(formatKeyPath(["overrides", 2, "rules", "mr/x"])).toBe('overrides[2].rules."mr/x"');
  });
});
