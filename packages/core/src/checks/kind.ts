/**
 * A check kind turns the `check:` data of a rule file into a rule's check
 * function, once, when the pack is loaded. One kind per file in this folder.
 */
import type { z } from "zod";
import type { RuleContext, RuleMeta, RuleType } from "../engine/rule-api.js";

export interface CheckKind<Data = unknown> {
  name: string;
  /** The rule type this kind produces (a rule file's `type` must agree). */
  ruleType: RuleType;
  schema: z.ZodType<Data>;
  /** Message ids the rule file must define. */
  requiredMessages: readonly string[];
  /** Message ids the kind uses when the rule file defines them (it falls back otherwise). */
  optionalMessages?: readonly string[];
  /** Option defaults the kind reads; a rule file's `options` may override them. */
  defaultOptions?: Readonly<Record<string, unknown>>;
  compile(data: Data, meta: RuleMeta): (context: RuleContext) => void;
}

/** Erases the data type for the registry (the schema still checks the data before compile). */
export function defineKind<Data>(kind: CheckKind<Data>): CheckKind<unknown> {
  return kind as unknown as CheckKind<unknown>;
}
