import path from "node:path";

/** A path as users want to read it: relative to `cwd` when inside it, absolute otherwise; always with `/`. */
export function displayPath(file: string, cwd: string = process.cwd()): string {
  const rel = path.relative(cwd, file);
  const shown = rel === "" ? "." : rel.startsWith("..") || path.isAbsolute(rel) ? file : rel;
  return shown.split(path.sep).join("/");
}

/** Forward-slash form of a relative path, for glob matching. */
export function toPosix(p: string): string {
  return p.split(path.sep).join("/");
}
