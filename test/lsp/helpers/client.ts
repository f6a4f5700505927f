/**
 * A scripted LSP client for end-to-end tests: spawns the built server
 * (`node packages/language-server/dist/bin.js --stdio`), speaks JSON-RPC over
 * the child's stdio, answers the server's requests the way an editor would
 * (configuration, capability registration) and records everything the
 * server sends so tests can wait for it.
 */
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import {
  createProtocolConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type CodeAction,
  type Diagnostic,
  type Hover,
  type InitializeResult,
  type LogMessageParams,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Registration,
  type ShowMessageParams,
  type TextEdit,
} from "vscode-languageserver-protocol/node";

export const repoRoot = join(import.meta.dirname, "..", "..", "..");
export const serverBin = join(repoRoot, "packages", "language-server", "dist", "bin.js");

export function requireBuiltServer(): void {
  if (!existsSync(serverBin)) {
    throw new Error(`The language server is not built (${serverBin} is missing): run \`pnpm run build\` first.`);
  }
}

export interface StartOptions {
  /** Server script to run (default: the tsc build, packages/language-server/dist/bin.js). */
  serverPath?: string;
  workspaceFolder?: string;
  /** The `mrlint` section answered to workspace/configuration. */
  settings?: Record<string, unknown>;
  /** Turn off the client capabilities a minimal client lacks. */
  minimal?: boolean;
  locale?: string;
}

interface Waiter<T> {
  test: (value: T) => boolean;
  resolve: (value: T) => void;
}

export class TestClient {
  readonly diagnostics: PublishDiagnosticsParams[] = [];
  readonly messages: ShowMessageParams[] = [];
  readonly logs: LogMessageParams[] = [];
  readonly registrations: Registration[] = [];
  readonly configurationRequests: unknown[] = [];
  settings: Record<string, unknown>;
  stderr = "";
  private diagnosticWaiters: Array<Waiter<PublishDiagnosticsParams>> = [];
  private messageWaiters: Array<Waiter<ShowMessageParams>> = [];
  private versions = new Map<string, number>();
  private texts = new Map<string, string>();
  exited: Promise<number | null>;

  private constructor(
    readonly child: ChildProcessWithoutNullStreams,
    readonly connection: ProtocolConnection,
    settings: Record<string, unknown>,
  ) {
    this.settings = settings;
    this.exited = new Promise((resolve) => child.on("exit", (code) => resolve(code)));
    child.stderr.on("data", (chunk: Buffer) => (this.stderr += chunk.toString("utf8")));
    connection.onNotification("textDocument/publishDiagnostics", (params: PublishDiagnosticsParams) => {
      this.diagnostics.push(params);
      this.diagnosticWaiters = this.diagnosticWaiters.filter((w) => (w.test(params) ? (w.resolve(params), false) : true));
    });
    connection.onNotification("window/showMessage", (params: ShowMessageParams) => {
      this.messages.push(params);
      this.messageWaiters = this.messageWaiters.filter((w) => (w.test(params) ? (w.resolve(params), false) : true));
    });
    connection.onNotification("window/logMessage", (params: LogMessageParams) => this.logs.push(params));
    connection.onRequest("workspace/configuration", (params: { items: Array<{ section?: string; scopeUri?: string }> }) => {
      this.configurationRequests.push(params);
      return params.items.map((item) => (item.section === "mrlint" ? this.settings : null));
    });
    connection.onRequest("client/registerCapability", (params: { registrations: Registration[] }) => {
      this.registrations.push(...params.registrations);
      return null;
    });
    connection.onRequest("window/workDoneProgress/create", () => null);
    connection.onRequest("window/showMessageRequest", () => null);
  }

  static async start(options: StartOptions = {}): Promise<{ client: TestClient; initialize: InitializeResult }> {
    if (!options.serverPath) requireBuiltServer();
    const child = spawn(process.execPath, [options.serverPath ?? serverBin, "--stdio"], {
      cwd: options.workspaceFolder ?? repoRoot,
      stdio: ["pipe", "pipe", "pipe"],
    });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const client = new TestClient(child, connection, options.settings ?? {});
    connection.listen();
    const folder = options.workspaceFolder;
    const full = !options.minimal;
    const initialize = (await connection.sendRequest("initialize", {
      processId: process.pid,
      rootUri: folder ? pathToFileURL(folder).href : null,
      workspaceFolders: folder ? [{ uri: pathToFileURL(folder).href, name: "workspace" }] : null,
      locale: options.locale,
      capabilities: {
        workspace: {
          configuration: full,
          workspaceFolders: full,
          didChangeConfiguration: { dynamicRegistration: full },
          didChangeWatchedFiles: { dynamicRegistration: full },
        },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ["quickfix", "source", "source.fixAll"] } } },
          hover: { contentFormat: ["markdown", "plaintext"] },
        },
      },
    })) as InitializeResult;
    await connection.sendNotification("initialized", {});
    return { client, initialize };
  }

  /** The next publishDiagnostics for `uri` that passes `test` (already received ones count from `since`). */
  waitForDiagnostics(
    uri: string,
    test: (params: PublishDiagnosticsParams) => boolean = () => true,
    options: { since?: number; timeoutMs?: number } = {},
  ): Promise<PublishDiagnosticsParams> {
    const match = (p: PublishDiagnosticsParams) => p.uri === uri && test(p);
    const seen = this.diagnostics.slice(options.since ?? 0).find(match);
    if (seen) return Promise.resolve(seen);
    return this.wait(this.diagnosticWaiters, match, options.timeoutMs ?? 15_000, `diagnostics for ${uri}`);
  }

  waitForMessage(test: (params: ShowMessageParams) => boolean, timeoutMs = 15_000): Promise<ShowMessageParams> {
    const seen = this.messages.find(test);
    if (seen) return Promise.resolve(seen);
    return this.wait(this.messageWaiters, test, timeoutMs, "a window/showMessage");
  }

  private wait<T>(list: Array<Waiter<T>>, test: (value: T) => boolean, timeoutMs: number, what: string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}. Server stderr:\n${this.stderr}\nLogs:\n${this.logs.map((l) => l.message).join("\n")}`));
      }, timeoutMs);
      list.push({
        test,
        resolve: (value) => {
          clearTimeout(timer);
          resolve(value);
        },
      });
    });
  }

  /** Diagnostics published last for `uri`. */
  latest(uri: string): Diagnostic[] {
    for (let i = this.diagnostics.length - 1; i >= 0; i--) if (this.diagnostics[i].uri === uri) return this.diagnostics[i].diagnostics;
    return [];
  }

  mark(): number {
    return this.diagnostics.length;
  }

  text(uri: string): string {
    return this.texts.get(uri) ?? "";
  }

  version(uri: string): number {
    return this.versions.get(uri) ?? 0;
  }

  async open(uri: string, languageId: string, text: string): Promise<void> {
    this.versions.set(uri, 1);
    this.texts.set(uri, text);
    await this.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Replaces the whole text (a full-content change). */
  async replaceText(uri: string, text: string): Promise<number> {
    const version = this.version(uri) + 1;
    this.versions.set(uri, version);
    this.texts.set(uri, text);
    await this.connection.sendNotification("textDocument/didChange", {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
    return version;
  }

  /** Applies edits as incremental changes, the way an editor sends them. */
  async applyEdits(uri: string, edits: TextEdit[]): Promise<number> {
    const version = this.version(uri) + 1;
    // Later edits first, so earlier positions stay valid.
    const sorted = [...edits].sort(
      (a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character,
    );
    let text = this.text(uri);
    for (const edit of sorted) text = applyEdit(text, edit);
    this.versions.set(uri, version);
    this.texts.set(uri, text);
    await this.connection.sendNotification("textDocument/didChange", {
      textDocument: { uri, version },
      contentChanges: sorted.map((edit) => ({ range: edit.range, text: edit.newText })),
    });
    return version;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification("textDocument/didClose", { textDocument: { uri } });
  }

  codeActions(uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
    const range = diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    return this.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri },
      range,
      context: { diagnostics, ...(only ? { only } : {}) },
    }) as Promise<CodeAction[]>;
  }

  hover(uri: string, line: number, character: number): Promise<Hover | null> {
    return this.connection.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line, character } }) as Promise<Hover | null>;
  }

  request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest(method, params) as Promise<T>;
  }

  notify(method: string, params: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  /** shutdown + exit; resolves with the process exit code. */
  async stop(): Promise<number | null> {
    if (this.child.exitCode !== null) return this.child.exitCode;
    try {
      await Promise.race([this.connection.sendRequest("shutdown"), new Promise((r) => setTimeout(r, 5000))]);
      await this.connection.sendNotification("exit");
    } catch {
      // The connection may already be gone.
    }
    const code = await Promise.race([this.exited, new Promise<"timeout">((r) => setTimeout(() => r("timeout"), 5000))]);
    if (code === "timeout") {
      this.child.kill();
      return null;
    }
    this.connection.dispose();
    return code;
  }
}

/** Offset of an LSP position (UTF-16 code units), for applying edits in tests. */
export function offsetAt(text: string, position: { line: number; character: number }): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) {
    const next = text.indexOf("\n", offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return Math.min(offset + position.character, text.length);
}

export function applyEdit(text: string, edit: TextEdit): string {
  return text.slice(0, offsetAt(text, edit.range.start)) + edit.newText + text.slice(offsetAt(text, edit.range.end));
}
