/** `.mrlintignore` files (gitignore syntax, via the `ignore` package), each applying below its own folder. */
import path from "node:path";
import ignore, { type Ignore } from "ignore";
import { toPosix } from "../display-path.js";

export interface IgnoreLayer {
  baseDir: string;
  rules: Ignore;
}

/** Reads `dir/<name>` for each ignore-file name; null when there is none. */
export function loadIgnoreLayer(
  dir: string,
  names: readonly string[],
  readText: (file: string) => string | null,
): IgnoreLayer | null {
  let rules: Ignore | null = null;
  for (const name of names) {
    const text = readText(path.join(dir, name));
    if (text === null) continue;
    rules ??= ignore();
    rules.add(text);
  }
  return rules ? { baseDir: dir, rules } : null;
}

/**
 * gitignore semantics across nested files: outer files first, a deeper file
 * may re-include ("!keep.md") what an outer one excluded.
 */
export function ignoredByLayers(layers: readonly IgnoreLayer[], file: string, isDirectory: boolean): boolean {
  let ignored = false;
  for (const layer of layers) {
    const rel = path.relative(layer.baseDir, file);
    if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) continue;
    const test = layer.rules.test(toPosix(rel) + (isDirectory ? "/" : ""));
    if (test.ignored) ignored = true;
    else if (test.unignored) ignored = false;
  }
  return ignored;
}
