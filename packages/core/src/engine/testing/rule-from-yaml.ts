/** Test helper: compile one YAML rule file, failing loudly on any error. */
import type { Rule } from "../rule-api.js";
import { loadRulePack } from "../../pack/load-rule-pack.js";

export function ruleFromYaml(text: string, path = "test.yml"): Rule {
  const pack = loadRulePack([{ path, text }]);
  if (pack.errors.length > 0) throw new Error(pack.errors.map((e) => e.message).join("\n"));
  return pack.rules[0];
}

/** The common keys of a test rule; append `messages:` and `check:`. */
export function header(id: string, type: "document" | "span", kind: string): string {
  return `id: ${id}
type: ${type}
kind: ${kind}
level: warning
title: { sv: Test, en: Test }
description: { sv: Test, en: Test }
`;
}
