#!/usr/bin/env node
import { main } from "./main.js";

// `mrlint | head` closes the pipe early; that is not an error worth a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`mrlint: internal error: ${String(error)}\n`);
    process.exitCode = 2;
  },
);
