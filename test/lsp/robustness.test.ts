/**
 * The server survives what editors and users throw at it: binary junk in a
 * document, malformed requests, a client without workspace/configuration or
 * dynamic registration; and it ends cleanly on shutdown/exit.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestClient } from "./helpers/client.js";
import { makeWorkspace, type TempWorkspace } from "./helpers/workspace.js";

let ws: TempWorkspace;

beforeAll(async () => {
  ws = await makeWorkspace();
});

afterAll(() => ws.remove());

/** Random bytes read as text the way an editor shows a binary file: NULs, lone surrogates, control characters. */
function junk(length: number, seed: number): string {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) & 0x7fffffff);
  let text = "";
  for (let i = 0; i < length; i++) {
    const r = next() % 10;
    if (r === 0) text += "\u0000";
    else if (r === 1) text += String.fromCharCode(0xd800 + (next() % 0x400)); // lone high surrogate
    else if (r === 2) text += "\r";
    else if (r === 3) text += "<!-- mrlint-";
    else text += String.fromCharCode(next() % 0x3000);
  }
  return text;
}

describe("bad input", () => {
  let client: TestClient;

  beforeAll(async () => {
    ({ client } = await TestClient.start({ workspaceFolder: ws.dir }));
  });

  afterAll(async () => {
    expect(await client.stop()).toBe(0);
  });

  it("lints binary junk without dying and keeps answering", async () => {
    const uris = [0, 1, 2].map((i) => ws.fileUri(`junk-${i}.md`));
    for (const [i, uri] of uris.entries()) await client.open(uri, i === 2 ? "plaintext" : "markdown", junk(20_000, i + 1));
    for (const uri of uris) {
      const published = await client.waitForDiagnostics(uri, (p) => p.version === 1);
      for (const d of published.diagnostics) expect(d.source).toBe("mrlint");
      expect(await client.hover(uri, 0, 0)).not.toBeUndefined();
      await client.codeActions(uri, published.diagnostics.slice(0, 1));
    }
    // A normal document afterwards is still linted.
    const uri = ws.fileUri("after-junk.md");
    await client.open(uri, "markdown", "# Plan\n\nVåra åldringar.\n");
    const published = await client.waitForDiagnostics(uri, (p) => p.version === 1);
    expect(published.diagnostics.some((d) => d.code === "mr/inclusive-language")).toBe(true);
    expect(client.child.exitCode).toBeNull();
    // Nothing was swallowed either: no handler had to catch an error.
    expect(client.logs.filter((l) => l.type === 1)).toEqual([]);
  });

  it("answers malformed and unknown requests without dying", async () => {
    expect(await client.request("mrlint/coverage", {})).toBeNull();
    expect(await client.request("mrlint/coverage", { uri: 42 })).toBeNull();
    expect(await client.request("mrlint/coverage", { uri: ws.fileUri("not-open.md") })).toBeNull();
    expect(await client.request("workspace/executeCommand", { command: "mrlint.showCoverage", arguments: [{ nonsense: true }] })).toBeNull();
    expect(await client.request("workspace/executeCommand", { command: "mrlint.unknown" })).toBeNull();
    expect(await client.hover("file:///nowhere.md", 3, 3)).toBeNull();
    expect(await client.codeActions("file:///nowhere.md", [])).toEqual([]);
    await client.notify("workspace/didChangeWatchedFiles", { changes: [{ uri: "not a uri", type: 2 }] });
    await client.notify("workspace/didChangeConfiguration", { settings: { mrlint: "garbage" } });
    // Edits to a document the server never saw are ignored.
    await client.notify("textDocument/didChange", { textDocument: { uri: "file:///never-opened.md", version: 2 }, contentChanges: [{ text: "x" }] });
    const uri = ws.fileUri("still-alive.md");
    await client.open(uri, "markdown", "# Plan\n\nHandikappade.\n");
    await client.waitForDiagnostics(uri, (p) => p.version === 1);
  });
});

describe("size limit", () => {
  it("does not lint an open document over limits.maxFileBytes, and says so once at the top", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mrlint-limit-"));
    writeFileSync(join(dir, "mrlint.config.json"), JSON.stringify({ limits: { maxFileBytes: 4000 } }));
    const { client } = await TestClient.start({ workspaceFolder: dir });
    const uri = pathToFileURL(join(dir, "big.md")).href;
    await client.open(uri, "markdown", `# Plan\n\n${"Våra åldringar. ".repeat(300)}\n`);
    const published = await client.waitForDiagnostics(uri, (p) => p.version === 1);
    expect(published.diagnostics).toHaveLength(1);
    expect(published.diagnostics[0]).toMatchObject({ code: "file-too-large", severity: 2 });
    expect(published.diagnostics[0].message).toContain("limits.maxFileBytes");
    const mark = client.mark();
    const version = await client.replaceText(uri, "# Plan\n\nVåra åldringar.\n");
    const small = await client.waitForDiagnostics(uri, (p) => p.version === version, { since: mark });
    expect(small.diagnostics.map((d) => d.code)).toContain("mr/inclusive-language");
    expect(await client.stop()).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe("a minimal client", () => {
  it("works with defaults and pushed settings when the client cannot be asked for them", async () => {
    const { client } = await TestClient.start({ workspaceFolder: ws.dir, minimal: true });
    expect(client.registrations).toEqual([]);
    const uri = ws.fileUri("minimal.md");
    await client.open(uri, "markdown", "# Plan\n\nVåra åldringar.\n");
    const first = await client.waitForDiagnostics(uri, (p) => p.version === 1);
    // The workspace's mrlint.config.json applies even without editor settings.
    expect(first.diagnostics.filter((d) => d.code === "mr/inclusive-language").map((d) => d.severity)).toEqual([1]);
    expect(client.configurationRequests).toEqual([]);

    const mark = client.mark();
    await client.notify("workspace/didChangeConfiguration", { settings: { mrlint: { rules: { "mr/inclusive-language": "hint" }, locale: "en" } } });
    const pushed = await client.waitForDiagnostics(uri, () => true, { since: mark });
    const term = pushed.diagnostics.find((d) => d.code === "mr/inclusive-language")!;
    expect(term.severity).toBe(4);
    expect(term.message).toMatch(/^“åldringar” is an outdated/);
    expect(await client.stop()).toBe(0);
  });

  it("prints its version and help, and exits on shutdown/exit with code 0", async () => {
    const { spawnSync } = await import("node:child_process");
    const { serverBin } = await import("./helpers/client.js");
    const version = spawnSync(process.execPath, [serverBin, "--version"], { encoding: "utf8" });
    expect(version.stdout.trim()).toBe("mrlint-language-server 0.1.0");
    const help = spawnSync(process.execPath, [serverBin, "--help"], { encoding: "utf8" });
    expect(help.stdout).toContain("Usage: mrlint-language-server --stdio");

    const { client } = await TestClient.start({});
    expect(await client.stop()).toBe(0);
  });
});
