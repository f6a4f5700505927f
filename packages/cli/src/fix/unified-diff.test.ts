import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { unifiedDiff } from "./unified-diff.js";

/** Applies `diff` to `before` with GNU patch and returns the result. */
function patched(before: string, diff: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), "mrlint-diff-"));
  try {
    writeFileSync(path.join(dir, "doc.md"), before);
    const run = spawnSync("patch", ["-p1", "--quiet", "--batch"], { cwd: dir, input: diff });
    expect(run.status, run.stderr.toString() + run.stdout.toString()).toBe(0);
    return readFileSync(path.join(dir, "doc.md"), "utf8");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const lines = (n: number) => Array.from({ length: n }, (_, i) => `Rad ${i + 1}\n`).join("");

describe("unifiedDiff", () => {
  it("is empty for equal texts", () => {
    expect(unifiedDiff("doc.md", "a\n", "a\n")).toBe("");
  });

  it("prints one hunk with three lines of context", () => {
    const before = lines(10);
    const after = before.replace("Rad 5\n", "Rad fem\n");
    expect(unifiedDiff("doc.md", before, after)).toBe(
      ["--- a/doc.md", "+++ b/doc.md", "@@ -2,7 +2,7 @@", " Rad 2", " Rad 3", " Rad 4", "-Rad 5", "+Rad fem", " Rad 6", " Rad 7", " Rad 8", ""].join("\n"),
    );
  });

  it("splits distant changes into hunks and joins close ones", () => {
    const before = lines(30);
    const after = before.replace("Rad 2\n", "Två\n").replace("Rad 5\n", "Fem\n").replace("Rad 25\n", "Tjugofem\n");
    const diff = unifiedDiff("doc.md", before, after);
    expect(diff.match(/^@@/gm)).toHaveLength(2);
    expect(diff).toContain("@@ -1,8 +1,8 @@");
    expect(diff).toContain("@@ -22,7 +22,7 @@");
  });

  it("produces patches that GNU patch applies exactly, including CRLF, insertions and a missing final newline", () => {
    const cases: Array<[string, string]> = [
      [lines(12), lines(12).replace("Rad 1\n", "").replace("Rad 12\n", "Rad tolv\nRad tretton\n")],
      ["Rubrik\r\n\r\nStöd till handikappade.\r\nSlut\r\n", "Rubrik\r\n\r\nStöd till personer med funktionsnedsättning.\r\nSlut\r\n"],
      ["a\nb\nc", "a\nB\nc"],
      ["a\nb\nc\n", "a\nb\nc"],
      ["", "ny text\n"],
    ];
    for (const [before, after] of cases) expect(patched(before, unifiedDiff("doc.md", before, after))).toBe(after);
  });
});
