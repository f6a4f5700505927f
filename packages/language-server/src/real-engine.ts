/**
 * The engine the server runs with: the mr rule pack from @mrlint/core, the
 * parsers from @mrlint/markdown, config files, discovery and .docx linting
 * from @mrlint/node, and the Word review writer from @mrlint/docx.
 */
import { builtinRules, lintDocument, type LintResult, type Locale, type PolicyDocument, type Rule } from "@mrlint/core";
import { reviewDocxFile } from "@mrlint/docx";
import { parseMarkdown, parseText } from "@mrlint/markdown";
import { ConfigLoader, findFiles, lintFile, type FileConfig } from "@mrlint/node";
import type { Engine, EngineLintOptions } from "./engine.js";

function fileConfigOf(options: EngineLintOptions): FileConfig {
  return { ...options.config, configFile: null, packs: [], limits: options.limits ?? {} };
}

function lintWithRules(document: PolicyDocument, options: EngineLintOptions): LintResult {
  const messages = options.locale ?? document.language;
  return lintDocument(document, { config: { ...options.config, locale: messages }, locale: messages, rules: options.rules });
}

export function createRealEngine(): Engine {
  let root = process.cwd();
  let locale: Locale = "sv";
  let loader = new ConfigLoader({ cwd: root, locale });
  let builtin: Rule[] | undefined;

  return {
    configure(options) {
      if (options.root) root = options.root;
      if (options.locale) locale = options.locale;
      loader = new ConfigLoader({ cwd: root, locale });
    },
    invalidateConfig() {
      loader = new ConfigLoader({ cwd: root, locale });
    },
    builtinRules() {
      builtin ??= builtinRules();
      return builtin;
    },
    parse(text, format, options) {
      return format === "markdown" ? parseMarkdown(text, options) : parseText(text, options);
    },
    lintDocument: lintWithRules,
    async loadConfigFor(filePath) {
      const config = loader.configFor(filePath);
      const loaded = {
        config: { rules: config.rules, language: config.language, ...(config.locale ? { locale: config.locale } : {}) },
        rules: loader.rulesFor(config.packs),
        limits: config.limits,
        ...(config.configFile ? { file: config.configFile } : {}),
        ...(config.reviewAuthor ? { reviewAuthor: config.reviewAuthor } : {}),
      };
      return loaded;
    },
    async lintDocx(filePath, options) {
      // Without a message language asked for, the messages follow the document's language,
      // known only after reading it: re-run the rules (cheap) when the first guess was wrong.
      const guess = options.locale ?? "sv";
      const file = await lintFile(filePath, { cwd: root, config: fileConfigOf(options), rules: options.rules, locale: guess, loader });
      let result = file.result;
      if (result && file.document && !options.locale && result.language !== guess) {
        result = lintWithRules(file.document, options);
      }
      return { document: file.document, result, error: file.error };
    },
    async findDocx(folder) {
      const found = await findFiles([folder], { cwd: folder, loader, locale });
      return found.files.filter((file) => file.toLowerCase().endsWith(".docx"));
    },
    async writeReview(filePath, outputPath, options) {
      const reviewed = await reviewDocxFile(filePath, outputPath, {
        lint: { config: options.config, rules: options.rules, ...(options.locale ? { locale: options.locale } : {}) },
        ...(options.locale ? { locale: options.locale } : {}),
        ...(options.author ? { author: options.author } : {}),
        ...(options.limits ? { limits: options.limits } : {}),
      });
      return { output: reviewed.outPath, findings: reviewed.result.diagnostics.length };
    },
  };
}
