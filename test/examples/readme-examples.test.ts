// The README's examples must keep working: the runnable library example and the set-up
// command's CLI run over examples/.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const env = { ...process.env, LANG: "C.UTF-8", LC_ALL: "", NO_COLOR: "1" };

describe("README examples", () => {
  it("examples/library.mjs lints a string and a file", () => {
    const run = spawnSync(process.execPath, ["examples/library.mjs"], { cwd: root, env, encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/mr\/vague-commitment .*i möjligaste mån/);
    expect(run.stdout).toMatch(/MR-täckning: \d+ av \d+ kriterier uppfyllda/);
    expect(run.stdout).toMatch(/riktlinje-hemtjanst-exempel\.md: \d+ findings/);
  });

  it("node_modules/.bin/mrlint examples reports the example drafts' findings", () => {
    const run = spawnSync(path.join(root, "node_modules/.bin/mrlint"), ["examples"], { cwd: root, env, encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("examples/riktlinje-hemtjanst-exempel.md");
    expect(run.stdout).toMatch(/”Handikappade” är ett förlegat/);
    expect(run.stdout).toMatch(/“the elderly” is an outdated/);
  });
});
