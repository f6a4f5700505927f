/**
 * The rule-file format: one YAML file per rule (`rules/<pack>/<name>.yml`).
 * The common keys are checked here; `check:` is checked by the schema of the
 * kind the file names (see checks/registry.ts). Every schema is strict, so a
 * misspelt key is an error that names the allowed keys.
 */
import { z } from "zod";
import { KIND_NAMES } from "../checks/registry.js";
import { localizedText, perLanguage, strictObject, text } from "./schema-tools.js";

export const ruleId = z
  .string()
  .regex(/^[a-z][a-z0-9-]*\/[a-z][a-z0-9-]*$/, "a rule id is <pack>/<name> in lower case, e.g. mr/involvement");

export const ruleStateName = z.enum(["satisfied", "partial", "missing", "not-applicable"]);

/** A test text: a string, or `{ text, state }` / `{ text, flagged }` to say exactly what must come out. */
export const ruleExample = z.union([
  text,
  strictObject({
    text,
    /** Document rules: the expected state. */
    state: ruleStateName.optional(),
    /** Span rules: the flagged texts, in order. */
    flagged: z.array(text).optional(),
  }),
]);
export type RuleExample = z.infer<typeof ruleExample>;

const examplesForLanguage = strictObject({
  pass: z.array(ruleExample).optional(),
  fail: z.array(ruleExample).optional(),
});

export const messageId = z.string().regex(/^[a-z][a-zA-Z0-9-]*$/, "a message id: letters, digits and dashes, starting with a lower-case letter");

export const ruleFileSchema = strictObject({
  id: ruleId,
  type: z.enum(["document", "span"]),
  kind: z.enum(KIND_NAMES as [string, ...string[]]),
  level: z.enum(["error", "warning", "info", "hint"]),
  title: localizedText,
  description: localizedText,
  /** Docs page (absolute URL or repository path); defaults to the rule file's path. */
  url: text.optional(),
  /** Message templates by id, with `{placeholder}`s the check kind fills. */
  messages: z.record(messageId, localizedText),
  /** Hover text: why it matters (the commitment or the law). */
  rationale: localizedText.optional(),
  /** Hover text: a sentence that would satisfy the rule. */
  example: localizedText.optional(),
  /** Headings of the section where the content belongs, per language. */
  sectionHeadings: perLanguage(text).optional(),
  /** Section template (Markdown, heading first) that an editor inserts. */
  skeleton: localizedText.optional(),
  /** Pass and fail texts, run by the test suite for every rule. */
  examples: strictObject({ sv: examplesForLanguage.optional(), en: examplesForLanguage.optional() }).optional(),
  /** Option defaults (the kind lists which options exist). */
  options: z.record(z.string(), z.unknown()).optional(),
  /** Where the terms and reasons come from. */
  sources: z.array(text).optional(),
  /** The kind-specific data: lexicons, elements, thresholds … */
  check: z.unknown(),
});
export type RuleFile = z.infer<typeof ruleFileSchema>;
