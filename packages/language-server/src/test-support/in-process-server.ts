/**
 * The server and a scripted client in one process, joined by in-memory
 * streams, for tests that need to control when messages reach the server
 * (for example while it is in the middle of a parse). Test-only.
 */
import { PassThrough } from "node:stream";
import {
  createConnection,
  createProtocolConnection,
  ProposedFeatures,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from "vscode-languageserver/node";
import type { Engine } from "../engine.js";
import { createServer, type ServerHandle } from "../server.js";

export interface InProcessServer {
  client: ProtocolConnection;
  handle: ServerHandle;
  /** Every publishDiagnostics the client received, in order. */
  published: PublishDiagnosticsParams[];
  /** Resolves with the first publishDiagnostics (already received or still to come) that passes `test`. */
  waitFor(test: (params: PublishDiagnosticsParams) => boolean): Promise<PublishDiagnosticsParams>;
  open(uri: string, text: string, languageId?: string): Promise<void>;
  /** Sends a didChange replacing the whole text. */
  change(uri: string, version: number, text: string): Promise<void>;
  /**
   * Puts a notification into the server's input at once, as bytes from an
   * editor in another process would be waiting there (the client's own writer
   * delivers a few turns of the event loop later). Only while the client
   * itself is not sending.
   */
  inject(method: string, params: unknown): void;
  close(): void;
}

export async function startInProcessServer(engine: Engine, settings: Record<string, unknown> = { debounceMs: 0 }): Promise<InProcessServer> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  // A MessageReader, not a stream: given a stream, the library exits the process when it ends.
  const connection = createConnection(ProposedFeatures.all, new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  const handle = createServer(connection, { engine });
  connection.listen();

  const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  const published: PublishDiagnosticsParams[] = [];
  let waiters: Array<{ test: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }> = [];
  client.onNotification("textDocument/publishDiagnostics", (params: PublishDiagnosticsParams) => {
    published.push(params);
    waiters = waiters.filter((w) => (w.test(params) ? (w.resolve(params), false) : true));
  });
  client.onRequest("workspace/configuration", (params: { items: unknown[] }) => params.items.map(() => settings));
  client.onRequest("client/registerCapability", () => null);
  client.listen();
  // processId null: with a number the library starts a timer that watches that process.
  await client.sendRequest("initialize", { processId: null, rootUri: null, capabilities: { workspace: { configuration: true } } });
  await client.sendNotification("initialized", {});

  return {
    client,
    handle,
    published,
    waitFor(test) {
      const seen = published.find(test);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve) => waiters.push({ test, resolve }));
    },
    open: (uri, text, languageId = "markdown") =>
      client.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId, version: 1, text } }),
    change: (uri, version, text) => client.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ text }] }),
    inject(method, params) {
      const body = Buffer.from(JSON.stringify({ jsonrpc: "2.0", method, params }), "utf8");
      toServer.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, "ascii"), body]));
    },
    close() {
      client.dispose();
      connection.dispose();
      toServer.end();
      toClient.end();
    },
  };
}
