/**
 * The options of the lint command. Its own module (node:util's option shape
 * only, no imports), so that bin.ts can read the command line before the rest
 * of the CLI has loaded (see lint/early-workers.ts).
 */
export const LINT_OPTION_SPEC = {
  format: { type: "string", short: "f" },
  "output-file": { type: "string", short: "o" },
  config: { type: "string", short: "c" },
  lang: { type: "string" },
  locale: { type: "string" },
  quiet: { type: "boolean", short: "q" },
  level: { type: "string" },
  "max-warnings": { type: "string" },
  fix: { type: "boolean" },
  "fix-dry-run": { type: "boolean" },
  cache: { type: "boolean" },
  "cache-location": { type: "string" },
  shard: { type: "string" },
  workers: { type: "string" },
  "print-config": { type: "string" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  "no-ignore": { type: "boolean" },
  debug: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} satisfies Record<string, { type: "string" | "boolean"; short?: string }>;
