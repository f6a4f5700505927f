/**
 * Turns command-line patterns into the sorted list of files to lint.
 * Folders are walked for Markdown, text and .docx files, honouring
 * `.mrlintignore` files and config `ignores`; files named explicitly are
 * always linted; globs (picomatch) are matched relative to `cwd`. A path that
 * does not exist, a glob that matches nothing and a folder that cannot be
 * read become error entries, never exceptions.
 */
import * as nodeFs from "node:fs";
import path from "node:path";
import picomatch from "picomatch";
import type { Locale } from "@mrlint/core";
import { ignoredByConfig } from "../config/apply-overrides.js";
import { ConfigLoader } from "../config/config-loader.js";
import type { ResolvedConfig } from "../config/types.js";
import { displayPath, toPosix } from "../display-path.js";
import { message } from "../messages.js";
import { isLintablePath } from "../read/format.js";
import { ignoredByLayers, loadIgnoreLayer, type IgnoreLayer } from "./ignore-files.js";

/** Folders never walked into. */
export const SKIPPED_DIRECTORIES: readonly string[] = ["node_modules", ".git", ".hg", ".svn"];

export interface DiscoveryError {
  /** The path or pattern concerned, absolute for paths. */
  path: string;
  code: "not-found" | "no-match" | "unreadable-directory";
  message: string;
}

export interface FoundFiles {
  /** Absolute paths, sorted, without duplicates. */
  files: string[];
  errors: DiscoveryError[];
}

/** The file-system calls discovery makes (replaceable in tests). */
export interface DiscoveryFs {
  stat(p: string): { isDirectory(): boolean; isFile(): boolean };
  readdir(p: string): Array<{ name: string; isDirectory(): boolean; isFile(): boolean; isSymbolicLink(): boolean }>;
  readText(p: string): string | null;
}

export interface FindFilesOptions {
  cwd?: string;
  /** Ignore-file names read in every walked folder; `false` reads none. Default `[".mrlintignore"]`. */
  ignoreFiles?: readonly string[] | false;
  /** Apply config `ignores` (needs config files; default true). */
  configIgnores?: boolean;
  /** Shared config cache; one is created when missing. */
  loader?: ConfigLoader;
  /** Use this config's `ignores` everywhere instead of the nearest config file's. */
  configFile?: string;
  locale?: Locale;
  fs?: DiscoveryFs;
}

export const realFs: DiscoveryFs = {
  stat: (p) => nodeFs.statSync(p),
  readdir: (p) => nodeFs.readdirSync(p, { withFileTypes: true }),
  readText: (p) => {
    try {
      return nodeFs.readFileSync(p, "utf8");
    } catch {
      return null;
    }
  },
};

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function findFiles(patterns: readonly string[], options: FindFilesOptions = {}): Promise<FoundFiles> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const fs = options.fs ?? realFs;
  const locale = options.locale ?? "en";
  const ignoreNames = options.ignoreFiles === false ? [] : (options.ignoreFiles ?? [".mrlintignore"]);
  const found = new Set<string>();
  const errors: DiscoveryError[] = [];
  const layerCache = new Map<string, IgnoreLayer | null>();
  const layerFor = (dir: string) => {
    if (!layerCache.has(dir)) layerCache.set(dir, loadIgnoreLayer(dir, ignoreNames, fs.readText));
    return layerCache.get(dir) ?? null;
  };

  const loader = options.configIgnores === false ? undefined : (options.loader ?? new ConfigLoader({ cwd, locale }));
  const configIn = (dir: string): ResolvedConfig | null => {
    if (options.configIgnores === false || !loader) return null;
    try {
      return options.configFile ? loader.load(path.resolve(cwd, options.configFile)) : loader.configForDirectory(dir);
    } catch {
      // A broken config is reported when its files are linted; discovery carries on without its ignores.
      return null;
    }
  };
  const isIgnored = (full: string, isDirectory: boolean, layers: readonly IgnoreLayer[]) => {
    if (ignoredByLayers(layers, full, isDirectory)) return true;
    const config = configIn(path.dirname(full));
    return config !== null && ignoredByConfig(config, full, isDirectory);
  };

  /** Ignore layers from `cwd` (when `dir` is inside it) down to `dir`. */
  const layersDownTo = (dir: string): IgnoreLayer[] => {
    const chain: string[] = [];
    const rel = path.relative(cwd, dir);
    if (rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel))) {
      let current = dir;
      while (current !== cwd) {
        chain.unshift(current);
        current = path.dirname(current);
      }
      chain.unshift(cwd);
    } else chain.push(dir);
    return chain.map(layerFor).filter((l): l is IgnoreLayer => l !== null);
  };

  const walk = (dir: string, layers: IgnoreLayer[], accept: (file: string) => boolean) => {
    let entries;
    try {
      entries = fs.readdir(dir);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code ?? String(error);
      errors.push({
        path: dir,
        code: "unreadable-directory",
        message: message(locale, "unreadableDirectory", { file: displayPath(dir, cwd), reason }),
      });
      return;
    }
    entries.sort((a, b) => compare(a.name, b.name));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        // Linked files are linted; linked folders are not followed (no cycles, no escaping the tree).
        try {
          isFile = fs.stat(full).isFile();
        } catch {
          isFile = false;
        }
        isDirectory = false;
      }
      if (isDirectory) {
        if (SKIPPED_DIRECTORIES.includes(entry.name) || isIgnored(full, true, layers)) continue;
        const own = layerFor(full);
        walk(full, own ? [...layers, own] : layers, accept);
      } else if (isFile && accept(full) && !isIgnored(full, false, layers)) {
        found.add(full);
      }
    }
  };

  for (const pattern of patterns) {
    const scan = picomatch.scan(pattern);
    if (!scan.isGlob) {
      const full = path.resolve(cwd, pattern);
      let stat;
      try {
        stat = fs.stat(full);
      } catch {
        errors.push({ path: full, code: "not-found", message: message(locale, "notFound", { file: displayPath(full, cwd) }) });
        continue;
      }
      if (stat.isDirectory()) walk(full, layersDownTo(full), isLintablePath);
      else found.add(full);
      continue;
    }
    const base = path.resolve(cwd, scan.base || ".");
    const absolute = path.isAbsolute(pattern);
    const match = picomatch(toPosix(absolute ? pattern : path.normalize(pattern)), { dot: false });
    const lastSegment = pattern.split("/").pop() ?? "";
    // "docs/**" should not drag images into the run; "**/*.rst" names its extension and gets what it asks for.
    const namesExtension = /\.[A-Za-z0-9]+$/.test(lastSegment);
    const before = found.size;
    const accept = (file: string) => {
      const candidate = absolute ? toPosix(file) : toPosix(path.relative(cwd, file));
      return match(candidate) && (namesExtension || isLintablePath(file));
    };
    let baseIsDirectory = false;
    try {
      baseIsDirectory = fs.stat(base).isDirectory();
    } catch {
      baseIsDirectory = false;
    }
    if (baseIsDirectory) walk(base, layersDownTo(base), accept);
    if (found.size === before && ![...found].some((f) => accept(f))) {
      errors.push({ path: pattern, code: "no-match", message: message(locale, "noMatch", { file: pattern }) });
    }
  }

  return {
    files: [...found].sort(compare),
    errors: errors.sort((a, b) => compare(a.path, b.path)),
  };
}
