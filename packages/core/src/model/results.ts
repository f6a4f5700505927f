import type { Language } from "./document.js";
import type { Range } from "./positions.js";

export type Level = "error" | "warning" | "info" | "hint";
export type RuleState = "satisfied" | "partial" | "missing" | "not-applicable";
export type Locale = "sv" | "en";

export interface TextEdit {
  range: Range;
  newText: string;
}

/** An edit offered to the user. `safe` fixes are applied by `--fix` and "fix all"; others are suggestions. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  safe: boolean;
}

/** A place in the text that led a document rule to its state. */
export interface Evidence {
  range: Range;
  text: string;
  /** The element it stands for (WHO, HOW, WHEN …) when the rule has elements. */
  element?: string;
}

export interface Diagnostic {
  ruleId: string;
  level: Level;
  /** Message in the requested locale. */
  message: string;
  /** Stable id of the message within the rule ("missing", "partial", "term" …). */
  messageId: string;
  range: Range;
  /** The flagged text (span rules) or the anchor text (document rules). */
  text: string;
  fixes: Fix[];
  /** Docs page of the rule. */
  url: string;
  /** Document rules only. */
  state?: RuleState;
  evidence?: Evidence[];
  /** Document rules: element ids that are missing for a partial state. */
  missingElements?: string[];
}

export interface RuleCoverage {
  ruleId: string;
  state: RuleState;
  evidence: Evidence[];
  /** For element rules: which elements were found. */
  elements?: Record<string, boolean>;
  /** Why the rule is not applicable, or what is missing, in the requested locale. */
  reason?: string;
}

export interface Coverage {
  rules: Record<string, RuleCoverage>;
  /** LIX of the whole document's body text, null when there is too little text. */
  lix: number | null;
  /** Document rules in state satisfied. */
  satisfied: number;
  /** Document rules that apply (not not-applicable). */
  applicable: number;
}

/** A problem with the input itself (unreadable file, bad config): the file gets no rule results. */
export interface FileError {
  code: string;
  message: string;
}

export interface LintResult {
  diagnostics: Diagnostic[];
  coverage: Coverage;
  language: Language;
  /** Parser notes ("tracked changes were accepted"). */
  notes: string[];
}
