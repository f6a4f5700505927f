#!/usr/bin/env node
// Launcher for the `mrlint` command. It is checked in (not built) so that it
// exists when `pnpm install` links node_modules/.bin/mrlint, before the
// first build; the program itself is dist/bin.js.
import("../dist/bin.js").catch((error) => {
  if (error && error.code === "ERR_MODULE_NOT_FOUND" && String(error.message).includes("dist")) {
    process.stderr.write("mrlint is not built yet: run `pnpm run build` in the mrlint repository.\n");
    process.exitCode = 2;
    return;
  }
  throw error;
});
