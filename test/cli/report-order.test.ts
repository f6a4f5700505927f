/**
 * End to end: the report is written file by file as results arrive, from worker threads or the
 * main thread; whatever the thread and arrival order, every format's bytes are the same, in path
 * order, with files that could not be read and paths that do not exist in their places.
 */
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli, tempCopy } from "../helpers/run-cli.js";

let dir: string;
let cleanup: () => void;

beforeAll(() => {
  ({ dir, cleanup } = tempCopy("basic"));
  // 16 files: a large one among small ones (it is handed out first, its result comes back early and
  // must wait for its place), an unreadable .docx and a binary file in the middle of the list.
  for (let i = 0; i < 12; i++) {
    const source = i % 2 ? "plan-sv.md" : "policy-en.md";
    cpSync(path.join(dir, source), path.join(dir, "sub", `kopia-${String(i).padStart(2, "0")}.md`));
  }
  const big = readFileSync(path.join(dir, "policy-en.md"), "utf8");
  writeFileSync(path.join(dir, "sub", "kopia-05.md"), Array.from({ length: 40 }, () => big).join("\n\n"));
  writeFileSync(path.join(dir, "sub", "kopia-07.docx"), "not a zip");
  writeFileSync(path.join(dir, "sub", "kopia-08.md"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
});
afterAll(() => cleanup());

const FORMATS = ["json", "stylish", "sarif", "github", "gitlab", "junit", "markdown"];

describe("report order", () => {
  it("every format gives the same bytes and exit code on worker threads as on the main thread", () => {
    for (const format of FORMATS) {
      const args = ["-f", format, ".", "missing.md", "sub/*.rst"];
      const threads = runCli([...args, "--workers", "2", "--debug"], { cwd: dir });
      const single = runCli([...args, "--workers", "0"], { cwd: dir });
      expect(threads.stderr).toMatch(/workers=2 /);
      expect(threads.stdout, format).toBe(single.stdout);
      expect(threads.status, format).toBe(single.status);
      expect(threads.status).toBe(2);
    }
  });

  it("json: files in path order, discovery errors merged in their places, unreadable files as fatal messages", () => {
    const run = runCli(["-f", "json", "--workers", "3", ".", "missing.md"], { cwd: dir });
    const files = JSON.parse(run.stdout).map((f: { filePath: string }) => path.relative(dir, f.filePath));
    expect(files).toEqual([...files].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(files).toContain("missing.md");
    const report = (name: string) => JSON.parse(run.stdout).find((f: { filePath: string }) => f.filePath.endsWith(name));
    expect(report("kopia-07.docx").messages[0]).toMatchObject({ fatal: true, code: "docx-not-zip" });
    expect(report("kopia-08.md").messages[0]).toMatchObject({ fatal: true, code: "not-text" });
    expect(report("kopia-05.md").messages.length).toBeGreaterThan(report("kopia-04.md").messages.length);
  });

  it("-o into one of the inputs: the input is linted before the report replaces it", () => {
    const target = path.join(dir, "sub", "kopia-03.md");
    const before = readFileSync(target, "utf8");
    const direct = runCli(["-f", "json", "--workers", "2", "sub"], { cwd: dir });
    const run = runCli(["-f", "json", "--workers", "2", "-o", "sub/kopia-03.md", "sub"], { cwd: dir });
    const written = readFileSync(target, "utf8");
    writeFileSync(target, before);
    expect(run.stdout).toBe("");
    expect(written).toBe(direct.stdout);
  });
});
