/** The `mrlint` command: subcommand dispatch, usage errors, exit codes. */
import { parseLintOptions, peekLocale } from "./args/lint-options.js";
import { UsageError } from "./args/usage-error.js";
import { printConfig } from "./commands/print-config.js";
import { runInit } from "./commands/init.js";
import { runRules } from "./commands/rules.js";
import { processIO, type CliIO } from "./env/io.js";
import { envLocale } from "./env/locale.js";
import { runLint } from "./lint/run-lint.js";
import { helpText } from "./text/help.js";
import { t } from "./text/messages.js";
import { VERSION } from "./version.js";

/** Runs mrlint with `argv` (without node and script) and returns the exit code. */
export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const envLoc = peekLocale(argv) ?? envLocale(io.env);
  try {
    const [first, ...rest] = argv;
    if (first === "rules") return runRules(rest, io, envLoc);
    if (first === "init") return runInit(rest, io, envLoc);
    if (first === "review") {
      // The Word review writer is only loaded for this subcommand.
      const { runReview } = await import("./commands/review.js");
      return await runReview(rest, io, envLoc);
    }
    const options = parseLintOptions(argv, envLoc);
    if (options.help) {
      io.stdout.write(helpText(options.locale ?? envLoc));
      return 0;
    }
    if (options.version) {
      io.stdout.write(`${VERSION}\n`);
      return 0;
    }
    if (options.printConfig !== undefined) return printConfig(options.printConfig, options, io, options.locale ?? envLoc);
    return await runLint(options, io, envLoc);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`mrlint: ${error.message}\n${t(envLoc, "seeHelp")}\n`);
      return 2;
    }
    io.stderr.write(`mrlint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return 2;
  }
}
