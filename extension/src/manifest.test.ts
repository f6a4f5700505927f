import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COMMANDS, DEFAULT_SETTINGS } from "@mrlint/language-server";

const dir = join(import.meta.dirname, "..");
const read = (name: string) => JSON.parse(readFileSync(join(dir, name), "utf8")) as Record<string, unknown>;
const manifest = read("package.json") as {
  engines: { vscode: string };
  devDependencies: Record<string, string>;
  activationEvents: string[];
  contributes: { configuration: { properties: Record<string, { default: unknown }> }; commands: Array<{ command: string }> };
};
const english = read("package.nls.json");
const swedish = read("package.nls.sv.json");

describe("the extension manifest", () => {
  it("has an English and a Swedish text for every %placeholder%", () => {
    const keys = [...JSON.stringify(manifest).matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]);
    expect(keys.length).toBeGreaterThan(10);
    for (const key of keys) {
      expect(english[key], key).toBeTypeOf("string");
      expect(swedish[key], key).toBeTypeOf("string");
    }
    expect(Object.keys(swedish).sort()).toEqual(Object.keys(english).sort());
  });

  it("contributes the server's settings with the server's defaults", () => {
    const properties = manifest.contributes.configuration.properties;
    for (const [name, value] of Object.entries(DEFAULT_SETTINGS)) {
      expect(properties[`mrlint.${name}`]?.default, name).toEqual(value);
    }
  });

  it("contributes exactly the commands the server executes", () => {
    expect(manifest.contributes.commands.map((c) => c.command).sort()).toEqual(Object.values(COMMANDS).sort());
  });

  it("activates for Markdown, plain text and workspaces with Word files, on a VS Code the types agree with", () => {
    expect(manifest.activationEvents).toEqual(["onLanguage:markdown", "onLanguage:plaintext", "workspaceContains:**/*.docx"]);
    expect(manifest.engines.vscode).toBe(`^${manifest.devDependencies["@types/vscode"]}`);
  });
});
