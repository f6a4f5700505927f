/**
 * Finds and loads config files: nearest file wins (walking up from the
 * linted file to the filesystem root), `extends` chains with cycle checks,
 * `packs` folders, and rule-id checks against the rules that exist. Results
 * are cached, so one loader serves a whole run.
 */
import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { builtinRuleFiles, builtinRules, loadRulePack, MrlintInputError, presetRules, type Locale, type Rule, type RuleSetting } from "@mrlint/core";
import { displayPath } from "../display-path.js";
import { message } from "../messages.js";
import { configForFile } from "./apply-overrides.js";
import { emptyConfig, mergeConfigs } from "./merge.js";
import { CONFIG_FILE_NAMES, PRESETS } from "./names.js";
import { nearest } from "./nearest.js";
import { parseConfigText } from "./parse-config-text.js";
import { readPackFiles } from "./rule-packs.js";
import type { FileConfig, ResolvedConfig } from "./types.js";
import { configError, formatKeyPath, showValue, validateConfigObject } from "./validate-config.js";

export interface ConfigLoaderOptions {
  /** Language of error messages. */
  locale?: Locale;
  /** Paths in messages are shown relative to this folder. */
  cwd?: string;
}

/** Where a rule id was named, so an unknown id can be reported against its file and key. */
interface RuleRef {
  file: string;
  path: Array<string | number>;
  id: string;
  setting: RuleSetting;
}

interface Layer {
  config: ResolvedConfig;
  refs: RuleRef[];
}

interface LoadedPacks {
  rules: Rule[];
  /** Check kind of each YAML rule (terms, elements …), by id. */
  kinds: Map<string, string>;
  digest: string;
}

export class ConfigLoader {
  readonly locale: Locale;
  readonly cwd: string;
  private readonly nearestByDir = new Map<string, string | null>();
  private readonly loaded = new Map<string, ResolvedConfig>();
  private readonly packs = new Map<string, LoadedPacks>();
  private builtin: Rule[] | undefined;

  constructor(options: ConfigLoaderOptions = {}) {
    this.locale = options.locale ?? "en";
    this.cwd = options.cwd ?? process.cwd();
  }

  /** The nearest config file in `dir` or above it, or null. */
  findConfigFile(dir: string): string | null {
    const visited: string[] = [];
    let current = path.resolve(dir);
    let found: string | null = null;
    for (;;) {
      const cached = this.nearestByDir.get(current);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      visited.push(current);
      const here = CONFIG_FILE_NAMES.map((name) => path.join(current, name)).find(isFile);
      if (here) {
        found = here;
        break;
      }
      const parent = path.dirname(current);
      if (parent === current) break;
      current = parent;
    }
    for (const dirVisited of visited) this.nearestByDir.set(dirVisited, found);
    return found;
  }

  /** The config that applies in `dir` (nearest file, or the built-in defaults). Throws MrlintInputError. */
  configForDirectory(dir: string): ResolvedConfig {
    const file = this.findConfigFile(dir);
    return file ? this.load(file) : emptyConfig();
  }

  /** Loads one config file with everything it extends. Throws MrlintInputError for any problem. */
  load(configFile: string): ResolvedConfig {
    const file = path.resolve(configFile);
    const cached = this.loaded.get(file);
    if (cached) return cached;
    const layer = this.loadLayer(file, []);
    this.checkRuleIds(layer);
    this.loaded.set(file, layer.config);
    return layer.config;
  }

  /** Settings for one file: `configFile` if given, else the nearest config, with matching overrides applied. */
  configFor(filePath: string, configFile?: string): FileConfig {
    const file = path.resolve(this.cwd, filePath);
    const config = configFile ? this.load(path.resolve(this.cwd, configFile)) : this.configForDirectory(path.dirname(file));
    return configForFile(config, file);
  }

  /** Built-in rules plus the rules of the given pack folders (a later rule with the same id wins). */
  rulesFor(packs: readonly string[]): Rule[] {
    return this.loadPacks(packs).rules;
  }

  /** The check kind (terms, elements, phrases …) of each YAML rule, by id. */
  ruleKinds(packs: readonly string[]): ReadonlyMap<string, string> {
    return this.loadPacks(packs).kinds;
  }

  /** A hash of the pack folders' contents, for cache keys. */
  packDigest(packs: readonly string[]): string {
    return this.loadPacks(packs).digest;
  }

  builtinRules(): Rule[] {
    this.builtin ??= builtinRules();
    return this.builtin;
  }

  private show(file: string): string {
    return displayPath(file, this.cwd);
  }

  private loadPacks(packs: readonly string[]): LoadedPacks {
    const key = packs.join("\0");
    const cached = this.packs.get(key);
    if (cached) return cached;
    const rules = [...this.builtinRules()];
    const kinds = new Map<string, string>(builtinRuleFiles().map((f) => [f.id, f.kind]));
    const hash = createHash("sha256");
    for (const dir of packs) {
      const shownDir = JSON.stringify(this.show(dir));
      let files;
      try {
        files = readPackFiles(dir);
      } catch (error) {
        const reason = (error as NodeJS.ErrnoException).code ?? String(error);
        throw new MrlintInputError("config-invalid", message(this.locale, "configPackInvalid", { path: "packs", value: shownDir, reason }), dir);
      }
      for (const f of files) hash.update(`${f.path}\0${f.text}\0`);
      // Ids of the built-in pack and of earlier packs are taken: a pack adds rules, it does not replace them.
      const pack = loadRulePack(
        files.map((f) => ({ path: this.show(f.path), text: f.text })),
        { reservedIds: rules.map((r) => r.meta.id) },
      );
      if (pack.errors.length) {
        const reason = pack.errors.map((e) => e.message).join("; ");
        throw new MrlintInputError("config-invalid", message(this.locale, "configPackInvalid", { path: "packs", value: shownDir, reason }), dir);
      }
      rules.push(...pack.rules);
      for (const f of pack.files) kinds.set(f.id, f.kind);
    }
    const loaded = { rules, kinds, digest: hash.digest("hex") };
    this.packs.set(key, loaded);
    return loaded;
  }

  private loadLayer(file: string, stack: string[]): Layer {
    const shown = this.show(file);
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOENT") throw new MrlintInputError("config-not-found", message(this.locale, "configFileMissing", { file: shown }), file);
      throw new MrlintInputError("config-unreadable", message(this.locale, "unreadable", { file: shown, reason: code ?? String(error) }), file);
    }
    const kind = path.extname(file).toLowerCase() === ".json" ? "json" : "yaml";
    const raw = parseConfigText(text, kind, shown, this.locale);
    if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
      throw new MrlintInputError("config-invalid", message(this.locale, "configNotObject", { file: shown }), file);
    }
    const cfg = validateConfigObject(raw, shown, this.locale);
    const dir = path.dirname(file);
    const problems: string[] = [];

    let merged = emptyConfig();
    const refs: RuleRef[] = [];
    const extendsList = cfg.extends === undefined ? [] : Array.isArray(cfg.extends) ? cfg.extends : [cfg.extends];
    extendsList.forEach((entry, i) => {
      const keyPath = formatKeyPath(Array.isArray(cfg.extends) ? ["extends", i] : ["extends"]);
      if (PRESETS.includes(entry)) {
        merged = mergeConfigs(merged, { ...emptyConfig(), extends: [entry], rules: presetRules(entry, this.builtinRules()) ?? {} });
        return;
      }
      if (!looksLikePath(entry)) {
        const presets = PRESETS.map((p) => JSON.stringify(p)).join(", ");
        const allowed = `${presets}, ${this.locale === "sv" ? "en relativ sökväg som" : "a relative path such as"} "./base.yaml"`;
        let line = message(this.locale, "configUnknownPreset", { path: keyPath, value: JSON.stringify(entry), allowed });
        const guess = nearest(entry, PRESETS);
        if (guess) line += `; ${message(this.locale, "didYouMean", { suggestion: JSON.stringify(guess) })}`;
        problems.push(line);
        return;
      }
      const target = path.resolve(dir, entry);
      if (target === file || stack.includes(target)) {
        const cycle = [...stack, file, target].map((f) => this.show(f)).join(" -> ");
        problems.push(message(this.locale, "configExtendsCycle", { path: keyPath, value: JSON.stringify(entry), cycle }));
        return;
      }
      if (!isFile(target)) {
        problems.push(message(this.locale, "configExtendsMissing", { path: keyPath, value: JSON.stringify(entry) }));
        return;
      }
      const parent = this.loadLayer(target, [...stack, file]);
      merged = mergeConfigs(merged, { ...parent.config, extends: [...parent.config.extends, entry] });
      refs.push(...parent.refs);
    });

    const packs: string[] = [];
    (cfg.packs ?? []).forEach((entry, i) => {
      const target = path.resolve(dir, entry);
      if (!isDirectory(target)) {
        problems.push(message(this.locale, "configPackMissing", { path: formatKeyPath(["packs", i]), value: JSON.stringify(entry) }));
      } else packs.push(target);
    });
    if (problems.length) throw configError(shown, problems, this.locale);

    for (const [id, setting] of Object.entries(cfg.rules ?? {})) refs.push({ file, path: ["rules", id], id, setting });
    (cfg.overrides ?? []).forEach((o, i) => {
      for (const [id, setting] of Object.entries(o.rules ?? {})) refs.push({ file, path: ["overrides", i, "rules", id], id, setting });
    });

    const own: ResolvedConfig = {
      file,
      files: [file],
      extends: [],
      rules: (cfg.rules ?? {}) as Record<string, RuleSetting>,
      packs,
      overrides: (cfg.overrides ?? []).map((o) => ({
        baseDir: dir,
        files: Array.isArray(o.files) ? o.files : [o.files],
        ...(o.rules ? { rules: o.rules as Record<string, RuleSetting> } : {}),
        ...(o.language ? { language: o.language } : {}),
        ...(o.locale ? { locale: o.locale } : {}),
      })),
      ignores: cfg.ignores?.length ? [{ baseDir: dir, patterns: cfg.ignores }] : [],
      limits: cfg.limits ?? {},
    };
    if (cfg.language) own.language = cfg.language;
    if (cfg.locale) own.locale = cfg.locale;
    if (cfg.reviewAuthor) own.reviewAuthor = cfg.reviewAuthor;
    return { config: mergeConfigs(merged, own), refs };
  }

  /**
   * Every rule id named anywhere in the chain must exist among built-in and
   * pack rules, and rule options must be ones the rule has, of the right type.
   */
  private checkRuleIds(layer: Layer): void {
    const rules = new Map(this.rulesFor(layer.config.packs).map((r) => [r.meta.id, r]));
    const known = [...rules.keys()];
    const byFile = new Map<string, string[]>();
    const add = (file: string, line: string) => byFile.set(file, [...(byFile.get(file) ?? []), line]);
    for (const ref of layer.refs) {
      const rule = rules.get(ref.id);
      if (!rule) {
        let line = message(this.locale, "configUnknownRule", { path: formatKeyPath(ref.path), value: JSON.stringify(ref.id) });
        const guess = nearest(ref.id, known);
        if (guess) line += `; ${message(this.locale, "didYouMean", { suggestion: JSON.stringify(guess) })}`;
        add(ref.file, line);
        continue;
      }
      const options = typeof ref.setting === "string" ? undefined : ref.setting[1];
      const defaults = rule.meta.defaultOptions ?? {};
      const allowed = Object.keys(defaults);
      for (const [key, value] of Object.entries(options ?? {})) {
        const keyPath = formatKeyPath([...ref.path, 1, key]);
        if (!(key in defaults)) {
          let line = message(this.locale, "configUnknownOption", {
            path: keyPath,
            key: JSON.stringify(key),
            rule: ref.id,
            allowed: allowed.length ? allowed.join(", ") : message(this.locale, "configNoOptions"),
          });
          const guess = nearest(key, allowed);
          if (guess) line += `; ${message(this.locale, "didYouMean", { suggestion: JSON.stringify(guess) })}`;
          add(ref.file, line);
        } else if (typeName(value) !== typeName(defaults[key])) {
          add(ref.file, message(this.locale, "configBadValue", { path: keyPath, value: showValue(value), allowed: describeLike(defaults[key], this.locale) }));
        }
      }
    }
    if (byFile.size === 0) return;
    const errors = [...byFile].map(([file, lines]) => configError(this.show(file), lines, this.locale));
    if (errors.length === 1) throw errors[0];
    throw new MrlintInputError("config-invalid", errors.map((e) => e.message).join("\n"), layer.config.file ?? undefined);
  }
}

function typeName(value: unknown): string {
  return Array.isArray(value) ? "list" : value === null ? "null" : typeof value;
}

/** "a number (default: 55)". */
function describeLike(example: unknown, locale: Locale): string {
  const names: Record<string, [string, string]> = {
    number: ["a number", "ett tal"],
    string: ["a string", "en textsträng"],
    boolean: ["true or false", "true eller false"],
    list: ["a list", "en lista"],
    object: ["an object", "ett objekt"],
  };
  const name = names[typeName(example)]?.[locale === "sv" ? 1 : 0] ?? typeName(example);
  return `${name} (${locale === "sv" ? "standard" : "default"}: ${JSON.stringify(example)})`;
}

function looksLikePath(entry: string): boolean {
  return entry.startsWith("./") || entry.startsWith("../") || path.isAbsolute(entry) || /\.(json|ya?ml)$/i.test(entry);
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

