import { describe, expect, it } from "vitest";
import { parseLintOptions, peekLocale } from "./lint-options.js";
import { UsageError } from "./usage-error.js";

function usage(argv: string[], locale: "sv" | "en" = "en"): string {
  try {
    parseLintOptions(argv, locale);
  } catch (error) {
    if (error instanceof UsageError) return error.message;
    throw error;
  }
  throw new Error("expected a usage error");
}

describe("parseLintOptions", () => {
  it("has ESLint-like defaults", () => {
    expect(parseLintOptions([], "en")).toMatchObject({
      patterns: [],
      format: "stylish",
      level: "hint",
      maxWarnings: -1,
      fix: null,
      cache: false,
      workers: "auto",
      ignore: true,
    });
  });

  it("reads every option", () => {
    const o = parseLintOptions(
      ["docs", "-f", "json", "-o", "out.json", "-c", "x.yaml", "--lang", "sv", "--locale", "en", "--max-warnings", "3", "--fix-dry-run", "--cache", "--cache-location", "c/", "--shard", "2/3", "--workers", "4", "--no-color", "--no-ignore", "--level", "warning", "*.md"],
      "sv",
    );
    expect(o).toMatchObject({
      patterns: ["docs", "*.md"],
      format: "json",
      outputFile: "out.json",
      config: "x.yaml",
      lang: "sv",
      locale: "en",
      maxWarnings: 3,
      fix: "dry-run",
      cache: true,
      cacheLocation: "c/",
      shard: { index: 2, count: 3 },
      workers: 4,
      color: false,
      ignore: false,
      level: "warning",
    });
    expect(parseLintOptions(["--quiet", "--level", "info"], "en").level).toBe("error");
  });

  it("explains mistakes with the allowed values, in both languages", () => {
    expect(usage(["--format", "xml"])).toBe('--format: "xml" is not allowed; allowed: stylish, json, sarif, github, gitlab, junit, markdown');
    expect(usage(["--format", "sarf"])).toBe('--format: "sarf" is not allowed; allowed: stylish, json, sarif, github, gitlab, junit, markdown; did you mean sarif?');
    expect(usage(["--lang", "de"], "sv")).toBe('--lang: "de" är inte tillåtet; tillåtet: sv, en, auto');
    expect(usage(["--shard", "3/2"])).toBe('--shard: "3/2" is not allowed; use k/n with 1 <= k <= n, e.g. 2/4');
    expect(usage(["--max-warnings", "many"])).toBe('--max-warnings: "many" is not a whole number >= -1');
    expect(usage(["--workers", "-2"])).toContain("--workers");
    expect(usage(["--fix", "--fix-dry-run"])).toBe("use either --fix or --fix-dry-run, not both");
    expect(usage(["--qiuet"])).toBe("unknown option --qiuet; did you mean --quiet?");
    expect(usage(["--format"])).toBe("option --format needs a value");
  });

  it("finds --locale before parsing", () => {
    expect(peekLocale(["a", "--locale", "sv"])).toBe("sv");
    expect(peekLocale(["--locale=en"])).toBe("en");
    expect(peekLocale(["--locale", "de"])).toBeUndefined();
  });
});
