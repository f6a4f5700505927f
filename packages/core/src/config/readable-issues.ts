/**
 * Turns zod issues into messages an official or a rule author can act on:
 * the file, the key path, the bad value and what is allowed, e.g.
 * `mrlint.config.json: rules["mr/involvement"]: got "warn"; allowed: off, hint, info, warning, error`.
 */
import { z } from "zod";
import { didYouMean } from "./nearest.js";

type Issue = z.core.$ZodIssue;
type PathPart = PropertyKey;

/** `check.elements.who.terms.sv[3]`, `rules["mr/involvement"]`. */
export function formatPath(path: readonly PathPart[]): string {
  let out = "";
  for (const part of path) {
    if (typeof part === "number") out += `[${part}]`;
    else {
      const key = String(part);
      if (/^[A-Za-z_$][\w$-]*$/.test(key)) out += out === "" ? key : `.${key}`;
      else out += `[${JSON.stringify(key)}]`;
    }
  }
  return out;
}

/** A short rendering of a bad value for a message. */
export function showValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "string") return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (Array.isArray(value)) return "a list";
  if (value === null) return "null";
  if (typeof value === "object") return "an object";
  return String(value);
}

function valueAt(root: unknown, path: readonly PathPart[]): unknown {
  let value: unknown = root;
  for (const part of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[part as string];
  }
  return value;
}

const EXPECTED: Record<string, string> = {
  string: "a text",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "an object (keys and values)",
  record: "an object (keys and values)",
  tuple: "a list",
};

/** Of a union's failed branches, the one that got furthest into the value explains the error best. */
function bestBranch(errors: Issue[][]): Issue[] {
  let best = errors[0] ?? [];
  let bestDepth = -1;
  for (const branch of errors) {
    // Deepest first; among equally deep branches, the one with fewer problems.
    const depth = Math.max(...branch.map((i) => i.path.length + (i.code === "invalid_type" ? 0 : 0.5))) - branch.length / 1000;
    if (depth > bestDepth) {
      best = branch;
      bestDepth = depth;
    }
  }
  return best;
}

/** Flattens union issues (with prefixed paths) so each message names one concrete problem. */
function flatten(issues: readonly Issue[], prefix: readonly PathPart[] = []): Array<{ issue: Issue; path: PathPart[] }> {
  const out: Array<{ issue: Issue; path: PathPart[] }> = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === "invalid_union" && issue.errors.length > 0) {
      const branch = bestBranch(issue.errors);
      const allTypeErrors = issue.errors.every((b) => b.length === 1 && b[0].code === "invalid_type" && b[0].path.length === 0);
      if (allTypeErrors) {
        const expected = issue.errors.map((b) => EXPECTED[(b[0] as z.core.$ZodIssueInvalidType).expected] ?? String((b[0] as z.core.$ZodIssueInvalidType).expected));
        out.push({ issue: { code: "invalid_type", path: [], message: "", expected: [...new Set(expected)].join(" or ") } as Issue, path });
      } else out.push(...flatten(branch, path));
    } else out.push({ issue, path });
  }
  return out;
}

function describe(issue: Issue, value: unknown): string {
  switch (issue.code) {
    case "invalid_type": {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      return value === undefined ? `missing; expected ${expected}` : `got ${showValue(value)}; expected ${expected}`;
    }
    case "invalid_value": {
      const allowed = issue.values.map((v) => String(v));
      const hint = typeof value === "string" ? didYouMean(value, allowed) : "";
      return `got ${showValue(value)}; allowed: ${allowed.join(", ")}${hint}`;
    }
    case "unrecognized_keys":
      // strictObject (config/strict-object.ts) writes a message naming the allowed keys; other schemas do not.
      return issue.message.startsWith("unknown key") ? issue.message : `unknown key ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
    case "too_small":
      if (issue.origin === "string") return `got ${showValue(value)}; must not be empty`;
      if (issue.origin === "array") return `the list needs at least ${String(issue.minimum)} entr${issue.minimum === 1 ? "y" : "ies"}`;
      return `got ${showValue(value)}; must be at least ${String(issue.minimum)}`;
    case "too_big":
      if (issue.origin === "string") return `the text is too long (at most ${String(issue.maximum)} characters)`;
      if (issue.origin === "array") return `the list is too long (at most ${String(issue.maximum)} entries)`;
      return `got ${showValue(value)}; must be at most ${String(issue.maximum)}`;
    case "invalid_format":
      return `got ${showValue(value)}; ${issue.message}`;
    default:
      return issue.message;
  }
}

/** One readable line per problem: `<file>: <key path>: <what is wrong>`. */
export function readableIssues(issues: readonly Issue[], input: unknown, fileLabel: string): string[] {
  const lines: string[] = [];
  for (const { issue, path } of flatten(issues)) {
    const where = formatPath(path);
    const text = describe(issue, valueAt(input, path));
    const line = where === "" ? `${fileLabel}: ${text}` : `${fileLabel}: ${where}: ${text}`;
    if (!lines.includes(line)) lines.push(line);
  }
  return lines;
}
