/** Small wording helpers for messages in Swedish and English. */
import type { Locale } from "../../model/results.js";

/** "a, b och c" / "a, b and c" (or "eller"/"or" with `conjunction: "or"`). */
export function joinList(items: readonly string[], locale: Locale, conjunction: "and" | "or" = "and"): string {
  if (items.length === 0) return "";
  if (items.length === 1) return items[0];
  const word = conjunction === "and" ? (locale === "sv" ? "och" : "and") : locale === "sv" ? "eller" : "or";
  return `${items.slice(0, -1).join(", ")} ${word} ${items[items.length - 1]}`;
}

/** Swedish typography quotes with ”…”, English with “…”. */
export function quoted(text: string, locale: Locale): string {
  return locale === "sv" ? `”${text}”` : `“${text}”`;
}

/** Gives `replacement` the capitalisation of `original` ("Åldringarna" → "Äldre"). */
export function matchCase(replacement: string, original: string): string {
  const first = original.charAt(0);
  if (first !== "" && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}
