/**
 * The workspace side of the language server: Word files found and linted
 * from disk, kept current through file-watcher events, the Word review
 * command, and config files (a change re-lints, a broken one gives one
 * notification and the defaults).
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Diagnostic } from "vscode-languageserver-protocol";
import { TestClient } from "./helpers/client.js";
import { makeDocx, makeWorkspace, type TempWorkspace } from "./helpers/workspace.js";

const TERM = "mr/inclusive-language";
const CHANGED = 2;
const DELETED = 3;

let ws: TempWorkspace;
let client: TestClient;
let docxUri: string;

const terms = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === TERM);

beforeAll(async () => {
  ws = await makeWorkspace();
  ({ client } = await TestClient.start({ workspaceFolder: ws.dir }));
  docxUri = ws.fileUri("hemtjanst.docx");
});

afterAll(async () => {
  expect(await client.stop()).toBe(0);
  ws.remove();
});

describe("Word files in the workspace", () => {
  it("asks the client to watch .docx and config files", async () => {
    await client.waitForDiagnostics(docxUri);
    const watch = client.registrations.find((r) => r.method === "workspace/didChangeWatchedFiles");
    const patterns = (watch?.registerOptions as { watchers: Array<{ globPattern: string }> }).watchers.map((w) => w.globPattern);
    expect(patterns).toContain("**/*.docx");
    expect(patterns).toContain("**/mrlint.config.{json,yaml,yml}");
    expect(patterns).toContain("**/.mrlintrc.{json,yaml,yml}");
  });

  it("publishes diagnostics for a .docx on start, addressed by paragraph", async () => {
    const published = await client.waitForDiagnostics(docxUri);
    // Paragraph 3 (line index 2) is the body paragraph; the column is the offset in it.
    const paragraph = "Stödet gäller även handikappade i kommunen.";
    expect(terms(published.diagnostics).map((d) => d.range)).toEqual([
      {
        start: { line: 2, character: paragraph.indexOf("handikappade") },
        end: { line: 2, character: paragraph.indexOf("handikappade") + "handikappade".length },
      },
    ]);
    expect(terms(published.diagnostics)[0].severity).toBe(1);
  });

  it("answers coverage for a .docx that is not open", async () => {
    const coverage = await client.request<{ format: string; rules: Array<{ ruleId: string }> }>("mrlint/coverage", { uri: docxUri });
    expect(coverage.format).toBe("docx");
    expect(coverage.rules.map((r) => r.ruleId)).toContain("mr/involvement");
  });

  it("re-lints a .docx that changed on disk, and clears one that was deleted", async () => {
    writeFileSync(ws.file("hemtjanst.docx"), await makeDocx(["Inga föråldrade ord här.", "Men åldringar nämns i stycke fyra."]));
    let mark = client.mark();
    await client.notify("workspace/didChangeWatchedFiles", { changes: [{ uri: docxUri, type: CHANGED }] });
    const changed = await client.waitForDiagnostics(docxUri, () => true, { since: mark });
    expect(terms(changed.diagnostics).map((d) => [d.range.start.line, d.range.start.character])).toEqual([[3, 4]]);

    const otherUri = ws.fileUri("ny.docx");
    writeFileSync(ws.file("ny.docx"), await makeDocx(["Stöd till missbrukare."]));
    mark = client.mark();
    await client.notify("workspace/didChangeWatchedFiles", { changes: [{ uri: otherUri, type: 1 }] });
    const created = await client.waitForDiagnostics(otherUri, () => true, { since: mark });
    expect(terms(created.diagnostics)).toHaveLength(1);

    rmSync(ws.file("ny.docx"));
    mark = client.mark();
    await client.notify("workspace/didChangeWatchedFiles", { changes: [{ uri: otherUri, type: DELETED }] });
    const deleted = await client.waitForDiagnostics(otherUri, () => true, { since: mark });
    expect(deleted.diagnostics).toEqual([]);
  });

  it("reports a file it cannot read as one error at the top, and keeps going", async () => {
    const brokenUri = ws.fileUri("trasig.docx");
    writeFileSync(ws.file("trasig.docx"), "this is not a zip file");
    const mark = client.mark();
    await client.notify("workspace/didChangeWatchedFiles", { changes: [{ uri: brokenUri, type: 1 }] });
    const broken = await client.waitForDiagnostics(brokenUri, () => true, { since: mark });
    expect(broken.diagnostics).toHaveLength(1);
    expect(broken.diagnostics[0]).toMatchObject({ severity: 1, source: "mrlint", range: { start: { line: 0, character: 0 } } });
    expect(broken.diagnostics[0].message).toMatch(/^mrlint kunde inte granska filen: .*trasig\.docx/);
    rmSync(ws.file("trasig.docx"));
    await client.notify("workspace/didChangeWatchedFiles", { changes: [{ uri: brokenUri, type: DELETED }] });
  });

  it("writes the Word review next to the file (mrlint.reviewDocx)", async () => {
    const result = await client.request<{ output: string; uri: string; findings: number }>("workspace/executeCommand", {
      command: "mrlint.reviewDocx",
      arguments: [docxUri],
    });
    expect(result.output).toBe(ws.file("hemtjanst.mrlint-review.docx"));
    expect(result.findings).toBeGreaterThan(0);
    const zip = await JSZip.loadAsync(readFileSync(result.output));
    const comments = await zip.file("word/comments.xml")!.async("string");
    expect(comments).toContain(TERM);
    const info = await client.waitForMessage((m) => m.message.includes("hemtjanst.mrlint-review.docx"));
    expect(info.type).toBe(3);
    // The review copy is an output, not a document of the workspace: it gets no diagnostics.
    await client.notify("workspace/didChangeWatchedFiles", {
      changes: [{ uri: ws.fileUri("hemtjanst.mrlint-review.docx"), type: 1 }],
    });
    await client.request("mrlint/coverage", { uri: docxUri });
    expect(client.diagnostics.some((p) => p.uri === ws.fileUri("hemtjanst.mrlint-review.docx"))).toBe(false);
  });

  it("refuses to review a file that is not a .docx", async () => {
    const result = await client.request("workspace/executeCommand", { command: "mrlint.reviewDocx", arguments: [ws.fileUri("riktlinje.md")] });
    expect(result).toBeNull();
    const error = await client.waitForMessage((m) => m.message.includes("är inte en .docx-fil"));
    expect(error.type).toBe(1);
  });
});

describe("config files", () => {
  it("re-lints open documents and Word files when a config file changes", async () => {
    const uri = ws.fileUri("riktlinje.md");
    await client.open(uri, "markdown", readFileSync(ws.file("riktlinje.md"), "utf8"));
    const first = await client.waitForDiagnostics(uri, (p) => p.version === 1);
    expect(terms(first.diagnostics).map((d) => d.severity)).toEqual([1]);

    writeFileSync(ws.file("mrlint.config.json"), JSON.stringify({ rules: { [TERM]: "hint" } }));
    const mark = client.mark();
    await client.notify("workspace/didChangeWatchedFiles", { changes: [{ uri: ws.fileUri("mrlint.config.json"), type: CHANGED }] });
    const again = await client.waitForDiagnostics(uri, () => true, { since: mark });
    expect(terms(again.diagnostics).map((d) => d.severity)).toEqual([4]);
    const docx = await client.waitForDiagnostics(docxUri, () => true, { since: mark });
    expect(terms(docx.diagnostics).map((d) => d.severity)).toEqual([4]);
  });

  it("gives one clear notification for a broken config file, lints with the defaults and stays up", async () => {
    const uri = ws.fileUri("riktlinje.md");
    writeFileSync(ws.file("mrlint.config.json"), '{ "rules": { "mr/inclusive-language": "loud" } }');
    const before = client.messages.length;
    const mark = client.mark();
    await client.notify("workspace/didChangeWatchedFiles", { changes: [{ uri: ws.fileUri("mrlint.config.json"), type: CHANGED }] });
    const relinted = await client.waitForDiagnostics(uri, () => true, { since: mark });
    // Defaults: the rule's own level (warning).
    expect(terms(relinted.diagnostics).map((d) => d.severity)).toEqual([2]);
    await client.waitForDiagnostics(docxUri, () => true, { since: mark });

    // More documents with the same broken config: still one notification.
    await client.open(ws.fileUri("second.md"), "markdown", "# Plan\n\nÅldringar.\n");
    await client.waitForDiagnostics(ws.fileUri("second.md"));
    await client.request("mrlint/coverage", { uri });
    const errors = client.messages.slice(before).filter((m) => m.type === 1);
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toContain("mrlint.config.json");
    expect(errors[0].message).toContain("loud");
    expect(errors[0].message).toMatch(/Standardinställningarna används tills filen är rättad\.$/);

    // Fixed again: the file applies again.
    writeFileSync(ws.file("mrlint.config.json"), JSON.stringify({ rules: { [TERM]: "error" } }));
    const fixedMark = client.mark();
    await client.notify("workspace/didChangeWatchedFiles", { changes: [{ uri: ws.fileUri("mrlint.config.json"), type: CHANGED }] });
    const fixed = await client.waitForDiagnostics(uri, () => true, { since: fixedMark });
    expect(terms(fixed.diagnostics).map((d) => d.severity)).toEqual([1]);
    expect(client.messages.slice(before).filter((m) => m.type === 1)).toHaveLength(1);
  });

  it("re-lints everything on mrlint.relintWorkspace", async () => {
    const mark = client.mark();
    const counts = await client.request<{ documents: number; docx: number }>("workspace/executeCommand", { command: "mrlint.relintWorkspace" });
    expect(counts.docx).toBe(1);
    expect(counts.documents).toBe(2);
    await client.waitForDiagnostics(docxUri, () => true, { since: mark });
    await client.waitForDiagnostics(ws.fileUri("riktlinje.md"), () => true, { since: mark });
  });
});
