/**
 * The language server under a stream of 10,000 random edits to one open
 * document: insertions, deletions, replacements, pastes of binary junk and
 * of policy text, line endings of every kind, sent as incremental changes
 * (several per notification, without waiting for diagnostics) and now and
 * then as a full replacement. The client keeps its own copy of the text; at
 * the end the server must be alive and publish, for the fuzzed text and
 * then for a known final text reached by one more incremental edit, exactly
 * the diagnostics `lint()` gives for that text.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Diagnostic } from "vscode-languageserver-protocol";
import { lint } from "../../packages/markdown/dist/index.js";
import { TestClient } from "../lsp/helpers/client.js";
import { junkBytes, POLICY } from "../bad-input/support/inputs.js";
import { SENTENCES } from "../property/arbitraries.js";

const EDITS = 10_000;
const FINAL = `${POLICY}\n## Uppföljning\n\nSocialnämnden följer upp planen varje år. Handikappade ska i möjligaste mån få stöd.\n`;

/** mulberry32, so a failure replays. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)), pick: <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] };
}

/** LSP positions: lines end at LF, CRLF or a lone CR; characters are UTF-16 code units. */
function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      start = i + 1;
    }
  }
  return { line, character: offset - start };
}

/** An offset that is not between the CR and LF of a CRLF (no position names that place). */
function safeOffset(text: string, offset: number): number {
  return offset > 0 && text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10 ? offset - 1 : offset;
}

const junkText = (length: number, seed: number) => new TextDecoder("utf-8", { fatal: false }).decode(junkBytes(length, seed));

const sameDiagnostics = (published: Diagnostic[], text: string) => {
  const expected = lint(text, { format: "markdown", locale: "sv" }).diagnostics.map((d) => ({
    code: d.ruleId,
    message: d.message,
    range: { start: { line: d.range.start.line, character: d.range.start.column }, end: { line: d.range.end.line, character: d.range.end.column } },
  }));
  const actual = published.map((d) => ({ code: d.code, message: d.message, range: d.range }));
  const key = (d: { range: Diagnostic["range"]; code?: unknown }) => `${d.range.start.line}:${d.range.start.character}:${String(d.code)}`;
  expect(actual.sort((a, b) => key(a).localeCompare(key(b)))).toEqual(expected.sort((a, b) => key(a).localeCompare(key(b))));
};

let dir: string;
let client: TestClient;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "mrlint-lsp-edits-"));
  ({ client } = await TestClient.start({ workspaceFolder: dir, settings: { locale: "sv" } }));
});

afterAll(async () => {
  expect(await client.stop()).toBe(0);
  rmSync(dir, { recursive: true, force: true });
});

describe("language server under 10,000 random edits", () => {
  it("stays alive and ends with the diagnostics lint() gives for the final text", async () => {
    const uri = pathToFileURL(path.join(dir, "utkast.md")).href;
    const r = random(20261121);
    let text = POLICY;
    let version = 1;
    await client.open(uri, "markdown", text);

    let edits = 0;
    let fullReplacements = 0;
    while (edits < EDITS) {
      version++;
      if (r.next() < 0.01) {
        // Now and then the whole text at once, as some clients send it.
        text = r.next() < 0.5 ? junkText(r.int(0, 3000), r.int(1, 1e9)) : r.pick(SENTENCES).repeat(r.int(1, 20));
        fullReplacements++;
        edits++;
        await client.notify("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ text }] });
        continue;
      }
      // A batch of incremental changes, applied in order (each against the text the previous one left).
      const changes: Array<{ range: { start: ReturnType<typeof positionAt>; end: ReturnType<typeof positionAt> }; text: string }> = [];
      for (let k = r.int(1, 12); k > 0 && edits < EDITS; k--, edits++) {
        const a = safeOffset(text, r.int(0, text.length));
        const kind = r.next();
        // Keep the document between a few and twenty thousand characters: short texts get fewer deletions.
        const deleting = kind < (text.length > 20_000 ? 0.7 : text.length < 3000 ? 0.1 : 0.3);
        const b = deleting || kind > 0.8 ? safeOffset(text, Math.min(text.length, a + r.int(0, 80))) : a;
        const what = r.next();
        const inserted = deleting
          ? ""
          : what < 0.15
            ? junkText(r.int(1, 600), r.int(1, 1e9))
            : what < 0.4
              ? ` ${r.pick(SENTENCES)} `
              : what < 0.7
                ? r.pick(["\n", "\r\n", "\r", "\n\n- ", "# ", "> ", "**", "<!-- mrlint-disable -->", "\u0000", "\ud800", "å", "𝄞"])
                : String.fromCharCode(r.int(32, 0x2fff));
        const range = { start: positionAt(text, a), end: positionAt(text, b) };
        text = text.slice(0, a) + inserted + text.slice(b);
        changes.push({ range, text: inserted });
      }
      await client.notify("textDocument/didChange", { textDocument: { uri, version }, contentChanges: changes });
    }
    expect(edits).toBe(EDITS);
    expect(fullReplacements).toBeGreaterThan(10);

    // The server's copy of the fuzzed text is the client's: same diagnostics as lint() on it.
    const fuzzed = await client.waitForDiagnostics(uri, (p) => p.version === version, { timeoutMs: 30_000 });
    sameDiagnostics(fuzzed.diagnostics, text);
    // The comparison is not vacuous: a text of some size, with span findings in it.
    expect(text.length).toBeGreaterThan(2000);
    expect(fuzzed.diagnostics.filter((d) => (d.data as { ruleType?: string }).ruleType === "span").length).toBeGreaterThan(5);

    // One more incremental edit replaces everything with a known text.
    version++;
    const end = positionAt(text, text.length);
    await client.notify("textDocument/didChange", {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end }, text: FINAL }],
    });
    const final = await client.waitForDiagnostics(uri, (p) => p.version === version, { timeoutMs: 30_000 });
    sameDiagnostics(final.diagnostics, FINAL);
    expect(final.diagnostics.filter((d) => d.code === "mr/inclusive-language")).toHaveLength(2);

    // Still answering requests, nothing logged as an error.
    expect(await client.request("mrlint/coverage", { uri })).not.toBeNull();
    expect(client.child.exitCode).toBeNull();
    expect(client.logs.filter((l) => l.type === 1)).toEqual([]);
  }, 120_000);
});
