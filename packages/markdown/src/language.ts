/**
 * The document's language: the caller's choice ("configured"), else front
 * matter, else detected from the body text, else Swedish ("default").
 */
import { detectLanguage, type Language, type PolicyDocument } from "@mrlint/core";

export interface LanguageChoice {
  language: Language;
  languageSource: PolicyDocument["languageSource"];
}

export function chooseLanguage(
  configured: Language | "auto" | undefined,
  frontMatter: Language | undefined,
  bodyText: () => string,
): LanguageChoice {
  if (configured === "sv" || configured === "en") return { language: configured, languageSource: "configured" };
  if (frontMatter) return { language: frontMatter, languageSource: "front-matter" };
  const text = bodyText();
  if (!/\p{L}{2}/u.test(text)) return { language: "sv", languageSource: "default" };
  return { language: detectLanguage(text), languageSource: "detected" };
}
