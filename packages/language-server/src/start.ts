/** Starts the server on the transport named on the command line (stdio when none is). */
import { createConnection, ProposedFeatures, type Connection } from "vscode-languageserver/node";
import type { Engine } from "./engine.js";
import { createRealEngine } from "./real-engine.js";
import { createServer } from "./server.js";

const TRANSPORT_FLAGS = ["--stdio", "--node-ipc", "--socket", "--pipe"];

export function startServer(options: { engine?: Engine; argv?: readonly string[] } = {}): Connection {
  const argv = options.argv ?? process.argv;
  const named = argv.some((arg) => TRANSPORT_FLAGS.some((flag) => arg === flag || arg.startsWith(`${flag}=`)));
  const connection = named
    ? createConnection(ProposedFeatures.all)
    : createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  createServer(connection, { engine: options.engine ?? createRealEngine() });
  // Last line of defence: whatever escapes a handler is logged, the server keeps serving.
  process.on("uncaughtException", (error) => connection.console.error(`mrlint: uncaught error: ${error.stack ?? error}`));
  process.on("unhandledRejection", (reason) => connection.console.error(`mrlint: unhandled rejection: ${String(reason)}`));
  connection.listen();
  return connection;
}
