/**
 * The built-in pack is compiled without zod at run time (trusted-pack.ts).
 * Here it is validated instead: every generated rule file passes the
 * schemas, the trusted data equals what validation returns (the file, and
 * the `check:` data as the kind's schema returns it), and the rules compiled
 * from it lint exactly as rules compiled through validation do.
 */
import { describe, expect, it } from "vitest";
import { detectLanguage } from "../analysis/language.js";
import { CHECK_KINDS } from "../checks/registry.js";
import { lintDocument } from "../engine/lint-document.js";
import { plainDocument } from "../engine/testing/plain-document.js";
import { builtinRuleFiles, builtinRules } from "./builtin.js";
import { loadRuleData } from "./load-rule-pack.js";
import { MR_PACK } from "./mr-pack.generated.js";
import { ruleFileSchema } from "./rule-schema.js";
import { corpusTexts } from "../test-support/texts.js";
import { trustedRuleData } from "./trusted-pack.js";

describe("built-in pack without run-time validation", () => {
  const trusted = trustedRuleData(MR_PACK);

  it("every generated rule file passes the schemas, and the trusted data is what validation returns", () => {
    expect(trusted.length).toBe(MR_PACK.length);
    MR_PACK.forEach(({ path: file, data }, i) => {
      const parsed = ruleFileSchema.safeParse(data);
      expect(parsed.success, file).toBe(true);
      if (!parsed.success) return;
      const kind = CHECK_KINDS.get(parsed.data.kind);
      expect(kind, file).toBeDefined();
      const check = kind!.schema.safeParse(parsed.data.check);
      expect(check.success, file).toBe(true);
      expect(trusted[i].path).toBe(file);
      expect(trusted[i].file, file).toStrictEqual(parsed.data);
      expect(trusted[i].check, file).toStrictEqual(check.success ? check.data : undefined);
    });
  });

  it("trims texts as validation does, and leaves the generated data alone", () => {
    const skeleton = (MR_PACK[0].data as { skeleton: { sv: string } }).skeleton.sv;
    expect(skeleton.endsWith("\n")).toBe(true);
    expect((trusted[0].file.skeleton as { sv: string }).sv).toBe(skeleton.trim());
    expect((MR_PACK[0].data as { skeleton: { sv: string } }).skeleton.sv).toBe(skeleton);
  });

  it("compiles the same rules as the validating loader, and they lint alike", () => {
    const validated = loadRuleData(MR_PACK);
    expect(validated.errors).toEqual([]);
    const rules = builtinRules();
    expect(rules.map((r) => r.meta)).toStrictEqual(validated.rules.map((r) => r.meta));
    expect(builtinRuleFiles()).toStrictEqual(validated.files);
    let texts = 0;
    for (const text of corpusTexts()) {
      const language = detectLanguage(text);
      const ours = lintDocument(plainDocument(text, language), { rules });
      expect(ours, text.slice(0, 80)).toEqual(lintDocument(plainDocument(text, language), { rules: validated.rules }));
      texts++;
    }
    expect(texts).toBeGreaterThan(10);
  });
});
