/** End to end: exit codes, thresholds, bad input and bad config. */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, tempCopy } from "../helpers/run-cli.js";

describe("mrlint exit codes", () => {
  it("0 for warnings only, 1 with --max-warnings exceeded or an error-level finding", () => {
    const { dir, cleanup } = tempCopy("basic");
    try {
      const count = JSON.parse(runCli(["-f", "json"], { cwd: dir }).stdout).reduce((n: number, r: { warningCount: number }) => n + r.warningCount, 0);
      expect(count).toBeGreaterThan(1);
      expect(runCli([], { cwd: dir }).status).toBe(0);
      expect(runCli(["--max-warnings", String(count)], { cwd: dir }).status).toBe(0);
      const over = runCli(["--max-warnings", String(count - 1)], { cwd: dir });
      expect(over.status).toBe(1);
      expect(over.stdout).toContain(`mrlint found too many warnings (maximum: ${count - 1}).`);
      // --level error hides the warnings, so they no longer count.
      expect(runCli(["--max-warnings", "0", "--level", "error"], { cwd: dir }).status).toBe(0);

      writeFileSync(path.join(dir, "mrlint.config.yaml"), "extends: mr:recommended\nrules:\n  mr/inclusive-language: error\n");
      const errors = runCli([], { cwd: dir });
      expect(errors.status).toBe(1);
      expect(errors.stdout).toMatch(/✖ \d+ problems \(3 errors, /);
      const quiet = runCli(["--quiet"], { cwd: dir });
      expect(quiet.status).toBe(1);
      expect(quiet.stdout).not.toContain("mr/involvement");
      expect(quiet.stdout).toContain("mr/inclusive-language");
    } finally {
      cleanup();
    }
  });

  it("2 for a folder with a corrupt .docx and a binary .md, still reporting the good file", () => {
    const { dir, cleanup } = tempCopy("broken");
    try {
      const run = runCli(["-f", "json"], { cwd: dir });
      expect(run.status).toBe(2);
      const results = JSON.parse(run.stdout);
      expect(results.map((r: { filePath: string }) => path.basename(r.filePath))).toEqual(["binary.md", "corrupt.docx", "good.md"]);
      const [binary, corrupt, good] = results;
      expect(binary.messages).toEqual([
        expect.objectContaining({ ruleId: null, fatal: true, severity: 2, code: "not-text", message: expect.stringMatching(/^binary\.md: not a text file/) }),
      ]);
      expect(corrupt.messages[0]).toMatchObject({ ruleId: null, fatal: true, severity: 2 });
      expect(corrupt.messages[0].message).toContain("corrupt.docx");
      expect(good.fatalErrorCount).toBe(0);
      expect(good.messages.some((m: { ruleId: string }) => m.ruleId === "mr/inclusive-language")).toBe(true);

      const stylish = runCli([], { cwd: dir });
      expect(stylish.status).toBe(2);
      expect(stylish.stdout).toContain("binary.md\n  error  binary.md: not a text file");
      expect(stylish.stdout).toContain("✖ 2 files could not be linted");
      expect(stylish.stdout).toContain("good.md\n");
    } finally {
      cleanup();
    }
  });

  it("2 for a missing path, reporting the files that exist", () => {
    const { dir, cleanup } = tempCopy("basic");
    try {
      const run = runCli(["plan-sv.md", "saknas.md", "-f", "json"], { cwd: dir });
      expect(run.status).toBe(2);
      const results = JSON.parse(run.stdout);
      expect(results).toHaveLength(2);
      expect(results.find((r: { filePath: string }) => r.filePath.endsWith("saknas.md")).messages[0].message).toBe("saknas.md: no such file or directory");
    } finally {
      cleanup();
    }
  });

  it("2 for an invalid config, naming the file, key, value and allowed values", () => {
    const { dir, cleanup } = tempCopy("config-invalid");
    try {
      const run = runCli([], { cwd: dir });
      expect(run.status).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toBe(
        [
          "mrlint: Invalid config mrlint.config.yaml: rules.\"mr/inclusive-language\": \"warn\" is not allowed; allowed: \"off\", \"hint\", \"info\", \"warning\", \"error\" or [\"<level>\", { options }]",
          "",
        ].join("\n"),
      );
      writeFileSync(path.join(dir, "mrlint.config.yaml"), "rules:\n  mr/involvment: error\n");
      const sv = runCli([], { cwd: dir, env: { LANG: "sv_SE.UTF-8" } });
      expect(sv.status).toBe(2);
      expect(sv.stderr).toBe('mrlint: Ogiltig konfiguration mrlint.config.yaml: rules."mr/involvment": okänd regel "mr/involvment"; menade du "mr/involvement"?\n');
    } finally {
      cleanup();
    }
  });

  it("2 for usage errors, with a pointer to --help", () => {
    const { dir, cleanup } = tempCopy("basic");
    try {
      const run = runCli(["--format", "xml"], { cwd: dir });
      expect(run.status).toBe(2);
      expect(run.stderr).toBe('mrlint: --format: "xml" is not allowed; allowed: stylish, json, sarif, github, gitlab, junit, markdown\nRun mrlint --help for usage.\n');
    } finally {
      cleanup();
    }
  });
});
