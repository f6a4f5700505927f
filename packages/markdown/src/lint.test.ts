import { describe, expect, it } from "vitest";
import type { LintResult } from "@mrlint/core";
import { lint } from "./lint.js";

function findings(result: LintResult, ruleId: string) {
  return result.diagnostics.filter((d) => d.ruleId === ruleId);
}

describe("lint()", () => {
  it("parses Markdown and reports a span finding whose range is the flagged source text", () => {
    const src = "# Plan\n\nStödet gäller **de handikappade** i kommunen.\n";
    const result = lint(src);
    const [finding] = findings(result, "mr/inclusive-language");
    expect(finding).toBeDefined();
    expect(src.slice(finding.range.start.offset, finding.range.end.offset)).toBe(finding.text);
    expect(finding.text).toMatch(/handikappade/);
    expect(finding.range.start.line).toBe(2);
    expect(result.language).toBe("sv");
    expect(result.coverage.rules["mr/involvement"]).toBeDefined();
  });

  it("honours inline disable comments", () => {
    const src = "# Plan\n\n<!-- mrlint-disable-next-line mr/inclusive-language -->\nStödet gäller de handikappade.\n";
    expect(findings(lint(src), "mr/inclusive-language")).toEqual([]);
  });

  it("lints plain text when asked, or when the uri ends in .txt", () => {
    const src = "1 INLEDNING\n\nStödet gäller de handi-\nkappade i kommunen.\n";
    for (const result of [lint(src, { format: "text" }), lint(src, { uri: "plan.txt" })]) {
      const [finding] = findings(result, "mr/inclusive-language");
      expect(finding).toBeDefined();
      // The term was hyphenated across the line break: the range covers both halves.
      expect(src.slice(finding.range.start.offset, finding.range.end.offset)).toBe("handi-\nkappade");
      expect([finding.range.start.line, finding.range.end.line]).toEqual([2, 3]);
    }
  });

  it("never takes findings or evidence from page furniture or a table of contents", () => {
    const header = "Handlingsplan för de handikappade | Brukarråd och medborgardialog      Sida 1 av 2";
    const src = [
      header,
      "",
      "INNEHÅLL",
      "1 Dialog med brukarråd och handikappade .......... 2",
      "",
      "1 INLEDNING",
      "",
      "Planen gäller stöd i hemmet.",
      "",
      header.replace("Sida 1", "Sida 2"),
    ].join("\n");
    const result = lint(src, { format: "text" });
    expect(findings(result, "mr/inclusive-language")).toEqual([]);
    const involvement = result.coverage.rules["mr/involvement"];
    expect(involvement.evidence).toEqual([]);
    expect(involvement.state).toBe("missing");
  });

  it("gives messages in the requested locale", () => {
    const src = "# Plan\n\nStödet gäller de handikappade.\n";
    const sv = findings(lint(src, { locale: "sv" }), "mr/inclusive-language")[0];
    const en = findings(lint(src, { locale: "en" }), "mr/inclusive-language")[0];
    expect(sv.message).not.toBe(en.message);
  });
});
