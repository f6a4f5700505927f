/**
 * The VS Code side of mrlint: starts the bundled language server and adds
 * what only VS Code can show (status bar, coverage view, file pickers). The
 * rendering and texts live in plain modules; this file only wires them.
 */
import * as vscode from "vscode";
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from "vscode-languageclient/node";
import { fileNameOf, uriFromArgs } from "./command-args.js";
import type { CoverageSummary } from "./coverage-types.js";
import { OPEN_EVIDENCE_COMMAND, parseOpenEvidenceArgs, renderCoverageHtml } from "./coverage-view.js";
import { statusText } from "./status-text.js";
import { localeOf, ui } from "./ui-text.js";

const COVERAGE_REQUEST = "mrlint/coverage";
const SHOW_COVERAGE = "mrlint.showCoverage";
const REVIEW_DOCX = "mrlint.reviewDocx";

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath("dist/server.js");
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.stdio },
    debug: { module: serverModule, transport: TransportKind.stdio, options: { execArgv: ["--nolazy", "--inspect=6010"] } },
  };
  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Right, 100);
  status.command = SHOW_COVERAGE;
  context.subscriptions.push(status);
  let panel: { view: vscode.WebviewPanel; uri: string } | undefined;

  const coverage = async (uri: string): Promise<CoverageSummary | null> =>
    client ? ((await client.sendRequest(COVERAGE_REQUEST, { uri })) as CoverageSummary | null) : null;

  function showPanel(summary: CoverageSummary): void {
    const title = ui("viewTitle", summary.locale, { name: fileNameOf(summary.uri) });
    if (!panel) {
      const view = vscode.window.createWebviewPanel("mrlint.coverage", title, vscode.ViewColumn.Beside, {
        enableCommandUris: [OPEN_EVIDENCE_COMMAND],
        enableScripts: false,
      });
      panel = { view, uri: summary.uri };
      view.onDidDispose(() => (panel = undefined), undefined, context.subscriptions);
    }
    panel.uri = summary.uri;
    panel.view.title = title;
    panel.view.webview.html = renderCoverageHtml(summary, { title, cspSource: panel.view.webview.cspSource });
  }

  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: "file", language: "markdown" },
      { scheme: "file", language: "plaintext" },
      { scheme: "untitled", language: "markdown" },
      { scheme: "untitled", language: "plaintext" },
    ],
    initializationOptions: { locale: vscode.env.language },
    diagnosticCollectionName: "mrlint",
    middleware: {
      // The server's commands are registered by the client; here they get their arguments and their UI.
      executeCommand: async (command, args, next) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (command === SHOW_COVERAGE) {
          const uri = uriFromArgs(args, active);
          if (!uri) {
            void vscode.window.showInformationMessage(ui("noDocument", localeOf(vscode.env.language)));
            return null;
          }
          const summary = (await next(command, [uri])) as CoverageSummary | null;
          if (summary) showPanel(summary);
          else void vscode.window.showInformationMessage(ui("noCoverage", localeOf(vscode.env.language)));
          return summary;
        }
        if (command === REVIEW_DOCX) {
          let uri = uriFromArgs(args);
          if (!uri) {
            const picked = await vscode.window.showOpenDialog({
              canSelectMany: false,
              filters: { Word: ["docx"] },
              title: ui("pickDocx", localeOf(vscode.env.language)),
            });
            uri = picked?.[0]?.toString();
          }
          return uri ? next(command, [uri]) : null;
        }
        return next(command, args);
      },
    },
  };

  client = new LanguageClient("mrlint", "mrlint", serverOptions, clientOptions);

  context.subscriptions.push(
    vscode.commands.registerCommand(OPEN_EVIDENCE_COMMAND, async (...args: unknown[]) => {
      const target = parseOpenEvidenceArgs(args);
      if (!target) return;
      const { start, end } = target.range;
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(target.uri));
      await vscode.window.showTextDocument(document, {
        viewColumn: vscode.ViewColumn.One,
        selection: new vscode.Range(start.line, start.character, end.line, end.character),
      });
    }),
  );

  let refresh: NodeJS.Timeout | undefined;
  const updateStatus = (): void => {
    clearTimeout(refresh);
    refresh = setTimeout(async () => {
      const document = vscode.window.activeTextEditor?.document;
      if (!document || !["markdown", "plaintext"].includes(document.languageId)) {
        status.hide();
        return;
      }
      try {
        const summary = await coverage(document.uri.toString());
        if (!summary) return status.hide();
        const shown = statusText(summary);
        status.text = shown.text;
        status.tooltip = shown.tooltip;
        status.backgroundColor = shown.warning ? new vscode.ThemeColor("statusBarItem.warningBackground") : undefined;
        status.show();
        if (panel && panel.uri === summary.uri) showPanel(summary);
      } catch {
        status.hide();
      }
    }, 300);
  };

  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(updateStatus),
    vscode.languages.onDidChangeDiagnostics((event) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (event.uris.some((u) => u.toString() === active || u.toString() === panel?.uri)) updateStatus();
    }),
    { dispose: () => clearTimeout(refresh) },
  );

  await client.start();
  updateStatus();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
