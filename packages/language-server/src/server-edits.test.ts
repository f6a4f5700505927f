/**
 * How the server keeps up with typing: edits that arrive while it lints an
 * older version make it drop that version (nothing stale is published), the
 * diagnostics it does publish equal a fresh lint of the newest text, and it
 * stays up when the engine fails. The server runs in this process, so that
 * the test can send edits at an exact moment: in the middle of a parse.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { lintDocument } from "@mrlint/core";
import { afterEach, describe, expect, it } from "vitest";
import type { Diagnostic, PublishDiagnosticsParams } from "vscode-languageserver/node";
import type { Engine } from "./engine.js";
import { createRealEngine } from "./real-engine.js";
import { startInProcessServer, type InProcessServer } from "./test-support/in-process-server.js";
import { todoRule } from "./test-support/rules.js";
import { simpleDocument } from "./test-support/simple-document.js";

const repoRoot = join(import.meta.dirname, "..", "..", "..");
const fixture = (path: string) => readFileSync(join(repoRoot, path), "utf8");

/** A Swedish policy of a few hundred words with headings, paragraphs and findings. */
const policy = [
  fixture("fixtures/lsp/workspace/riktlinje.md"),
  fixture("fixtures/policies/aldreomsorg-negerad-dialog.md"),
  fixture("fixtures/policies/fritid-med-dialog.md"),
].join("\n");

/** The policy after n edits: a word typed at the end of the n-th paragraph line that ends a sentence. */
function edited(n: number): string {
  const lines = policy.split("\n");
  const prose = lines.map((line, i) => (/^\p{L}.*[.!?]$/u.test(line) ? i : -1)).filter((i) => i >= 0);
  for (let k = 0; k < n; k++) lines[prose[(k * 7) % prose.length]] += " Barnets bästa ska beaktas.";
  return lines.join("\n");
}

/** The real engine, with a hook that runs at the start of every parse. */
function hookedEngine(): { engine: Engine; onParse: { next?: (text: string) => void } } {
  const real = createRealEngine();
  const onParse: { next?: (text: string) => void } = {};
  const engine: Engine = {
    ...real,
    parse(text, format, options) {
      const hook = onParse.next;
      onParse.next = undefined;
      hook?.(text);
      return real.parse(text, format, options);
    },
  };
  return { engine, onParse };
}

/** Diagnostics as published, without the document version they carry (it differs between the two runs compared). */
function withoutVersion(diagnostics: Diagnostic[]): unknown[] {
  return diagnostics.map((d) => {
    const data = { ...(d.data as Record<string, unknown>) };
    delete data.version;
    return { ...d, data };
  });
}

/** Lets the server handle everything sent so far and finish what it started. */
async function quiet(): Promise<void> {
  for (let i = 0; i < 20; i++) await new Promise((resolve) => setTimeout(resolve, 5));
}

let servers: InProcessServer[] = [];
afterEach(() => {
  for (const server of servers) server.close();
  servers = [];
});

async function start(engine: Engine): Promise<InProcessServer> {
  const server = await startInProcessServer(engine);
  servers.push(server);
  return server;
}

const uri = "file:///virtual/mrlint-test/policy.md";
const versionsOf = (published: PublishDiagnosticsParams[]) => published.filter((p) => p.uri === uri).map((p) => p.version);

describe("edits that arrive while the server lints", () => {
  it("publishes diagnostics only for the newest version, equal to a fresh lint of its text", async () => {
    const { engine, onParse } = hookedEngine();
    const server = await start(engine);
    await server.open(uri, policy);
    await server.waitFor((p) => p.uri === uri && p.version === 1);

    // While version 2 is being parsed, versions 3 to 6 arrive.
    onParse.next = () => {
      for (let version = 3; version <= 6; version++) {
        server.inject("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ text: edited(version - 1) }] });
      }
    };
    await server.change(uri, 2, edited(1));
    const last = await server.waitFor((p) => p.uri === uri && p.version === 6);
    await quiet();
    expect(versionsOf(server.published)).toEqual([1, 6]);

    // The same text opened in a server that never saw the earlier versions.
    const fresh = await start(createRealEngine());
    await fresh.open(uri, edited(5));
    const expected = await fresh.waitFor((p) => p.uri === uri && p.version === 1);
    expect(expected.diagnostics.length).toBeGreaterThan(0);
    expect(withoutVersion(last.diagnostics)).toEqual(withoutVersion(expected.diagnostics));
    expect(last.diagnostics.every((d) => (d.data as { version?: number }).version === 6)).toBe(true);
  });

  it("keeps re-using the newest parse when a lint is dropped, and still matches a fresh lint after more edits", async () => {
    const { engine, onParse } = hookedEngine();
    const server = await start(engine);
    await server.open(uri, policy);
    await server.waitFor((p) => p.uri === uri && p.version === 1);
    onParse.next = () => server.inject("textDocument/didChange", { textDocument: { uri, version: 3 }, contentChanges: [{ text: edited(2) }] });
    await server.change(uri, 2, edited(1));
    await server.waitFor((p) => p.uri === uri && p.version === 3);
    for (let version = 4; version <= 8; version++) {
      await server.change(uri, version, edited(version - 1));
      await server.waitFor((p) => p.uri === uri && p.version === version);
    }
    await quiet();
    expect(versionsOf(server.published)).toEqual([1, 3, 4, 5, 6, 7, 8]);

    const fresh = await start(createRealEngine());
    await fresh.open(uri, edited(7));
    const expected = await fresh.waitFor((p) => p.uri === uri && p.version === 1);
    const last = server.published[server.published.length - 1];
    expect(withoutVersion(last.diagnostics)).toEqual(withoutVersion(expected.diagnostics));
  });

  it("publishes nothing for a document closed in the middle of its lint", async () => {
    const { engine, onParse } = hookedEngine();
    const server = await start(engine);
    await server.open(uri, policy);
    await server.waitFor((p) => p.uri === uri && p.version === 1);
    onParse.next = () => server.inject("textDocument/didClose", { textDocument: { uri } });
    await server.change(uri, 2, edited(1));
    await server.waitFor((p) => p.uri === uri && p.diagnostics.length === 0 && p.version === undefined);
    await quiet();
    const after = server.published.filter((p) => p.uri === uri);
    expect(after.map((p) => p.version)).toEqual([1, undefined]);
    expect(after[after.length - 1].diagnostics).toEqual([]);
  });

  it("lints a version once when a request asks for it while its lint is under way", async () => {
    const { engine, onParse } = hookedEngine();
    const server = await start(engine);
    await server.open(uri, policy);
    await server.waitFor((p) => p.uri === uri && p.version === 1);
    const lintsBefore = server.handle.linter.stats.lints;
    let hover: Promise<unknown> | undefined;
    onParse.next = () => {
      hover = server.client.sendRequest("textDocument/hover", { textDocument: { uri }, position: { line: 0, character: 2 } });
    };
    await server.change(uri, 2, edited(1));
    await server.waitFor((p) => p.uri === uri && p.version === 2);
    await hover;
    await quiet();
    expect(server.handle.linter.stats.lints - lintsBefore).toBe(1);
    expect(versionsOf(server.published)).toEqual([1, 2]);
  });
});

describe("a settings change while a lint is under way", () => {
  it("publishes only the lint with the new settings", async () => {
    const { engine, onParse } = hookedEngine();
    const settings: Record<string, unknown> = { debounceMs: 0 };
    const server = await startInProcessServer(engine, settings);
    servers.push(server);
    await server.open(uri, policy);
    const first = await server.waitFor((p) => p.uri === uri && p.version === 1);
    const term = "mr/inclusive-language";
    expect(first.diagnostics.some((d) => d.code === term)).toBe(true);

    onParse.next = () => {
      settings.rules = { [term]: "off" };
      server.inject("workspace/didChangeConfiguration", { settings: {} });
    };
    await server.change(uri, 2, edited(1));
    const second = await server.waitFor((p) => p.uri === uri && p.version === 2);
    await quiet();
    expect(versionsOf(server.published)).toEqual([1, 2]);
    expect(second.diagnostics.length).toBeGreaterThan(0);
    expect(second.diagnostics.some((d) => d.code === term)).toBe(false);
  });
});

describe("an engine that fails", () => {
  it("publishes no findings for the version it failed on, and lints the next one", async () => {
    const fail = () => {
      throw new Error("not used here");
    };
    const engine: Engine = {
      configure: () => undefined,
      invalidateConfig: () => undefined,
      builtinRules: () => [todoRule],
      parse: (text, format, options) => {
        if (text.includes("BOOM")) throw new Error("parser crashed");
        return simpleDocument(text, options.language ?? "sv", format);
      },
      lintDocument: (document, options) => {
        if (document.source.includes("KABOOM")) throw new Error("rule crashed");
        return lintDocument(document, { config: options.config, locale: options.locale, rules: options.rules });
      },
      loadConfigFor: async () => ({ config: { rules: {}, language: "sv" } }),
      lintDocx: fail,
      findDocx: async () => [],
      writeReview: fail,
    };
    const server = await start(engine);
    await server.open(uri, "TODO här.\n");
    expect((await server.waitFor((p) => p.uri === uri && p.version === 1)).diagnostics).toHaveLength(1);
    await server.change(uri, 2, "TODO BOOM\n");
    expect((await server.waitFor((p) => p.uri === uri && p.version === 2)).diagnostics).toEqual([]);
    await server.change(uri, 3, "TODO KABOOM\n");
    expect((await server.waitFor((p) => p.uri === uri && p.version === 3)).diagnostics).toEqual([]);
    await server.change(uri, 4, "Här TODO.\n");
    const fine = await server.waitFor((p) => p.uri === uri && p.version === 4);
    expect(fine.diagnostics.map((d) => [d.code, d.range.start.character])).toEqual([["test/todo", 4]]);
  });
});
