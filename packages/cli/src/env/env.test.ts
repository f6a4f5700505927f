import { describe, expect, it } from "vitest";
import { isCI } from "./ci.js";
import { useColor } from "./color.js";
import { envLocale, explicitEnvLocale } from "./locale.js";

describe("environment", () => {
  it("takes the locale from LC_ALL, LC_MESSAGES, then LANG", () => {
    expect(envLocale({ LANG: "sv_SE.UTF-8" })).toBe("sv");
    expect(envLocale({ LC_ALL: "en_GB.UTF-8", LANG: "sv_SE.UTF-8" })).toBe("en");
    expect(envLocale({ LC_MESSAGES: "sv_FI" })).toBe("sv");
    expect(envLocale({ LANG: "C.UTF-8" })).toBe("en");
    expect(envLocale({})).toBe("en");
  });

  it("leaves the message locale to the document unless the variables name sv or en", () => {
    expect(explicitEnvLocale({ LANG: "sv_SE.UTF-8" })).toBe("sv");
    expect(explicitEnvLocale({ LANG: "en_GB.UTF-8" })).toBe("en");
    expect(explicitEnvLocale({ LANG: "C.UTF-8" })).toBeUndefined();
    expect(explicitEnvLocale({})).toBeUndefined();
  });

  it("recognises CI services", () => {
    expect(isCI({ CI: "true" })).toBe(true);
    expect(isCI({ GITLAB_CI: "true" })).toBe(true);
    expect(isCI({ CI: "false" })).toBe(false);
    expect(isCI({})).toBe(false);
  });

  it("colours only terminals, unless told otherwise", () => {
    expect(useColor(undefined, true, {})).toBe(true);
    expect(useColor(undefined, false, {})).toBe(false);
    expect(useColor(undefined, true, { NO_COLOR: "1" })).toBe(false);
    expect(useColor(undefined, false, { FORCE_COLOR: "1" })).toBe(true);
    expect(useColor(false, true, { FORCE_COLOR: "1" })).toBe(false);
  });
});
