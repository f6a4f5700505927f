#!/usr/bin/env node
/** `mrlint-language-server --stdio`: the mrlint language server for any LSP client. */
import { startServer } from "./start.js";
import { SERVER_NAME, SERVER_VERSION } from "./version.js";

const args = process.argv.slice(2);
if (args.includes("--version") || args.includes("-v")) {
  process.stdout.write(`${SERVER_NAME} ${SERVER_VERSION}\n`);
} else if (args.includes("--help") || args.includes("-h")) {
  process.stdout.write(
    `${SERVER_NAME} ${SERVER_VERSION}\n\n` +
      "Usage: mrlint-language-server --stdio\n\n" +
      "Speaks the Language Server Protocol on stdin/stdout (also --node-ipc, --socket=<port>, --pipe=<name>).\n" +
      "Lints Markdown and plain-text documents and the .docx files of the workspace folders.\n" +
      "Språkserver för mrlint: granskar Markdown, text och .docx-filer i arbetsytan.\n",
  );
} else {
  startServer();
}
