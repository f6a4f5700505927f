import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, mergeSettings, normaliseSettings } from "./settings.js";

describe("normaliseSettings", () => {
  it("gives the defaults for null and for junk", () => {
    expect(normaliseSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(normaliseSettings("x")).toEqual(DEFAULT_SETTINGS);
  });

  it("keeps good fields and drops bad ones one by one", () => {
    const settings = normaliseSettings({
      enable: false,
      language: "fi",
      locale: "en-GB",
      rules: { "mr/follow-up": "error", "mr/bad": "loud", "mr/x": 3 },
      debounceMs: 99999,
    });
    expect(settings).toEqual({ enable: false, language: "auto", locale: "en", rules: { "mr/follow-up": "error" }, debounceMs: 5000 });
  });
});

describe("mergeSettings", () => {
  const fileConfig = {
    rules: { "mr/follow-up": "warning" as const, "mr/readability": ["hint", { lix: 55 }] as ["hint", Record<string, unknown>] },
    language: "en" as const,
    locale: "en" as const,
  };

  it("lets the config file decide where the settings say auto", () => {
    expect(mergeSettings(fileConfig, DEFAULT_SETTINGS)).toEqual(fileConfig);
  });

  it("puts the editor's levels over the file's and keeps rule options", () => {
    const merged = mergeSettings(fileConfig, {
      ...DEFAULT_SETTINGS,
      language: "sv",
      locale: "sv",
      rules: { "mr/readability": "off", "mr/dilemmas": "error" },
    });
    expect(merged).toEqual({
      rules: { "mr/follow-up": "warning", "mr/readability": ["off", { lix: 55 }], "mr/dilemmas": "error" },
      language: "sv",
      locale: "sv",
    });
  });
});
