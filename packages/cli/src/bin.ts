#!/usr/bin/env node
import { limitHeapGrowth } from "./env/heap-growth.js";
import { startWorkersEarly } from "./lint/early-workers.js";

// Before any worker starts: V8 flags hold for the whole process.
limitHeapGrowth();

// A large lint run gets its worker threads now, so that they load while the rest of the CLI does.
startWorkersEarly(process.argv.slice(2), process.cwd());
const { main } = await import("./main.js");

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
