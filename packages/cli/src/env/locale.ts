import type { Locale } from "@mrlint/core";

/** Locale from the POSIX variables (LC_ALL, then LC_MESSAGES, then LANG): "sv…" -> sv, anything else -> en. */
export function envLocale(env: Record<string, string | undefined>): Locale {
  const value = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return value.toLowerCase().startsWith("sv") ? "sv" : "en";
}
