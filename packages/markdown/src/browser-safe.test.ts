/**
 * @mrlint/markdown must run in a browser: bundling it for the browser (or
 * for no platform at all) fails on any Node built-in. The platform-neutral
 * bundle is then run here (the browser build of a dependency,
 * decode-named-character-reference, needs a DOM that Node lacks).
 */
import { build, type BuildOptions } from "esbuild";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const entry = fileURLToPath(new URL("./index.ts", import.meta.url));
const common: BuildOptions = { entryPoints: [entry], bundle: true, format: "esm", write: false, logLevel: "silent" };

describe("browser bundle", () => {
  it("bundles for the browser without Node built-ins", async () => {
    const result = await build({ ...common, platform: "browser" });
    expect(result.errors).toEqual([]);
  }, 60_000);

  it("runs from a platform-neutral bundle: parse and lint", async () => {
    const result = await build({ ...common, platform: "neutral", mainFields: ["module", "main"] });
    expect(result.errors).toEqual([]);
    const code = result.outputFiles![0].text;
    const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
    const doc = mod.parseMarkdown("# Plan\n\nKommunen ska **samråda** med invånarna.\n");
    expect(doc.blocks.map((b: { text: string }) => b.text)).toEqual(["Plan", "Kommunen ska samråda med invånarna."]);
    const linted = mod.lint("# Plan\n\nStödet gäller de handikappade.\n");
    expect(linted.diagnostics.some((d: { ruleId: string }) => d.ruleId === "mr/inclusive-language")).toBe(true);
  }, 60_000);
});
