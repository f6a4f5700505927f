import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { encodeText } from "./read/decode-text.js";
import { lintFile, lintText } from "./lint-file.js";

let root: string;

function write(rel: string, content: string | Uint8Array) {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

const POLICY = [
  "# Policy för äldreomsorg",
  "",
  "Stödet riktar sig till handikappade och deras anhöriga.",
  "",
  "## Uppföljning",
  "",
  "Socialnämnden följer upp planen varje år och redovisar resultatet för kommunfullmäktige.",
  "",
].join("\n");

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "mrlint-lintfile-"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("lintFile", () => {
  it("lints Markdown with the built-in rules and returns diagnostics, coverage and the document", async () => {
    const file = write("plan.md", POLICY);
    const result = await lintFile(file, { cwd: root, locale: "sv" });
    expect(result.error).toBeUndefined();
    expect(result.format).toBe("markdown");
    expect(result.encoding).toBe("utf-8");
    expect(result.document?.source).toBe(POLICY);
    const term = result.result?.diagnostics.find((d) => d.ruleId === "mr/inclusive-language");
    expect(term?.text).toBe("handikappade");
    expect(term?.range.start).toMatchObject({ line: 2 });
    expect(Object.keys(result.result?.coverage.rules ?? {})).toContain("mr/involvement");
  });

  it("reads plain text and any other extension as text", async () => {
    expect((await lintFile(write("plan.txt", "Plan\n\nText om handikappade.\n"), { cwd: root })).format).toBe("text");
    expect((await lintFile(write("plan.rst", "Plan\n"), { cwd: root })).format).toBe("text");
  });

  it("gives the same findings for a UTF-16 file as for its UTF-8 twin", async () => {
    const utf8 = await lintFile(write("a.md", POLICY), { cwd: root, locale: "en" });
    const utf16 = await lintFile(write("b.md", encodeText(POLICY, "utf-16le")), { cwd: root, locale: "en" });
    expect(utf16.encoding).toBe("utf-16le");
    expect(utf16.result?.diagnostics.map((d) => [d.ruleId, d.range])).toEqual(utf8.result?.diagnostics.map((d) => [d.ruleId, d.range]));
  });

  it("applies the nearest config: rule levels and overrides", async () => {
    write("mrlint.config.yaml", "rules:\n  mr/inclusive-language: error\noverrides:\n  - files: 'arkiv/**'\n    rules: { mr/inclusive-language: off }\n");
    const main = await lintFile(write("plan.md", POLICY), { cwd: root });
    expect(main.result?.diagnostics.find((d) => d.ruleId === "mr/inclusive-language")?.level).toBe("error");
    expect(main.config?.configFile).toBe(path.join(root, "mrlint.config.yaml"));
    const archived = await lintFile(write("arkiv/plan.md", POLICY), { cwd: root });
    expect(archived.result?.diagnostics.some((d) => d.ruleId === "mr/inclusive-language")).toBe(false);
  });

  it("turns bad input into file errors that name the file, never throwing", async () => {
    const cases: Array<[string, string | Uint8Array, string, RegExp]> = [
      ["bild.md", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), "not-text", /^bild\.md: not a text file/],
      ["latin1.md", new Uint8Array([0x23, 0x20, 0x50, 0x6c, 0x61, 0x6e, 0x0a, 0xe4, 0x0a]), "invalid-utf8", /^latin1\.md: invalid UTF-8 at byte 7 \(line 2\)/],
      ["trasig.docx", "this is not a zip file", "", /trasig\.docx/],
      ["gammal.doc", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), "old-word-format", /^gammal\.doc: the old Word format/],
    ];
    for (const [name, content, code, text] of cases) {
      const result = await lintFile(write(name, content), { cwd: root });
      expect(result.result).toBeUndefined();
      if (code) expect(result.error?.code).toBe(code);
      expect(result.error?.message).toMatch(text);
    }
    const missing = await lintFile(path.join(root, "finns-inte.md"), { cwd: root, locale: "sv" });
    expect(missing.error).toEqual({ code: "not-found", message: "finns-inte.md: filen eller mappen finns inte" });
    mkdirSync(path.join(root, "mapp.md"));
    expect((await lintFile(path.join(root, "mapp.md"), { cwd: root })).error?.code).toBe("is-directory");
  });

  it("enforces the size limit from the config or the options", async () => {
    write("mrlint.config.json", '{ "limits": { "maxFileBytes": 20 } }');
    const file = write("plan.md", POLICY);
    const result = await lintFile(file, { cwd: root });
    expect(result.error).toEqual({
      code: "file-too-large",
      message: `plan.md: the file is ${Buffer.byteLength(POLICY)} bytes, more than the limit of 20 bytes (limits.maxFileBytes)`,
    });
    expect((await lintFile(file, { cwd: root, limits: { maxFileBytes: 1_000_000 } })).error).toBeUndefined();
  });

  it("reports a broken config as the file's error", async () => {
    write("mrlint.config.yaml", "rules:\n  mr/involvement: warn\n");
    const result = await lintFile(write("plan.md", POLICY), { cwd: root });
    expect(result.error?.code).toBe("config-invalid");
    expect(result.error?.message).toContain('rules."mr/involvement": "warn" is not allowed');
  });

  it("lets an explicit language override detection", async () => {
    const result = await lintFile(write("plan.md", POLICY), { cwd: root, language: "en" });
    expect(result.result?.language).toBe("en");
  });
});

describe("lintText", () => {
  it("lints text with the config of the path it belongs to", async () => {
    write("mrlint.config.yaml", "rules:\n  mr/inclusive-language: off\n");
    const withConfig = await lintText(POLICY, { cwd: root, filePath: "utkast.md" });
    expect(withConfig.result?.diagnostics.some((d) => d.ruleId === "mr/inclusive-language")).toBe(false);
    const bare = await lintText(POLICY, { cwd: root });
    expect(bare.result?.diagnostics.some((d) => d.ruleId === "mr/inclusive-language")).toBe(true);
  });
});
