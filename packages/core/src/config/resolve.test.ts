import { describe, expect, it } from "vitest";
import { builtinRules } from "../pack/builtin.js";
import { presetRules } from "./presets.js";
import { mergeConfig, mergeRuleSetting, resolveRuleSettings } from "./resolve.js";
import type { MrlintConfig } from "./schema.js";
import { nearest } from "./nearest.js";

describe("presets", () => {
  it("mr:recommended sets every mr rule to its default level", () => {
    const rules = builtinRules();
    const preset = presetRules("mr:recommended");
    expect(Object.keys(preset ?? {}).sort()).toEqual(rules.map((r) => r.meta.id).sort());
    for (const rule of rules) expect(preset?.[rule.meta.id]).toBe(rule.meta.level);
  });

  it("mr:all raises hint rules to info and keeps higher levels", () => {
    const rules = [
      { meta: { id: "mr/a", level: "hint" }, check() {} },
      { meta: { id: "mr/b", level: "error" }, check() {} },
      { meta: { id: "other/c", level: "hint" }, check() {} },
    ] as never;
    expect(presetRules("mr:all", rules)).toEqual({ "mr/a": "info", "mr/b": "error" });
    expect(presetRules("mr:nothing", rules)).toBeUndefined();
  });
});

describe("mergeRuleSetting", () => {
  it("keeps earlier options when only a level is given", () => {
    expect(mergeRuleSetting(["warning", { threshold: 55 }], "error")).toEqual(["error", { threshold: 55 }]);
    expect(mergeRuleSetting("warning", "off")).toBe("off");
    expect(mergeRuleSetting(["warning", { a: 1, b: 2 }], ["info", { b: 3 }])).toEqual(["info", { a: 1, b: 3 }]);
  });
});

describe("resolveRuleSettings", () => {
  it("applies presets first, then rules, later configs winning", () => {
    const effective = resolveRuleSettings([
      { extends: "mr:recommended", rules: { "mr/involvement": "error" }, locale: "sv" },
      { rules: { "mr/inclusive-language": "off" }, language: "en" },
    ]);
    expect(effective.rules["mr/involvement"]).toBe("error");
    expect(effective.rules["mr/inclusive-language"]).toBe("off");
    expect(effective.language).toBe("en");
    expect(effective.locale).toBe("sv");
  });

  it("throws an input error for an unknown preset", () => {
    expect(() => resolveRuleSettings([{ extends: "eslint:recommended" }], { fileLabel: "cfg.json" })).toThrow(
      'cfg.json: extends: got "eslint:recommended"; allowed: mr:recommended, mr:all',
    );
  });
});

describe("mergeConfig", () => {
  it("merges rules per rule, appends extends, replaces other keys and does not mutate its inputs", () => {
    const base: MrlintConfig = { extends: "mr:recommended", rules: { "mr/involvement": ["warning", { x: 1 }] }, language: "sv", ignores: ["a"] };
    const override = { files: "*.en.md", rules: { "mr/involvement": "error" as const }, language: "en" as const };
    const before = JSON.stringify([base, override]);
    const merged = mergeConfig(base, override);
    expect(merged).toEqual({ extends: ["mr:recommended"], rules: { "mr/involvement": ["error", { x: 1 }] }, language: "en", ignores: ["a"] });
    expect("files" in merged).toBe(false);
    expect(JSON.stringify([base, override])).toBe(before);
  });
});

describe("nearest", () => {
  it("suggests close candidates and nothing for unrelated words", () => {
    expect(nearest("mr/folow-up", ["mr/follow-up", "mr/involvement"])).toBe("mr/follow-up");
    expect(nearest("banana", ["mr/follow-up", "mr/involvement"])).toBeUndefined();
  });
});
