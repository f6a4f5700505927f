/** The metadata of every rule a run may report (SARIF and Markdown name the rules). */
import type { RuleMeta } from "@mrlint/core";
import type { ConfigLoader } from "@mrlint/node/config";
import type { LintTask } from "./lint-one.js";

export function ruleMetas(tasks: readonly LintTask[], loader: ConfigLoader): Map<string, RuleMeta> {
  const out = new Map<string, RuleMeta>();
  const packSets = new Map<string, string[]>([["", []]]);
  for (const task of tasks) packSets.set(task.config.packs.join("\0"), task.config.packs);
  for (const packs of packSets.values()) {
    try {
      for (const rule of loader.rulesFor(packs)) out.set(rule.meta.id, rule.meta);
    } catch {
      // Reported with the files that use the pack.
    }
  }
  return out;
}
