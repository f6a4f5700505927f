/** Reads rule-pack folders from disk for core's `loadRulePack`. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const PACK_EXTENSIONS = new Set([".yml", ".yaml"]);

/** Every YAML file under `dir` (recursively), sorted so packs load the same way everywhere. */
export function readPackFiles(dir: string): Array<{ path: string; text: string }> {
  const out: Array<{ path: string; text: string }> = [];
  const visit = (current: string) => {
    const entries = readdirSync(current, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const full = path.join(current, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== "node_modules" && !entry.name.startsWith(".")) visit(full);
      } else if (PACK_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) {
        out.push({ path: full, text: readFileSync(full, "utf8") });
      }
    }
  };
  visit(dir);
  return out;
}
