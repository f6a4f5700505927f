export * from "./model/index.js";
export * from "./analysis/types.js";
// Text analysis (analysis engineer).
export { analyse, keepsDiacritics } from "./analysis/analyse.js";
export { foldText, lowerText } from "./analysis/fold.js";
export { tokenize, isWordToken } from "./analysis/tokens.js";
export { splitSentences } from "./analysis/sentences.js";
export {
  compileLexicon,
  type Lexicon,
  type LexiconEntry,
  type LexiconMatch,
  type LexiconMatchKind,
} from "./analysis/lexicon.js";
export { negatedNear, negationCues, cueKind, type CueKind } from "./analysis/negation.js";
export { computeMarks, isPostponed, isPlaceholder } from "./analysis/marks.js";
export { findModals } from "./analysis/modals.js";
export { quoteRanges, insideQuotes as insideQuoteRanges } from "./analysis/quotes.js";
export { lix, lixCounts, lixFromCounts, LIX_MIN_WORDS, type LixCounts } from "./analysis/lix.js";
export { detectLanguage, languageScores } from "./analysis/language.js";
export { classifyRoles, isMetadataLine, hasDottedLeader } from "./analysis/roles.js";
export type { EnglishInflection } from "./analysis/morphology.js";
export * from "./engine/rule-api.js";
export * from "./config/schema.js";
export { DEFAULT_MAX_TEXT_CHARS, checkTextSize } from "./config/text-limit.js";
// Rule engine, config and rule packs (rule-engine engineer).
export { lintDocument, INLINE_CONFIG_RULE_ID, type LintOptions } from "./engine/lint-document.js";
export { formatMessage } from "./engine/messages.js";
export { builtinRules, builtinRuleFiles } from "./pack/builtin.js";
export {
  loadRulePack,
  loadRuleData,
  parseRuleYaml,
  MAX_RULE_FILE_CHARS,
  type RulePack,
  type RulePackFile,
  type LoadRulePackOptions,
} from "./pack/load-rule-pack.js";
export { compileRuleFile, type RuleFileResult } from "./pack/compile-rule.js";
export { ruleFileSchema, ruleId, type RuleFile, type RuleExample } from "./pack/rule-schema.js";
export { unsafeRegexReason } from "./pack/safe-regex.js";
export { KIND_NAMES } from "./checks/registry.js";
export { validateConfig, type ConfigValidation, type ValidateConfigOptions } from "./config/validate.js";
export {
  resolveRuleSettings,
  mergeConfig,
  mergeRules,
  mergeRuleSetting,
  settingLevel,
  settingOptions,
} from "./config/resolve.js";
export { PRESET_NAMES, presetRules, isPresetName, type PresetName } from "./config/presets.js";
export { nearest, didYouMean, editDistance } from "./config/nearest.js";
export { readableIssues, formatPath } from "./config/readable-issues.js";
// Grammar for the span rules (grammar engineer).
export { findHiddenActor, findHedges, isObligationOrGoal, type HiddenActorFinding, type HedgeMatch } from "./grammar/index.js";
