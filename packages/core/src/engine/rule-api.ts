/**
 * The rule API. Every rule, whether compiled from a YAML rule file by a
 * check kind or written in TypeScript by an embedder, is a `Rule`: typed
 * metadata plus one `check` function over the analysed document (the shape
 * of ESLint's meta + create).
 */
import type { Analysis } from "../analysis/types.js";
import type { Language, PolicyDocument } from "../model/document.js";
import type { Level, Locale, RuleState } from "../model/results.js";

export type Localized = Record<Locale, string>;
export type RuleType = "document" | "span";

export interface RuleMeta {
  id: string;
  type: RuleType;
  /** Default level (mr:recommended). */
  level: Level;
  title: Localized;
  description: Localized;
  /** Docs page URL or repository path. */
  url: string;
  /** Message templates by id; `{name}` placeholders are filled from the report's data. */
  messages: Record<string, Localized>;
  /** The rule offers safe fixes. */
  fixable?: boolean;
  /** Element ids with their names, for document rules built from elements. */
  elements?: Record<string, Localized>;
  /** Headings (lower-cased, in either language) of the section where the content belongs. */
  sectionHeadings?: string[];
  /** Section skeleton an editor can insert when the rule is missing, per language. */
  skeleton?: Localized;
  /** What the rule explains on hover: why it matters and a good example, per locale. */
  rationale?: Localized;
  example?: Localized;
  /** Option defaults; config `[level, { … }]` overrides them key by key. */
  defaultOptions?: Readonly<Record<string, unknown>>;
  /** The check kind a rule file was compiled with ("elements", "terms" …); absent for TypeScript rules. */
  kind?: string;
  /** Where the rule's terms and reasons come from (guidance, law). */
  sources?: string[];
}

export interface SpanReport {
  messageId: string;
  data?: Record<string, string>;
  block: number;
  /** Block-text offsets [start, end). */
  start: number;
  end: number;
  /** Replacement texts for [start, end); the first safe one is what `--fix` applies. */
  replacements?: Array<{ text: string; safe: boolean }>;
}

export interface EvidenceRef {
  block: number;
  start: number;
  end: number;
  element?: string;
}

export interface DocumentOutcome {
  state: RuleState;
  evidence: EvidenceRef[];
  elements?: Record<string, boolean>;
  /** Message id for the diagnostic; defaults to the state name. */
  messageId?: string;
  data?: Record<string, string>;
  /** Block (usually a heading) where the content belongs; the engine falls back to the title. */
  anchorBlock?: number | null;
  /** Why not applicable / what is missing, per locale. */
  reason?: Localized;
  /** Element ids that would complete a partial or missing state. */
  missingElements?: string[];
}

export interface RuleContext {
  readonly analysis: Analysis;
  readonly document: PolicyDocument;
  readonly language: Language;
  readonly locale: Locale;
  readonly options: Readonly<Record<string, unknown>>;
  /** Span rules: report one finding. */
  report(report: SpanReport): void;
  /** Document rules: set the rule's state once. */
  setState(outcome: DocumentOutcome): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}
