/**
 * Loading a rule pack: YAML text → parsed data → validated, compiled rules.
 * Bad files are reported, never thrown: the good rules of a pack still load.
 */
import { parseDocument } from "yaml";
import type { Rule } from "../engine/rule-api.js";
import { MrlintInputError } from "../model/errors.js";
import { LexiconPool, withLexiconPool } from "../checks/shared/lexicon-pool.js";
import { compileRuleFile, compileTrustedRuleFile, type RuleFileResult } from "./compile-rule.js";
import type { RuleFile } from "./rule-schema.js";
import type { TrustedRuleData } from "./trusted-pack.js";

export interface RulePackFile {
  path: string;
  text: string;
}

export interface RulePack {
  rules: Rule[];
  /** The validated rule files, in the order of `rules` (docs, examples, `mrlint rules`). */
  files: RuleFile[];
  errors: MrlintInputError[];
}

export interface LoadRulePackOptions {
  /** Ids already taken (the built-in pack, when loading a user pack beside it). */
  reservedIds?: Iterable<string>;
}

/** Rule files larger than this are refused (a rule is a page of data, not a corpus). */
export const MAX_RULE_FILE_CHARS = 1_000_000;

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const line = before.split("\n").length;
  const column = before.length - before.lastIndexOf("\n");
  return `line ${line}, column ${column}`;
}

/** Parses YAML text; errors name the file, line and column. */
export function parseRuleYaml(path: string, text: string): { data?: unknown; errors: MrlintInputError[] } {
  if (text.length > MAX_RULE_FILE_CHARS) {
    return { errors: [new MrlintInputError("rule-invalid", `${path}: the rule file is larger than ${MAX_RULE_FILE_CHARS} characters`, path)] };
  }
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const at = ` at ${lineAndColumn(text, e.pos[0])}`;
    const reason = e.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    return { errors: [new MrlintInputError("rule-invalid", `${path}: not valid YAML${at}: ${reason}`, path)] };
  }
  try {
    return { data: doc.toJS({ maxAliasCount: 100 }), errors: [] };
  } catch (error) {
    return { errors: [new MrlintInputError("rule-invalid", `${path}: cannot read the YAML: ${(error as Error).message}`, path)] };
  }
}

/** Validates and compiles already-parsed rule data. */
export function loadRuleData(entries: ReadonlyArray<{ path: string; data: unknown }>, options: LoadRulePackOptions = {}): RulePack {
  return compilePack(entries.map(({ path, data }) => () => compileRuleFile(path, data)), entries.map((e) => e.path), options);
}

/** Compiles rule files that need no validation (the built-in pack; see trusted-pack.ts). */
export function loadTrustedRuleData(entries: readonly TrustedRuleData[]): RulePack {
  return compilePack(entries.map(({ path, file, check }) => () => compileTrustedRuleFile(path, file, check)), entries.map((e) => e.path), {});
}

function compilePack(compilers: ReadonlyArray<() => RuleFileResult>, paths: readonly string[], options: LoadRulePackOptions): RulePack {
  const pack: RulePack = { rules: [], files: [], errors: [] };
  const reserved = new Set(options.reservedIds ?? []);
  const seen = new Map<string, string>();
  // One lexicon pool for the whole pack: every sentence is matched once against all its term lists.
  const pool = new LexiconPool();
  compilers.forEach((compile, index) => {
    const path = paths[index];
    const result = withLexiconPool(pool, compile);
    pack.errors.push(...result.errors);
    if (!result.rule || !result.file) return;
    const id = result.rule.meta.id;
    if (reserved.has(id)) {
      pack.errors.push(new MrlintInputError("rule-duplicate", `${path}: id: "${id}" is already defined by a built-in rule; choose another id`, path));
      return;
    }
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      pack.errors.push(new MrlintInputError("rule-duplicate", `${path}: id: "${id}" is already defined in ${earlier}; rule ids must be unique`, path));
      return;
    }
    seen.set(id, path);
    pack.rules.push(result.rule);
    pack.files.push(result.file);
  });
  return pack;
}

/** Loads a user rule pack from YAML files: `{ rules, files, errors }`; invalid files are left out and reported. */
export function loadRulePack(files: readonly RulePackFile[], options: LoadRulePackOptions = {}): RulePack {
  const parsed: Array<{ path: string; data: unknown }> = [];
  const errors: MrlintInputError[] = [];
  for (const file of files) {
    const { data, errors: yamlErrors } = parseRuleYaml(file.path, file.text);
    errors.push(...yamlErrors);
    if (yamlErrors.length === 0) parsed.push({ path: file.path, data });
  }
  const pack = loadRuleData(parsed, options);
  pack.errors.unshift(...errors);
  return pack;
}
