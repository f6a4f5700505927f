/**
 * Rule file data → `Rule`: validate the common keys, then the kind's
 * `check:` data, then compile the check once.
 */
import type { CheckKind } from "../checks/kind.js";
import { CHECK_KINDS } from "../checks/registry.js";
import { currentLexiconPool, LexiconPool, withLexiconPool } from "../checks/shared/lexicon-pool.js";
import { didYouMean } from "../config/nearest.js";
import { readableIssues } from "../config/readable-issues.js";
import type { Rule, RuleMeta } from "../engine/rule-api.js";
import { MrlintInputError } from "../model/errors.js";
import { ruleFileSchema, type RuleFile } from "./rule-schema.js";

export interface RuleFileResult {
  file?: RuleFile;
  rule?: Rule;
  errors: MrlintInputError[];
}

const MAX_ERRORS_PER_FILE = 20;

function invalid(path: string, lines: string[]): MrlintInputError[] {
  return lines.slice(0, MAX_ERRORS_PER_FILE).map((line) => new MrlintInputError("rule-invalid", line, path));
}

/** The `<name>` of `rules/mr/<name>.yml`. */
function baseName(path: string): string {
  const last = path.split(/[\\/]/).pop() ?? path;
  return last.replace(/\.(ya?ml|json)$/i, "");
}

function metaOf(file: RuleFile, path: string, defaultOptions: Readonly<Record<string, unknown>> | undefined): RuleMeta {
  const headings = [...(file.sectionHeadings?.sv ?? []), ...(file.sectionHeadings?.en ?? [])].map((h) => h.toLowerCase());
  const meta: RuleMeta = {
    id: file.id,
    type: file.type,
    level: file.level,
    title: file.title,
    description: file.description,
    url: file.url ?? path,
    messages: file.messages,
    kind: file.kind,
  };
  if (headings.length > 0) meta.sectionHeadings = headings;
  if (file.skeleton) meta.skeleton = file.skeleton;
  if (file.rationale) meta.rationale = file.rationale;
  if (file.example) meta.example = file.example;
  if (file.sources) meta.sources = file.sources;
  const options = { ...defaultOptions, ...file.options };
  if (Object.keys(options).length > 0) meta.defaultOptions = options;
  return meta;
}

/** Validates and compiles one rule file's parsed data. `path` names the file in errors. */
export function compileRuleFile(path: string, data: unknown): RuleFileResult {
  const parsed = ruleFileSchema.safeParse(data);
  if (!parsed.success) return { errors: invalid(path, readableIssues(parsed.error.issues, data, path)) };
  const file = parsed.data;
  const kind = CHECK_KINDS.get(file.kind);
  if (!kind) return { errors: invalid(path, [`${path}: kind: got "${file.kind}"; allowed: ${[...CHECK_KINDS.keys()].join(", ")}`]) };
  const check = kind.schema.safeParse(file.check);
  const checkProblems = check.success ? [] : readableIssues(check.error.issues.map((i) => ({ ...i, path: ["check", ...i.path] })), { check: file.check }, path);
  return compileChecked(path, file, kind, check.success ? { data: check.data } : null, checkProblems);
}

/**
 * Compiles a rule file that is known to be valid, without its zod
 * validation: the built-in pack, which the test suite validates (see
 * builtin-pack.test.ts). `file` and `check` are what validation would have
 * returned (the file as parsed, the check data with its texts trimmed).
 */
export function compileTrustedRuleFile(path: string, file: RuleFile, check: unknown): RuleFileResult {
  const kind = CHECK_KINDS.get(file.kind);
  if (!kind) return { errors: invalid(path, [`${path}: kind: got "${file.kind}"; allowed: ${[...CHECK_KINDS.keys()].join(", ")}`]) };
  return compileChecked(path, file, kind, { data: check }, []);
}

/** The checks beyond the schemas, then the kind's compile. `check` is null when its data did not validate. */
function compileChecked(path: string, file: RuleFile, kind: CheckKind<unknown>, check: { data: unknown } | null, checkProblems: string[]): RuleFileResult {
  const problems: string[] = [];
  const name = baseName(path);
  if (/\.(ya?ml|json)$/i.test(path) && file.id.split("/")[1] !== name) {
    problems.push(`${path}: id: got "${file.id}"; the rule id must end in the file name: "${file.id.split("/")[0]}/${name}"`);
  }
  if (file.type !== kind.ruleType) {
    problems.push(`${path}: type: got "${file.type}"; the ${kind.name} kind makes ${kind.ruleType} rules`);
  }
  for (const id of kind.requiredMessages) {
    if (!file.messages[id]) problems.push(`${path}: messages: missing message "${id}"; the ${kind.name} kind reports: ${kind.requiredMessages.join(", ")}`);
  }
  const known = [...kind.requiredMessages, ...(kind.optionalMessages ?? []), "not-applicable"];
  for (const id of Object.keys(file.messages)) {
    if (!known.includes(id)) problems.push(`${path}: messages.${id}: the ${kind.name} kind never reports "${id}"; it reports: ${known.join(", ")}${didYouMean(id, known)}`);
  }
  const allowedOptions = Object.keys(kind.defaultOptions ?? {});
  for (const key of Object.keys(file.options ?? {})) {
    if (!allowedOptions.includes(key)) {
      problems.push(`${path}: options.${key}: unknown option; the ${kind.name} kind has ${allowedOptions.length > 0 ? `options: ${allowedOptions.join(", ")}` : "no options"}${didYouMean(key, allowedOptions)}`);
    }
  }
  problems.push(...checkProblems);
  if (problems.length > 0 || check === null) return { file, errors: invalid(path, problems) };

  const meta = metaOf(file, path, kind.defaultOptions);
  try {
    // The rule's term lists join the pack's lexicon pool (one scan per sentence for the whole pack).
    const pool = currentLexiconPool() ?? new LexiconPool();
    const run = withLexiconPool(pool, () => kind.compile(check.data, meta));
    return { file, rule: { meta, check: run }, errors: [] };
  } catch (error) {
    return { file, errors: invalid(path, [`${path}: check: cannot compile: ${(error as Error).message}`]) };
  }
}
