/**
 * The built-in `mr` rule pack. `scripts/build-rules.mjs` turns
 * `rules/mr/*.yml` into `mr-pack.generated.ts` (parsed data, no YAML parser
 * needed at run time); it is compiled here on first use and cached for the
 * life of the process. It is not validated with zod at run time: the test
 * suite does that (builtin-pack.test.ts, trusted-pack.ts).
 */
import type { Rule } from "../engine/rule-api.js";
import { loadTrustedRuleData, type RulePack } from "./load-rule-pack.js";
import { MR_PACK } from "./mr-pack.generated.js";
import type { RuleFile } from "./rule-schema.js";
import { trustedRuleData } from "./trusted-pack.js";

let cached: RulePack | null = null;

function builtinPack(): RulePack {
  if (!cached) {
    const pack = loadTrustedRuleData(trustedRuleData(MR_PACK));
    if (pack.errors.length > 0) {
      // The built-in pack is part of the program, not user input: a broken one is a build bug.
      throw new Error(`the built-in mr rule pack is invalid:\n${pack.errors.map((e) => e.message).join("\n")}`);
    }
    cached = pack;
  }
  return cached;
}

/** The compiled rules of the built-in `mr` pack (a fresh array; the rules themselves are shared). */
export function builtinRules(): Rule[] {
  return builtinPack().rules.slice();
}

/** The validated rule files of the built-in pack (docs, examples, `mrlint rules`). */
export function builtinRuleFiles(): RuleFile[] {
  return builtinPack().files.slice();
}
