/**
 * Lints open Markdown and text documents, keeping the last parse and result
 * per document: an unchanged text with an unchanged config is not linted
 * again (a save, a focus change, a repeated request), and a config change
 * that keeps the language re-runs the rules on the parsed document without
 * parsing again.
 */
import type { EffectiveConfig, Language, LintResult, Locale, PolicyDocument, Rule } from "@mrlint/core";
import type { Engine, TextFormat } from "./engine.js";

export interface LintedText {
  uri: string;
  version: number;
  text: string;
  format: TextFormat;
  document: PolicyDocument;
  result: LintResult;
  rules: Rule[];
  /** Locale asked for (undefined: the engine's choice). */
  locale?: Locale;
}

interface Entry extends LintedText {
  parseKey: string;
  lintKey: string;
}

export interface TextLintRequest {
  uri: string;
  version: number;
  text: string;
  format: TextFormat;
  config: EffectiveConfig;
  rules: Rule[];
  locale?: Locale;
}

const ruleSetIds = new WeakMap<Rule[], number>();
let nextRuleSetId = 1;

function ruleSetId(rules: Rule[]): number {
  let id = ruleSetIds.get(rules);
  if (id === undefined) {
    id = nextRuleSetId++;
    ruleSetIds.set(rules, id);
  }
  return id;
}

export class TextLinter {
  private entries = new Map<string, Entry>();
  /** Counts for tests and the log: how often the work was really done. */
  readonly stats = { parses: 0, lints: 0, reused: 0 };

  constructor(private readonly engine: Engine) {}

  get(uri: string): LintedText | undefined {
    return this.entries.get(uri);
  }

  forget(uri: string): void {
    this.entries.delete(uri);
  }

  clear(): void {
    this.entries.clear();
  }

  lint(request: TextLintRequest): LintedText {
    const language: Language | undefined = request.config.language === "auto" ? undefined : request.config.language;
    const parseKey = `${request.format}|${language ?? "auto"}`;
    const lintKey = `${ruleSetId(request.rules)}|${request.locale ?? ""}|${JSON.stringify(request.config)}`;
    const previous = this.entries.get(request.uri);

    if (previous && previous.text === request.text && previous.parseKey === parseKey && previous.lintKey === lintKey) {
      this.stats.reused++;
      previous.version = request.version;
      return previous;
    }

    let document: PolicyDocument;
    if (previous && previous.text === request.text && previous.parseKey === parseKey) {
      document = previous.document;
    } else {
      // After a keystroke most of the text is unchanged: the parser re-uses the previous version's tree where it can.
      const before = previous && previous.parseKey === parseKey ? previous.document : undefined;
      document = this.engine.parse(request.text, request.format, { uri: request.uri, language, incremental: { previous: before } });
      this.stats.parses++;
    }
    const result = this.engine.lintDocument(document, { config: request.config, rules: request.rules, locale: request.locale });
    this.stats.lints++;
    const entry: Entry = {
      uri: request.uri,
      version: request.version,
      text: request.text,
      format: request.format,
      document,
      result,
      rules: request.rules,
      locale: request.locale,
      parseKey,
      lintKey,
    };
    this.entries.set(request.uri, entry);
    return entry;
  }
}
