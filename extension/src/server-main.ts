/** Entry of the bundled server (dist/server.js): the language server on the transport VS Code names. */
import { startServer } from "@mrlint/language-server";

startServer();
