import type { Locale } from "@mrlint/core";

/** Locale from the POSIX variables (LC_ALL, then LC_MESSAGES, then LANG): "sv…" -> sv, anything else -> en. */
export function envLocale(env: Record<string, string | undefined>): Locale {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return value.toLowerCase().startsWith("sv") ? "sv" : "en";
}

/**
 * The locale the POSIX variables ask for explicitly ("sv…" or "en…"), or undefined for
 * C, POSIX or nothing: then the messages about a document follow the document's language.
 */
export function explicitEnvLocale(env: Record<string, string | undefined>): Locale | undefined {
  const value = (env.LC_ALL || env.LC_MESSAGES || env.LANG || "").toLowerCase();
  if (value.startsWith("sv")) return "sv";
  if (value.startsWith("en")) return "en";
  return undefined;
}
