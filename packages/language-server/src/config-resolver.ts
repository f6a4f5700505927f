/**
 * Finds the config that applies to a file, caches it until a config file
 * changes, and turns a broken config file into one notification (per file
 * and problem) instead of one per document, falling back to the defaults.
 */
import type { EffectiveConfig, Rule } from "@mrlint/core";
import type { Engine, LoadedConfig } from "./engine.js";

export const DEFAULT_CONFIG: EffectiveConfig = { rules: {}, language: "auto" };

export interface ResolvedConfig extends LoadedConfig {
  rules: Rule[];
  /** Set when the config file could not be used and defaults apply. */
  broken?: { file?: string; message: string };
}

export class ConfigResolver {
  private cache = new Map<string, Promise<ResolvedConfig>>();
  private reported = new Set<string>();
  private builtin: Rule[] | undefined;

  constructor(
    private readonly engine: Engine,
    /** Called once per broken file and problem. */
    private readonly onBroken: (file: string | undefined, message: string) => void,
    private readonly onError: (error: unknown) => void,
  ) {}

  builtinRules(): Rule[] {
    this.builtin ??= this.engine.builtinRules();
    return this.builtin;
  }

  forPath(filePath: string): Promise<ResolvedConfig> {
    let pending = this.cache.get(filePath);
    if (!pending) {
      pending = this.load(filePath);
      this.cache.set(filePath, pending);
    }
    return pending;
  }

  /** A config file changed: forget everything, and report a problem again if it is still there. */
  invalidate(): void {
    this.engine.invalidateConfig();
    this.cache.clear();
    this.reported.clear();
  }

  private async load(filePath: string): Promise<ResolvedConfig> {
    try {
      const loaded = await this.engine.loadConfigFor(filePath);
      return { ...loaded, rules: loaded.rules ?? this.builtinRules() };
    } catch (error) {
      const file = isInputError(error) ? error.file : undefined;
      const message = error instanceof Error ? error.message : String(error);
      if (!isInputError(error)) this.onError(error);
      const key = `${file ?? ""}\u0000${message}`;
      if (!this.reported.has(key)) {
        this.reported.add(key);
        this.onBroken(file, message);
      }
      return { config: DEFAULT_CONFIG, rules: this.builtinRules(), broken: { file, message } };
    }
  }
}

/** By name, not `instanceof`: the error may come from another copy of core (a bundle, a linked package). */
export function isInputError(error: unknown): error is Error & { code: string; file?: string } {
  return error instanceof Error && error.name === "MrlintInputError";
}
