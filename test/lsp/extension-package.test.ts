/**
 * The VS Code extension package: builds the bundles and the .vsix exactly as
 * `pnpm --filter mrlint-vscode run package` does (into a temporary folder),
 * checks what the .vsix contains, and runs the bundled server from it with
 * the scripted client: the bundle must carry the whole engine and rule pack.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import JSZip from "jszip";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot, TestClient } from "./helpers/client.js";

const extensionDir = join(repoRoot, "extension");
let out: string;
let zip: JSZip;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "mrlint-vsix-"));
  execFileSync(process.execPath, ["scripts/build.mjs"], { cwd: extensionDir, stdio: "pipe" });
  const vsce = join(extensionDir, "node_modules", "@vscode", "vsce", "vsce");
  const vsix = join(out, "mrlint-vscode.vsix");
  execFileSync(process.execPath, [vsce, "package", "--no-dependencies", "--out", vsix], { cwd: extensionDir, stdio: "pipe" });
  zip = await JSZip.loadAsync(readFileSync(vsix));
}, 120_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

describe("the extension's code", () => {
  it("type-checks against @types/vscode (VS Code itself cannot run here)", () => {
    const tsc = join(repoRoot, "node_modules", "typescript", "bin", "tsc");
    const run = spawnSync(process.execPath, [tsc, "-p", join(extensionDir, "tsconfig.json")], { encoding: "utf8" });
    expect(run.stdout + run.stderr).toBe("");
    expect(run.status).toBe(0);
  }, 60_000);
});

describe("the .vsix", () => {
  it("contains both bundles, the manifest with its Swedish and English texts, README and LICENSE, and no sources", () => {
    const files = Object.keys(zip.files).filter((name) => !zip.files[name].dir);
    for (const name of [
      "extension/dist/server.js",
      "extension/dist/extension.js",
      "extension/package.json",
      "extension/package.nls.json",
      "extension/package.nls.sv.json",
      "extension/readme.md",
      "extension/LICENSE.txt",
      "extension.vsixmanifest",
    ]) {
      expect(files, name).toContain(name);
    }
    expect(files.filter((f) => f.includes("/src/") || f.includes("node_modules") || f.endsWith(".ts"))).toEqual([]);
  });

  it("has a manifest that points at the bundled extension", async () => {
    const manifest = JSON.parse(await zip.file("extension/package.json")!.async("string")) as { main: string; name: string; publisher: string };
    expect(manifest.main).toBe("./dist/extension.js");
    expect(`${manifest.publisher}.${manifest.name}`).toBe("mrlint.mrlint-vscode");
    const extension = await zip.file("extension/dist/extension.js")!.async("string");
    // vscode is provided by the editor, never bundled.
    expect(extension).toMatch(/require\("vscode"\)/);
  });

  it("runs the bundled server: diagnostics from the real rule pack over stdio", async () => {
    const server = join(out, "server.js");
    writeFileSync(server, await zip.file("extension/dist/server.js")!.async("nodebuffer"));
    const { client, initialize } = await TestClient.start({ serverPath: server });
    expect(initialize.serverInfo?.name).toBe("mrlint-language-server");
    const uri = pathToFileURL(join(out, "plan.md")).href;
    await client.open(uri, "markdown", "# Plan för äldreomsorg\n\nVåra åldringar ska få stöd.\n");
    const published = await client.waitForDiagnostics(uri, (p) => p.version === 1);
    expect(published.diagnostics.map((d) => d.code)).toContain("mr/inclusive-language");
    expect(await client.stop()).toBe(0);
  });
});
