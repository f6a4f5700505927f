/**
 * A real editor client: Neovim's built-in LSP client (0.7.2 from Debian, run
 * headless) attaches the built server to a fixture and must receive mrlint's
 * diagnostics at the right lines and columns. Neovim counts columns in bytes
 * and converts the server's UTF-16 columns; å/ä/ö before the flagged words make
 * the two differ, so a wrong conversion on either side shows.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot, requireBuiltServer, serverBin, TestClient } from "./helpers/client.js";

const FIXTURE = "plan-för-äldreomsorg.md";

interface NvimDiagnostic {
  lnum: number;
  col: number;
  endLnum: number;
  endCol: number;
  severity: number;
  source: string;
  code: string;
  message: string;
}

function requireNeovim(): void {
  const probe = spawnSync("nvim", ["--version"], { encoding: "utf8" });
  if (probe.error || probe.status !== 0) {
    throw new Error(
      "Neovim (nvim) is required for the LSP client test and was not found. Install it with " +
        "`apt-get install -y neovim` (.ci/run does this).",
    );
  }
}

function runNeovim(file: string, root: string, filetype: string): { status: string; diagnostics: NvimDiagnostic[] } {
  const out = join(root, "nvim-result.txt");
  const run = spawnSync("nvim", ["--headless", "-u", "NONE", "-i", "NONE", "-n", "-c", `luafile ${join(repoRoot, "test/lsp/helpers/nvim-diagnostics.lua")}`], {
    cwd: root,
    encoding: "utf8",
    timeout: 60_000,
    env: { ...process.env, MRLINT_SERVER: serverBin, MRLINT_NODE: process.execPath, MRLINT_FILE: file, MRLINT_ROOT: root, MRLINT_OUT: out, MRLINT_FILETYPE: filetype },
  });
  let text: string;
  try {
    text = readFileSync(out, "utf8");
  } catch {
    throw new Error(`Neovim wrote no result (status ${run.status}, signal ${run.signal}). stderr:\n${run.stderr}\nstdout:\n${run.stdout}`);
  }
  const [status, ...rows] = text.trimEnd().split("\n");
  if (status === "error") throw new Error(`The Lua script failed: ${rows.join("\n")}`);
  return {
    status,
    diagnostics: rows.map((row) => {
      const [lnum, col, endLnum, endCol, severity, source, code, message] = row.split("\t");
      return { lnum: +lnum, col: +col, endLnum: +endLnum, endCol: +endCol, severity: +severity, source, code, message };
    }),
  };
}

/** Byte column of a UTF-16 column in a line (what Neovim must report). */
const byteColumn = (line: string, utf16: number) => Buffer.byteLength(line.slice(0, utf16), "utf8");

let dir: string;

beforeAll(() => {
  requireNeovim();
  requireBuiltServer();
  dir = mkdtempSync(join(tmpdir(), "mrlint-nvim-"));
  copyFileSync(join(repoRoot, "fixtures/lsp/neovim", FIXTURE), join(dir, FIXTURE));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("Neovim's built-in LSP client", () => {
  it("receives mrlint's diagnostics at the right lines and byte columns", async () => {
    const file = join(dir, FIXTURE);
    const text = readFileSync(file, "utf8");
    const lines = text.split("\n");

    // What the server says, in UTF-16, through the scripted client.
    const { client } = await TestClient.start({ workspaceFolder: dir });
    const uri = pathToFileURL(file).href;
    await client.open(uri, "markdown", text);
    const expected = (await client.waitForDiagnostics(uri, (p) => p.version === 1)).diagnostics;
    await client.stop();
    expect(expected.length).toBeGreaterThan(0);

    const result = runNeovim(file, dir, "markdown");
    expect(result.status).toBe("ok");
    const got = [...result.diagnostics].sort((a, b) => a.lnum - b.lnum || a.col - b.col);
    const want = [...expected]
      .sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character)
      .map((d) => ({
        lnum: d.range.start.line,
        col: byteColumn(lines[d.range.start.line], d.range.start.character),
        endLnum: d.range.end.line,
        endCol: byteColumn(lines[d.range.end.line], d.range.end.character),
        severity: d.severity,
        source: "mrlint",
        code: String(d.code),
        message: d.message.replace(/[\r\n\t]/g, " "),
      }));
    expect(got).toEqual(want);

    // The planted words, found by hand: byte columns differ from UTF-16 ones on these lines.
    for (const word of ["åldringar", "handikappade"]) {
      const lnum = lines.findIndex((l) => l.includes(word));
      const utf16 = lines[lnum].indexOf(word);
      const hit = got.find((d) => d.lnum === lnum && d.code === "mr/inclusive-language");
      expect(hit, word).toBeDefined();
      expect(hit!.col).toBe(Buffer.byteLength(lines[lnum].slice(0, utf16)));
      expect(hit!.col).toBeGreaterThan(utf16);
      expect(hit!.endCol - hit!.col).toBe(Buffer.byteLength(word));
    }
  });

  it("lints a text buffer too (filetype text)", () => {
    const file = join(dir, "anteckning.txt");
    copyFileSync(join(repoRoot, "fixtures/lsp/neovim", FIXTURE), file);
    const result = runNeovim(file, dir, "text");
    expect(result.status).toBe("ok");
    expect(result.diagnostics.filter((d) => d.code === "mr/inclusive-language").length).toBe(2);
  });
});
