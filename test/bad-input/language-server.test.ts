/**
 * The language server stays alive on the catalogue's inputs: bad Word files
 * in the workspace get one clear file-level diagnostic each, and open
 * documents full of binary junk, decoding debris, megabytes of text or
 * pathological nesting are linted (or refused by a limit) while the server
 * keeps answering requests.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "../lsp/helpers/client.js";
import {
  declaredBomb,
  deepList,
  deepQuote,
  docxWithParagraphs,
  encryptedDocx,
  hugeNestedList,
  junkBytes,
  latin1,
  longLine,
  POLICY,
  write,
  xxeDocx,
} from "./support/inputs.js";

let dir: string;
let client: TestClient;
const uri = (name: string) => pathToFileURL(path.join(dir, name)).href;

/** What an editor shows for bytes that are not UTF-8: replacement characters, control characters, NULs. */
const asEditorText = (bytes: Uint8Array) => new TextDecoder("utf-8", { fatal: false }).decode(bytes);

/** The server answers a request about `target` (coverage) and a hover, i.e. it is alive and not stuck. */
async function stillAnswers(target: string): Promise<void> {
  const coverage = await client.request<unknown>("mrlint/coverage", { uri: target });
  expect(coverage === null || typeof coverage === "object").toBe(true);
  expect(await client.hover(target, 0, 0)).not.toBeUndefined();
  expect(client.child.exitCode).toBeNull();
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "mrlint-lsp-bad-"));
  write(dir, "encrypted.docx", encryptedDocx());
  write(dir, "bomb-size.docx", declaredBomb());
  write(dir, "xxe.docx", await xxeDocx());
  write(dir, "text.docx", POLICY);
  write(dir, "many-paragraphs.docx", await docxWithParagraphs(100_000, (i) => `Stycke ${i}: kommunen ska stödja våra åldringar.`));
  ({ client } = await TestClient.start({ workspaceFolder: dir }));
}, 60_000);

afterAll(async () => {
  expect(await client.stop()).toBe(0);
  rmSync(dir, { recursive: true, force: true });
});

describe("bad Word files in the workspace", () => {
  it.each([
    ["encrypted.docx", "docx-encrypted"],
    ["bomb-size.docx", "docx-too-large"],
    ["xxe.docx", "docx-xml-doctype"],
    ["text.docx", "docx-not-zip"],
    ["many-paragraphs.docx", "text-too-large"],
  ])("%s gets one file-level diagnostic (%s) and the server answers", async (name, code) => {
    const published = await client.waitForDiagnostics(uri(name), () => true, { timeoutMs: 60_000 });
    expect(published.diagnostics).toHaveLength(1);
    expect(published.diagnostics[0].code).toBe(code);
    expect(published.diagnostics[0].message).toContain(name);
    await stillAnswers(uri(name));
  });
});

describe("bad text in open documents", () => {
  const cases: Array<[string, string, string, (diagnostics: Array<{ code?: string | number; message: string }>) => void]> = [
    ["binary junk", "junk.md", asEditorText(junkBytes(200_000, 11)), () => undefined],
    ["invalid UTF-8 shown with replacement characters", "latin1.md", asEditorText(latin1("# Plan\n\nVåra äldre och åldringar ska få stöd.\n".repeat(50))), () => undefined],
    ["lone surrogates and NULs", "surrogates.md", `# Plan\n\n\ud800 \udfff \u0000 våra åldringar \ud83d\n`.repeat(500), (d) => {
      expect(d.some((x) => x.code === "mr/inclusive-language")).toBe(true);
    }],
    ["a 2 MB line", "long-line.md", `# Plan\n\n${longLine(1_990_000)} våra åldringar`, (d) => {
      expect(d.some((x) => x.code === "mr/inclusive-language")).toBe(true);
    }],
    ["text over limits.maxTextChars", "too-long.md", `# Plan\n\n${longLine(2_100_000)}`, (d) => {
      expect(d.map((x) => x.code)).toEqual(["text-too-large"]);
      expect(d[0].message).toContain("limits.maxTextChars");
    }],
    ["a list nested 5,000 levels deep", "deep-list.md", deepList(5000), (d) => {
      expect(d.some((x) => x.code === "mr/inclusive-language")).toBe(true);
    }],
    ["a quote nested 5,000 levels deep", "deep-quote.md", deepQuote(5000), (d) => {
      expect(d.some((x) => x.code === "mr/inclusive-language")).toBe(true);
    }],
    ["a list of 3,000 items with sublists", "nested-list.md", hugeNestedList(3000), (d) => {
      expect(d.filter((x) => x.code === "mr/inclusive-language")).toHaveLength(3000);
    }],
  ];

  it.each(cases)("%s: linted or refused by a limit, and the server answers", async (_, name, text, check) => {
    await client.open(uri(name), "markdown", text);
    const published = await client.waitForDiagnostics(uri(name), (p) => p.version === 1, { timeoutMs: 60_000 });
    for (const d of published.diagnostics) expect(d.source).toBe("mrlint");
    check(published.diagnostics);
    await stillAnswers(uri(name));
    await client.close(uri(name));
  });

  it("lints an ordinary document afterwards, with nothing logged as an error", async () => {
    const normal = uri("after.md");
    await client.open(normal, "markdown", POLICY);
    const published = await client.waitForDiagnostics(normal, (p) => p.version === 1);
    expect(published.diagnostics.some((d) => d.code === "mr/inclusive-language")).toBe(true);
    expect(client.logs.filter((l) => l.type === 1)).toEqual([]);
  });
});
