/**
 * The built-in `mr` rule pack. `scripts/build-rules.mjs` turns
 * `rules/mr/*.yml` into `mr-pack.generated.ts` (parsed data, no YAML parser
 * needed at run time); it is validated and compiled here on first use and
 * cached for the life of the process.
 */
import type { Rule } from "../engine/rule-api.js";
import { loadRuleData, type RulePack } from "./load-rule-pack.js";
import { MR_PACK } from "./mr-pack.generated.js";
import type { RuleFile } from "./rule-schema.js";

let cached: RulePack | null = null;

function builtinPack(): RulePack {
  if (!cached) {
    const pack = loadRuleData(MR_PACK);
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
