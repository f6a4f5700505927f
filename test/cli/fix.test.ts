/** End to end: --fix rewrites copies of the fixtures; --fix-dry-run prints a patch and changes nothing. */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runCli, tempCopy } from "../helpers/run-cli.js";

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = tempCopy("basic")));
afterEach(() => cleanup());

const read = (name: string) => readFileSync(path.join(dir, name), "utf8");

describe("mrlint --fix", () => {
  it("applies safe replacements in place and reports what is left", () => {
    const before = { en: read("policy-en.md"), sv: read("plan-sv.md"), txt: read("notes.txt") };
    const run = runCli(["--fix", "-f", "json"], { cwd: dir });
    expect(run.status).toBe(0);
    expect(read("policy-en.md")).toBe(before.en.replace("for the disabled by 2026", "for disabled people by 2026"));
    // Terms with more than one replacement are suggestions only.
    expect(read("plan-sv.md")).toBe(before.sv);
    expect(read("notes.txt")).toBe(before.txt);
    const results = JSON.parse(run.stdout);
    const en = results.find((r: { filePath: string }) => r.filePath.endsWith("policy-en.md"));
    expect(en.messages.some((m: { ruleId: string }) => m.ruleId === "mr/inclusive-language")).toBe(false);
    expect(runCli(["-f", "json"], { cwd: dir }).stdout).toBe(run.stdout);
  });

  it("keeps a BOM and CRLF line ends, and writes UTF-16 back as UTF-16", () => {
    const crlf = "\uFEFF# Policy\r\n\r\nRamps will be built for the disabled.\r\n";
    writeFileSync(path.join(dir, "crlf.md"), crlf);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("# Policy\n\nHelp for the disabled.\n", "utf16le")]);
    writeFileSync(path.join(dir, "wide.md"), utf16);
    expect(runCli(["--fix", "crlf.md", "wide.md"], { cwd: dir }).status).toBe(0);
    expect(read("crlf.md")).toBe("\uFEFF# Policy\r\n\r\nRamps will be built for disabled people.\r\n");
    const wide = readFileSync(path.join(dir, "wide.md"));
    expect([...wide.subarray(0, 2)]).toEqual([0xff, 0xfe]);
    expect(wide.subarray(2).toString("utf16le")).toBe("# Policy\n\nHelp for disabled people.\n");
  });

  it("--fix-dry-run prints a unified diff that patch applies, and changes no file", () => {
    const before = read("policy-en.md");
    const run = runCli(["--fix-dry-run"], { cwd: dir });
    expect(run.status).toBe(0);
    expect(read("policy-en.md")).toBe(before);
    expect(run.stdout).toBe(
      [
        "--- a/policy-en.md",
        "+++ b/policy-en.md",
        "@@ -3,7 +3,7 @@",
        " ## Purpose",
        " ",
        " The council wants every resident to take part in sport and culture. Changing rooms",
        "-will be adapted for the disabled by 2026.",
        "+will be adapted for disabled people by 2026.",
        " ",
        " ## Involvement",
        " ",
        "",
      ].join("\n"),
    );
    const patch = spawnSync("patch", ["-p1", "--batch", "--quiet"], { cwd: dir, input: run.stdout });
    expect(patch.status).toBe(0);
    expect(read("policy-en.md")).toBe(before.replace("for the disabled", "for disabled people"));
  });
});
