/**
 * Lints open Markdown and text documents, keeping the last parse and result
 * per document: an unchanged text with an unchanged config is not linted
 * again (a save, a focus change, a repeated request), and a config change
 * that keeps the language re-runs the rules on the parsed document without
 * parsing again.
 *
 * Parsing and linting are two steps (`parse`, then `lint`) so that the server
 * can stop between them when a newer version of the text has arrived; the
 * newest parse is kept either way, as the base of the next incremental parse.
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

/** The newest parse of a document, linted or not. */
interface Parsed {
  text: string;
  parseKey: string;
  document: PolicyDocument;
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

function languageOf(request: TextLintRequest): Language | undefined {
  return request.config.language === "auto" ? undefined : request.config.language;
}

function parseKeyOf(request: TextLintRequest): string {
  return `${request.format}|${languageOf(request) ?? "auto"}`;
}

export class TextLinter {
  private entries = new Map<string, Entry>();
  private parsed = new Map<string, Parsed>();
  /** Counts for tests and the log: how often the work was really done. */
  readonly stats = { parses: 0, lints: 0, reused: 0 };

  constructor(private readonly engine: Engine) {}

  get(uri: string): LintedText | undefined {
    return this.entries.get(uri);
  }

  forget(uri: string): void {
    this.entries.delete(uri);
    this.parsed.delete(uri);
  }

  clear(): void {
    this.entries.clear();
    this.parsed.clear();
  }

  /** The parsed document of the request's text (parsed now unless it is the newest parse). */
  parse(request: TextLintRequest): PolicyDocument {
    const parseKey = parseKeyOf(request);
    const latest = this.parsed.get(request.uri);
    if (latest && latest.text === request.text && latest.parseKey === parseKey) return latest.document;
    // An undo back to the linted text.
    const linted = this.entries.get(request.uri);
    if (linted && linted.text === request.text && linted.parseKey === parseKey) return linted.document;
    // After a keystroke most of the text is unchanged: the parser re-uses the newest parse's tree where it can.
    const previous = latest && latest.parseKey === parseKey ? latest.document : undefined;
    const document = this.engine.parse(request.text, request.format, {
      uri: request.uri,
      language: languageOf(request),
      incremental: { previous },
    });
    this.stats.parses++;
    this.parsed.set(request.uri, { text: request.text, parseKey, document });
    return document;
  }

  lint(request: TextLintRequest): LintedText {
    const parseKey = parseKeyOf(request);
    const lintKey = `${ruleSetId(request.rules)}|${request.locale ?? ""}|${JSON.stringify(request.config)}`;
    const previous = this.entries.get(request.uri);

    if (previous && previous.text === request.text && previous.parseKey === parseKey && previous.lintKey === lintKey) {
      this.stats.reused++;
      previous.version = request.version;
      return previous;
    }

    const document = this.parse(request);
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
