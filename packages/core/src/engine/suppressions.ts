/** Inline disables (`<!-- mrlint-disable … -->`, a Word comment "mrlint-disable"): source ranges where rules are off. */
import type { Suppression } from "../model/document.js";

export function isSuppressed(suppressions: readonly Suppression[], ruleId: string, offset: number, sourceLength: number): boolean {
  return suppressions.some(
    (s) =>
      (s.rules.length === 0 || s.rules.includes(ruleId)) &&
      offset >= s.start &&
      (offset < s.end || (s.end >= sourceLength && offset <= s.end)),
  );
}
