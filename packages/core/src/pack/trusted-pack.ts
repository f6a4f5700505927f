/**
 * The built-in pack without zod at run time. Every worker thread of the CLI
 * validated all built-in rule files with zod before its first lint (~40 ms
 * of start-up per thread); the files are part of the program, so the test
 * suite validates them instead (builtin-pack.test.ts: every file passes the
 * schemas, and what this module makes equals what validation returns).
 *
 * Validation changes the data in one way only: texts (`text` in
 * schema-tools.ts) are trimmed, e.g. the trailing newline of a YAML block
 * scalar. The trusted data gets the same trim: the common keys for the rule
 * file, the `check:` data for the kind. Like validation, the file keeps the
 * `check:` data as written (its schema is `z.unknown()`).
 */
import type { RuleFile } from "./rule-schema.js";

export interface TrustedRuleData {
  path: string;
  file: RuleFile;
  /** The `check:` data as the kind's schema would return it. */
  check: unknown;
}

/** Strings trimmed, everything else as it is; objects and arrays copied only where something changed. */
function trimmed(value: unknown): unknown {
  if (typeof value === "string") return value.trim();
  if (Array.isArray(value)) {
    let out: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const item = trimmed(value[i]);
      if (item !== value[i]) (out ??= value.slice())[i] = item;
    }
    return out ?? value;
  }
  if (value !== null && typeof value === "object") {
    let out: Record<string, unknown> | null = null;
    for (const [key, item] of Object.entries(value)) {
      const t = trimmed(item);
      if (t !== item) (out ??= { ...(value as Record<string, unknown>) })[key] = t;
    }
    return out ?? value;
  }
  return value;
}

/** The rule files of a generated pack as validation would return them (see above). */
export function trustedRuleData(entries: ReadonlyArray<{ path: string; data: unknown }>): TrustedRuleData[] {
  return entries.map(({ path, data }) => {
    const { check, ...common } = data as Record<string, unknown>;
    const file = { ...(trimmed(common) as Record<string, unknown>), check } as RuleFile;
    return { path, file, check: trimmed(check) };
  });
}
