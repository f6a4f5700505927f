import type { Diagnostic } from "vscode-languageserver";
import { describe, expect, it } from "vitest";
import { DocxWorkspace } from "./docx-workspace.js";
import type { Engine } from "./engine.js";

function setup() {
  const linted: string[] = [];
  const published: Array<{ uri: string; diagnostics: Diagnostic[] }> = [];
  let open: () => void = () => undefined;
  let turns = 0;
  const fail = () => {
    throw new Error("not used here");
  };
  const engine = {
    lintDocx: async (path: string) => {
      linted.push(path);
      return { error: { code: "docx-unreadable", message: `cannot read ${path}` } };
    },
    findDocx: fail,
  } as unknown as Engine;
  const workspace = new DocxWorkspace({
    engine,
    setupFor: async () => ({ enabled: true, options: { config: { rules: {}, language: "sv" }, rules: [] } }),
    publish: (uri, diagnostics) => published.push({ uri, diagnostics }),
    logError: fail,
    turn: () => {
      turns++;
      return new Promise<void>((resolve) => (open = resolve));
    },
  });
  return { workspace, linted, published, release: () => open(), turns: () => turns };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe("DocxWorkspace", () => {
  it("lints a Word file only when the server gives it its turn", async () => {
    const { workspace, linted, published, release } = setup();
    const done = workspace.lint("/w/a.docx");
    await tick();
    expect(linted).toEqual([]);
    release();
    const entry = await done;
    expect(linted).toEqual(["/w/a.docx"]);
    expect(entry?.diagnostics[0]?.code).toBe("docx-unreadable");
    expect(published.map((p) => p.uri)).toEqual(["file:///w/a.docx"]);
  });

  it("drops a waiting lint when a newer one for the same file is queued behind it", async () => {
    const { workspace, linted, release, turns } = setup();
    const first = workspace.lint("/w/a.docx");
    await tick();
    const second = workspace.lint("/w/a.docx");
    release(); // the first one's turn: it sees the newer request and stops
    await first;
    await tick();
    expect(turns()).toBe(2);
    release();
    await second;
    expect(linted).toEqual(["/w/a.docx"]);
  });
});
