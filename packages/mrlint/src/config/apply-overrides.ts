import path from "node:path";
import picomatch from "picomatch";
import { toPosix } from "../display-path.js";
import { mergeRules } from "./merge.js";
import type { FileConfig, ResolvedConfig, ResolvedIgnores, ResolvedOverride } from "./types.js";

const matchers = new WeakMap<object, (rel: string) => boolean>();

/**
 * Globs of `overrides` and `ignores`: dotfiles match, and a pattern without
 * a slash ("*.txt", "arkiv") matches the file or folder name at any depth,
 * as in .gitignore. (picomatch's own `basename` option mis-handles arrays
 * that mix both kinds, so the split is done here.)
 */
function matcherFor(owner: ResolvedOverride | ResolvedIgnores, patterns: string[]): (rel: string) => boolean {
  let match = matchers.get(owner);
  if (!match) {
    const all = patterns.map(directoryPattern);
    const withSlash = all.filter((p) => p.includes("/"));
    const nameOnly = all.filter((p) => !p.includes("/"));
    const full = withSlash.length ? picomatch(withSlash, { dot: true }) : () => false;
    const name = nameOnly.length ? picomatch(nameOnly, { dot: true }) : () => false;
    match = (rel: string) => full(rel) || name(rel.replace(/\/$/, "").split("/").pop() ?? rel);
    matchers.set(owner, match);
  }
  return match;
}

/** "drafts/" means everything inside drafts, as in .gitignore. */
function directoryPattern(pattern: string): string {
  return pattern.endsWith("/") ? `${pattern}**` : pattern;
}

/** Path of `file` relative to `baseDir` in `/` form, or null when the file is outside it. */
function relativeInside(baseDir: string, file: string): string | null {
  const rel = path.relative(baseDir, file);
  if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) return null;
  return toPosix(rel);
}

export function overrideMatches(override: ResolvedOverride, file: string): boolean {
  const rel = relativeInside(override.baseDir, file);
  return rel !== null && matcherFor(override, override.files)(rel);
}

/** True when a config `ignores` glob matches the file or folder (a folder's contents go with it). */
export function ignoredByConfig(config: ResolvedConfig, file: string, isDirectory: boolean): boolean {
  for (const group of config.ignores) {
    const rel = relativeInside(group.baseDir, file);
    if (rel === null) continue;
    const match = matcherFor(group, group.patterns);
    if (match(rel) || (isDirectory && match(`${rel}/`))) return true;
  }
  return false;
}

/** The settings that apply to one file. */
export function configForFile(config: ResolvedConfig, file: string): FileConfig {
  let rules = config.rules;
  let language = config.language;
  let locale = config.locale;
  for (const override of config.overrides) {
    if (!overrideMatches(override, file)) continue;
    rules = mergeRules(rules, override.rules);
    language = override.language ?? language;
    locale = override.locale ?? locale;
  }
  const out: FileConfig = {
    configFile: config.file,
    rules,
    language: language ?? "auto",
    packs: config.packs,
    limits: config.limits,
  };
  if (locale) out.locale = locale;
  if (config.reviewAuthor) out.reviewAuthor = config.reviewAuthor;
  return out;
}
