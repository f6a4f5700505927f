/**
 * .docx files in the workspace folders. A .docx cannot be edited as text in
 * an editor, so the server finds them itself, lints them from disk and
 * publishes their diagnostics under their file URIs; file-watcher events
 * keep them current.
 */
import type { Locale, Rule } from "@mrlint/core";
import type { Diagnostic } from "vscode-languageserver";
import { fileErrorDiagnostic, ruleMetaMap, toLspDiagnostics } from "./convert.js";
import type { DocxLint, Engine, EngineLintOptions } from "./engine.js";
import { say } from "./messages.js";
import { isLintableDocx, pathToUri } from "./uris.js";

export interface DocxEntry {
  path: string;
  uri: string;
  lint: DocxLint;
  rules: Rule[];
  locale: Locale;
  diagnostics: Diagnostic[];
}

/** What a lint of one file needs to know, decided by the server from settings and config files. */
export interface LintSetup {
  enabled: boolean;
  options: EngineLintOptions;
  /** Locale for the server's own words when the engine's is not set. */
  uiLocale?: Locale;
}

export interface DocxDeps {
  engine: Engine;
  setupFor(uri: string, path: string): Promise<LintSetup>;
  publish(uri: string, diagnostics: Diagnostic[]): void;
  logError(what: string, error: unknown): void;
  /** Resolves when a Word file may be linted: the server lets the documents being typed in go first. */
  turn?(): Promise<void>;
}

export class DocxWorkspace {
  private entries = new Map<string, DocxEntry>();
  private generation = new Map<string, number>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: DocxDeps) {}

  get(path: string): DocxEntry | undefined {
    return this.entries.get(path);
  }

  paths(): string[] {
    return [...this.entries.keys()];
  }

  /** Finds and lints the .docx files of the folders; files that disappeared get their diagnostics cleared. */
  async scan(folders: readonly string[]): Promise<number> {
    const found = new Set<string>();
    for (const folder of folders) {
      try {
        for (const path of await this.deps.engine.findDocx(folder)) if (isLintableDocx(path)) found.add(path);
      } catch (error) {
        this.deps.logError(`finding .docx files in ${folder}`, error);
      }
    }
    for (const path of this.paths()) if (!found.has(path)) this.remove(path);
    for (const path of [...found].sort()) await this.lint(path);
    return found.size;
  }

  /** Lints one file (queued: Word files are linted one at a time so typing in other documents stays quick). */
  lint(path: string): Promise<DocxEntry | undefined> {
    if (!isLintableDocx(path)) return Promise.resolve(undefined);
    const generation = (this.generation.get(path) ?? 0) + 1;
    this.generation.set(path, generation);
    const run = this.queue.then(() => this.lintNow(path, generation));
    this.queue = run.catch(() => undefined);
    return run;
  }

  remove(path: string): void {
    this.generation.set(path, (this.generation.get(path) ?? 0) + 1);
    if (this.entries.delete(path)) this.deps.publish(pathToUri(path), []);
  }

  /** Clears every published .docx diagnostic (mrlint was switched off). */
  clearAll(): void {
    for (const path of this.paths()) this.remove(path);
  }

  private async lintNow(path: string, generation: number): Promise<DocxEntry | undefined> {
    if (this.generation.get(path) !== generation) return this.entries.get(path); // a newer request follows
    const uri = pathToUri(path);
    try {
      await this.deps.turn?.();
      if (this.generation.get(path) !== generation) return this.entries.get(path);
      const setup = await this.deps.setupFor(uri, path);
      if (!setup.enabled) {
        this.remove(path);
        return undefined;
      }
      const lint = await this.deps.engine.lintDocx(path, setup.options);
      if (this.generation.get(path) !== generation) return this.entries.get(path);
      const language = lint.result?.language ?? lint.document?.language ?? "sv";
      const locale = setup.options.locale ?? (lint.result ? language : (setup.uiLocale ?? "sv"));
      const diagnostics = lint.result
        ? toLspDiagnostics(lint.result.diagnostics, { uri, language, locale, rules: ruleMetaMap(setup.options.rules) })
        : [fileErrorDiagnostic(lint.error?.code ?? "input-error", say("fileError", locale, { problem: lint.error?.message ?? "?" }))];
      const entry: DocxEntry = { path, uri, lint, rules: setup.options.rules, locale, diagnostics };
      this.entries.set(path, entry);
      this.deps.publish(uri, diagnostics);
      return entry;
    } catch (error) {
      this.deps.logError(`linting ${path}`, error);
      return undefined;
    }
  }
}
