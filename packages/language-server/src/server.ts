/**
 * The language server: wires the LSP connection to the linters. Each
 * handler is guarded, so a bad document or a failing rule is logged and
 * answered with an empty result; the server itself keeps running.
 */
import { basename, join } from "node:path";
import { DEFAULT_MAX_TEXT_CHARS, type Locale } from "@mrlint/core";
import { DEFAULT_MAX_FILE_BYTES } from "@mrlint/node";
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
} from "vscode-languageserver/node";
import { TextDocument } from "vscode-languageserver-textdocument";
import { buildCodeActions, FIX_ALL_KIND, freshDiagnostics } from "./code-actions.js";
import { COMMANDS, COVERAGE_REQUEST, uriArgument, type CoverageParams } from "./commands.js";
import { ConfigResolver, isInputError } from "./config-resolver.js";
import { fileErrorDiagnostic, ruleMetaMap, toLspDiagnostics } from "./convert.js";
import { coverageSummary, type CoverageSummary } from "./coverage.js";
import { Debouncer } from "./debouncer.js";
import { DocxWorkspace, type LintSetup } from "./docx-workspace.js";
import type { Engine } from "./engine.js";
import { hoverAt } from "./hover.js";
import { localeFrom, say } from "./messages.js";
import { DEFAULT_SETTINGS, mergeSettings, normaliseSettings, type ServerSettings } from "./settings.js";
import { TextLinter, type LintedText } from "./text-linter.js";
import { isConfigFile, isLintableDocx, pathToUri, reviewPathFor, textFormatOf, uriToPath, WATCH_PATTERNS } from "./uris.js";
import { SERVER_NAME, SERVER_VERSION } from "./version.js";

/** Ends a quoted problem text with a full stop so the sentence after it reads right. */
function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

export interface ServerOptions {
  engine: Engine;
}

/** Returned by a lint that a newer version of the text (or a newer lint) overtook; nothing was published for it. */
const SUPERSEDED = Symbol("superseded");
type TextLintOutcome = LintedText | undefined | typeof SUPERSEDED;

interface RunningLint {
  version: number;
  done: Promise<TextLintOutcome>;
}

/** Longest a Word file's lint waits for the lints of open documents, and how often it looks. */
const DOCX_MAX_WAIT_MS = 2000;
const DOCX_POLL_MS = 20;

/** How often a request (code action, hover, coverage) starts a lint of the current text before it gives up. */
const CURRENT_LINT_ATTEMPTS = 5;

const immediate = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Waits until the connection has handled the next message that already reached the server (if
 * any). The connection hands out one message per turn of the event loop, from a setImmediate it
 * sets when the message is read; a message read in this turn's poll phase gets its turn after an
 * immediate set now, so it takes two turns.
 */
async function nextMessageHandled(): Promise<void> {
  await immediate();
  await immediate();
}

interface Setup extends LintSetup {
  settings: ServerSettings;
  reviewAuthor?: string;
}

/** Handles returned for tests and embedders that need to look inside a running server. */
export interface ServerHandle {
  linter: TextLinter;
  docx: DocxWorkspace;
}

export function createServer(connection: Connection, options: ServerOptions): ServerHandle {
  const engine = options.engine;
  const documents = new TextDocuments(TextDocument);
  const debouncer = new Debouncer();
  const linter = new TextLinter(engine);
  const published = new Map<string, Diagnostic[]>();
  const settingsCache = new Map<string, Promise<ServerSettings>>();
  const debounceFor = new Map<string, number>();

  let clientLocale: Locale | undefined;
  let canPullConfiguration = false;
  let canWatchFiles = false;
  let canRegisterConfigurationChange = false;
  let canFollowFolders = false;
  let baseSettings = DEFAULT_SETTINGS;
  let pushedSettings = DEFAULT_SETTINGS;
  let folders: string[] = [];

  const logError = (what: string, error: unknown): void => {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    connection.console.error(`mrlint: error while ${what}: ${detail}`);
  };

  /** Wraps a handler so that an exception becomes a log line and `fallback`, never a dead server. */
  function guard<P extends unknown[], R>(what: string, fallback: R, handler: (...params: P) => R | Promise<R>) {
    return async (...params: P): Promise<R> => {
      try {
        return await handler(...params);
      } catch (error) {
        logError(what, error);
        return fallback;
      }
    };
  }

  /** A plain window/showMessage notification: nothing to answer, so no client waits on it. */
  const notify = (type: MessageType, message: string): void => {
    void connection.sendNotification(ShowMessageNotification.type, { type, message });
  };

  const messageLocale = (preferred?: Locale): Locale => preferred ?? clientLocale ?? "sv";

  const resolver = new ConfigResolver(
    engine,
    (file, message) => {
      const locale = messageLocale(baseSettings.locale === "auto" ? undefined : baseSettings.locale);
      notify(MessageType.Error, say("configBroken", locale, { file: file ?? "?", problem: sentence(message) }));
    },
    (error) => logError("loading the config file", error),
  );

  const docx = new DocxWorkspace({
    engine,
    setupFor: (uri, path) => setupFor(uri, path),
    publish: (uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }),
    logError,
    turn: () => textLintsDone(),
  });

  /**
   * Word files are linted in the background, one at a time, each in one long
   * step. Each waits until no open document has a lint scheduled or under way
   * (but not longer than DOCX_MAX_WAIT_MS), so that typing is not held up by
   * a workspace scan.
   */
  async function textLintsDone(): Promise<void> {
    const giveUpAt = Date.now() + DOCX_MAX_WAIT_MS;
    while ((newestLint.size > 0 || debouncer.size > 0) && Date.now() < giveUpAt) {
      await new Promise((resolve) => setTimeout(resolve, DOCX_POLL_MS));
    }
  }

  async function settingsFor(uri: string): Promise<ServerSettings> {
    if (!canPullConfiguration) return pushedSettings;
    let pending = settingsCache.get(uri);
    if (!pending) {
      pending = connection.workspace
        .getConfiguration({ scopeUri: uri, section: "mrlint" })
        .then((raw: unknown) => normaliseSettings(raw, baseSettings))
        .catch((error: unknown) => {
          logError("reading the editor settings", error);
          return baseSettings;
        });
      settingsCache.set(uri, pending);
    }
    return pending;
  }

  /** Settings and config file merged for one document. */
  async function setupFor(uri: string, path?: string): Promise<Setup> {
    const settings = await settingsFor(uri);
    debounceFor.set(uri, settings.debounceMs);
    // Untitled documents take the config of the first workspace folder.
    const configPath = path ?? uriToPath(uri) ?? join(folders[0] ?? process.cwd(), "untitled.md");
    const resolved = await resolver.forPath(configPath);
    const config = mergeSettings(resolved.config, settings);
    const setup: Setup = {
      settings,
      enabled: settings.enable,
      options: { config, rules: resolved.rules, locale: config.locale, limits: resolved.limits },
    };
    if (clientLocale) setup.uiLocale = clientLocale;
    if (resolved.reviewAuthor) setup.reviewAuthor = resolved.reviewAuthor;
    return setup;
  }

  function publish(uri: string, diagnostics: Diagnostic[], version?: number): void {
    published.set(uri, diagnostics);
    void connection.sendDiagnostics(version === undefined ? { uri, diagnostics } : { uri, version, diagnostics });
  }

  /** The locale of the server's own words for a linted text: the one asked for, else the document's language. */
  const textLocale = (linted: LintedText): Locale => linted.locale ?? linted.result.language;

  /**
   * The newest lint started for each open document, while it is under way.
   * An older one still under way gives up at its next step, so results reach
   * the client in the order the lints started (a config change re-lints the
   * same version).
   */
  const newestLint = new Map<string, RunningLint>();

  function startLint(uri: string): Promise<TextLintOutcome> {
    const lint: RunningLint = { version: documents.get(uri)?.version ?? -1, done: Promise.resolve(undefined) };
    newestLint.set(uri, lint);
    lint.done = lintTextNow(uri, lint);
    const settle = () => {
      if (newestLint.get(uri) === lint) newestLint.delete(uri);
    };
    lint.done.then(settle, settle);
    return lint.done;
  }

  /**
   * Lints the document's current version and publishes the result, unless a
   * newer version arrives or a newer lint starts or is scheduled first: then
   * nothing is published and SUPERSEDED is returned (the newer lint follows). Edits that reach the server while it lints wait
   * in the connection's queue; so before parsing and again before the rules
   * the server lets the connection handle the next one and looks again.
   */
  async function lintTextNow(uri: string, lint: RunningLint): Promise<TextLintOutcome> {
    const document = documents.get(uri);
    if (!document) return undefined;
    const format = textFormatOf(document.languageId, uri);
    if (!format) return undefined;
    const version = document.version;
    // Overtaken: by a newer version, by a newer lint, or by one scheduled (a settings change re-lints the same version).
    const superseded = () => documents.get(uri)?.version !== version || newestLint.get(uri) !== lint || debouncer.pending(uri);
    const setup = await setupFor(uri);
    await nextMessageHandled();
    if (superseded()) return SUPERSEDED;
    const current = documents.get(uri)!;
    if (!setup.enabled) {
      linter.forget(uri);
      publish(uri, [], version);
      return undefined;
    }
    const text = current.getText();
    // The same size limit as for files on disk, so a pasted 50 MB log cannot freeze the server.
    const limit = setup.options.limits?.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    const bytes = text.length > limit / 4 ? Buffer.byteLength(text, "utf8") : text.length;
    if (bytes > limit) {
      linter.forget(uri);
      const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
      const message = say("tooLarge", messageLocale(setup.options.locale), { size: mb(bytes), limit: mb(limit) });
      publish(uri, [fileErrorDiagnostic("file-too-large", message, DiagnosticSeverity.Warning)], version);
      return undefined;
    }
    // The text cap the CLI applies too: linting costs time and memory per character.
    const maxChars = setup.options.limits?.maxTextChars ?? DEFAULT_MAX_TEXT_CHARS;
    if (text.length > maxChars) {
      linter.forget(uri);
      const message = say("tooLong", messageLocale(setup.options.locale), { chars: String(text.length), limit: String(maxChars) });
      publish(uri, [fileErrorDiagnostic("text-too-large", message, DiagnosticSeverity.Warning)], version);
      return undefined;
    }
    const request = { uri, version, text, format, config: setup.options.config, rules: setup.options.rules, locale: setup.options.locale };
    let linted: LintedText;
    try {
      linter.parse(request);
      await nextMessageHandled();
      if (superseded()) return SUPERSEDED; // the parse stays, as the base of the next one
      // From here to the publish nothing waits: no newer version can come in between.
      linted = linter.lint(request);
    } catch (error) {
      linter.forget(uri);
      if (isInputError(error)) {
        const locale = messageLocale(setup.options.locale);
        publish(uri, [fileErrorDiagnostic(error.code, say("fileError", locale, { problem: error.message }))], version);
      } else {
        logError(`linting ${uri}`, error);
        publish(uri, [], version);
      }
      return undefined;
    }
    const diagnostics = toLspDiagnostics(linted.result.diagnostics, {
      uri,
      version,
      language: linted.result.language,
      locale: textLocale(linted),
      rules: ruleMetaMap(linted.rules),
    });
    publish(uri, diagnostics, version);
    return linted;
  }

  function scheduleLint(uri: string, immediately: boolean): void {
    const delay = immediately ? 0 : (debounceFor.get(uri) ?? baseSettings.debounceMs);
    debouncer.schedule(uri, delay, () => {
      // SUPERSEDED needs nothing more: the lint that overtook this one publishes.
      startLint(uri).catch((error: unknown) => logError(`linting ${uri}`, error));
    });
  }

  /** The lint of the document's current text: done now if an edit is still waiting, awaited if it is under way. */
  async function currentLint(uri: string): Promise<LintedText | undefined> {
    // While the user keeps typing each attempt may be overtaken; then there is no answer for the current text.
    for (let attempt = 0; attempt < CURRENT_LINT_ATTEMPTS; attempt++) {
      const document = documents.get(uri);
      if (!document) return undefined;
      const cached = linter.get(uri);
      if (cached && cached.version === document.version && !debouncer.pending(uri)) return cached;
      // A lint that was waiting may carry newer settings than the one under way: then start afresh.
      const wasWaiting = debouncer.cancel(uri);
      const running = newestLint.get(uri);
      const linted = await (!wasWaiting && running && running.version === document.version ? running.done : startLint(uri));
      if (linted !== SUPERSEDED) return linted;
    }
    return undefined;
  }

  function relintOpenDocuments(): void {
    for (const document of documents.all()) {
      if (textFormatOf(document.languageId, document.uri)) scheduleLint(document.uri, true);
    }
  }

  async function relintWorkspace(): Promise<{ documents: number; docx: number }> {
    relintOpenDocuments();
    const docxCount = await docx.scan(folders);
    return { documents: documents.all().length, docx: docxCount };
  }

  async function coverageFor(uri: string): Promise<CoverageSummary | null> {
    if (documents.get(uri)) {
      const linted = await currentLint(uri);
      if (!linted) return null;
      return coverageSummary({
        uri,
        format: linted.format,
        result: linted.result,
        rules: ruleMetaMap(linted.rules),
        locale: textLocale(linted),
      });
    }
    const path = uriToPath(uri);
    if (!path || !isLintableDocx(path)) return null;
    const entry = docx.get(path) ?? (await docx.lint(path));
    if (!entry) return null;
    if (!entry.lint.result) {
      return {
        uri,
        format: "docx",
        language: entry.lint.document?.language ?? "sv",
        locale: entry.locale,
        lix: null,
        satisfied: 0,
        applicable: 0,
        rules: [],
        error: entry.lint.error?.message ?? "?",
      };
    }
    return coverageSummary({ uri, format: "docx", result: entry.lint.result, rules: ruleMetaMap(entry.rules), locale: entry.locale });
  }

  async function reviewDocx(uri: string | undefined): Promise<{ output: string; uri: string; findings: number } | null> {
    const path = uri ? uriToPath(uri) : undefined;
    if (!uri || !path || !/\.docx$/i.test(path)) {
      notify(MessageType.Error, say("notDocx", messageLocale(), { file: uri ?? "?" }));
      return null;
    }
    const setup = await setupFor(pathToUri(path), path);
    const locale = messageLocale(setup.options.locale);
    try {
      const written = await engine.writeReview(path, reviewPathFor(path), { ...setup.options, author: setup.reviewAuthor });
      notify(MessageType.Info, say("reviewWritten", locale, { file: basename(written.output) }));
      return { output: written.output, uri: pathToUri(written.output), findings: written.findings };
    } catch (error) {
      if (!isInputError(error)) logError(`reviewing ${path}`, error);
      const problem = error instanceof Error ? error.message : String(error);
      notify(MessageType.Error, say("reviewFailed", locale, { problem: sentence(problem) }));
      return null;
    }
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const capabilities = params.capabilities ?? {};
    canPullConfiguration = capabilities.workspace?.configuration === true;
    canWatchFiles = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    canRegisterConfigurationChange = capabilities.workspace?.didChangeConfiguration?.dynamicRegistration === true;
    canFollowFolders = capabilities.workspace?.workspaceFolders === true;
    const init = (params.initializationOptions ?? {}) as { settings?: unknown; locale?: unknown };
    clientLocale = localeFrom(init.locale) ?? localeFrom(params.locale);
    // Settings given at start-up are the defaults that workspace/configuration answers refine.
    baseSettings = normaliseSettings(init.settings);
    pushedSettings = baseSettings;

    const folderUris = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    folders = folderUris.map(uriToPath).filter((p): p is string => p !== undefined);
    if (folders.length === 0 && params.rootPath) folders = [params.rootPath];
    engine.configure({ root: folders[0], locale: clientLocale ?? "sv" });

    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
        hoverProvider: true,
        executeCommandProvider: { commands: Object.values(COMMANDS) },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: SERVER_NAME, version: SERVER_VERSION },
    };
  });

  connection.onInitialized(
    guard("starting up", undefined, async () => {
      if (canWatchFiles) {
        await connection.client.register(DidChangeWatchedFilesNotification.type, {
          watchers: WATCH_PATTERNS.map((globPattern) => ({ globPattern })),
        });
      }
      if (canRegisterConfigurationChange) {
        await connection.client.register(DidChangeConfigurationNotification.type, { section: "mrlint" });
      }
      if (canFollowFolders) {
        connection.workspace.onDidChangeWorkspaceFolders(
          guard("following workspace folders", undefined, async (event) => {
            const removed = new Set(event.removed.map((f) => uriToPath(f.uri)));
            const added = event.added.map((f) => uriToPath(f.uri)).filter((p): p is string => p !== undefined);
            folders = [...folders.filter((f) => !removed.has(f)), ...added];
            await docx.scan(folders);
          }),
        );
      }
      await docx.scan(folders);
    }),
  );

  documents.onDidChangeContent((event) => {
    const uri = event.document.uri;
    if (!textFormatOf(event.document.languageId, uri)) return;
    // The first lint of a newly opened document is not delayed.
    scheduleLint(uri, !linter.get(uri) && !debouncer.pending(uri));
  });

  documents.onDidClose((event) => {
    const uri = event.document.uri;
    debouncer.cancel(uri);
    linter.forget(uri);
    settingsCache.delete(uri);
    debounceFor.delete(uri);
    if (published.delete(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.onDidChangeConfiguration(
    guard("applying changed settings", undefined, async (params) => {
      settingsCache.clear();
      if (!canPullConfiguration) {
        const raw = (params.settings as { mrlint?: unknown } | null | undefined)?.mrlint;
        pushedSettings = normaliseSettings(raw, baseSettings);
      }
      await relintWorkspace();
    }),
  );

  connection.onDidChangeWatchedFiles(
    guard("handling changed files", undefined, async (params) => {
      let configChanged = false;
      const docxChanged: Array<{ path: string; deleted: boolean }> = [];
      for (const change of params.changes) {
        const path = uriToPath(change.uri);
        if (!path) continue;
        if (isConfigFile(path)) configChanged = true;
        else if (isLintableDocx(path)) docxChanged.push({ path, deleted: change.type === FileChangeType.Deleted });
      }
      if (configChanged) {
        resolver.invalidate();
        await relintWorkspace();
        return;
      }
      for (const { path, deleted } of docxChanged) {
        if (deleted) docx.remove(path);
        else await docx.lint(path);
      }
    }),
  );

  connection.onCodeAction(
    guard("computing code actions", [], async (params) => {
      const uri = params.textDocument.uri;
      const document = documents.get(uri);
      if (!document) return [];
      if (!textFormatOf(document.languageId, uri)) return [];
      const linted = await currentLint(uri);
      if (!linted) return [];
      return buildCodeActions({
        uri,
        text: linted.text,
        document: linted.document,
        contextDiagnostics: freshDiagnostics(params.context.diagnostics, published.get(uri) ?? [], linted.version),
        allDiagnostics: published.get(uri) ?? [],
        only: params.context.only,
        rules: ruleMetaMap(linted.rules),
        locale: textLocale(linted),
      });
    }),
  );

  connection.onHover(
    guard("computing hover", null, async (params) => {
      const uri = params.textDocument.uri;
      const linted = await currentLint(uri);
      if (!linted) return null;
      return hoverAt(published.get(uri) ?? [], params.position, ruleMetaMap(linted.rules), textLocale(linted));
    }),
  );

  connection.onRequest(
    COVERAGE_REQUEST,
    guard("computing coverage", null, async (params: CoverageParams) => {
      const uri = typeof params?.uri === "string" ? params.uri : undefined;
      return uri ? coverageFor(uri) : null;
    }),
  );

  connection.onExecuteCommand(
    guard("running a command", null, async (params) => {
      const uri = uriArgument(params.arguments);
      switch (params.command) {
        case COMMANDS.showCoverage:
          return uri ? coverageFor(uri) : null;
        case COMMANDS.reviewDocx:
          return reviewDocx(uri);
        case COMMANDS.relintWorkspace:
          settingsCache.clear();
          resolver.invalidate();
          linter.clear();
          return relintWorkspace();
        default:
          return null;
      }
    }),
  );

  connection.onShutdown(() => debouncer.dispose());

  documents.listen(connection);
  return { linter, docx };
}
