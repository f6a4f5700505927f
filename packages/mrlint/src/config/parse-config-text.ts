/** JSON or YAML text -> plain value, with syntax errors that give file, line and column. */
import { MrlintInputError, type Locale } from "@mrlint/core";
import { parse as parseYaml, YAMLParseError } from "yaml";
import { message } from "../messages.js";

export function parseConfigText(text: string, kind: "json" | "yaml", shown: string, locale: Locale): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (kind === "json") {
    try {
      return JSON.parse(body);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      const at = /position (\d+)/.exec(reason);
      const { line, column } = lineColumn(body, at ? Number(at[1]) : body.length);
      throw syntaxError(shown, "JSON", line, column, reason, locale);
    }
  }
  try {
    const value: unknown = parseYaml(body, { prettyErrors: false });
    return value ?? {};
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const pos = error.linePos?.[0];
      const reason = error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
      throw syntaxError(shown, "YAML", pos?.line ?? 1, pos?.col ?? 1, reason, locale);
    }
    throw syntaxError(shown, "YAML", 1, 1, error instanceof Error ? error.message : String(error), locale);
  }
}

function syntaxError(shown: string, kind: string, line: number, column: number, reason: string, locale: Locale) {
  return new MrlintInputError("config-syntax", message(locale, "configSyntax", { file: shown, kind, line, column, reason }), shown);
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}
