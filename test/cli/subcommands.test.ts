/** End to end: rules, init, --print-config, review, --help, --version. */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph } from "docx";
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { REPO, runCli, tempCopy } from "../helpers/run-cli.js";

describe("mrlint rules", () => {
  it("lists the rules with level, type/kind and a one-line description", () => {
    const { dir, cleanup } = tempCopy();
    try {
      const text = runCli(["rules"], { cwd: dir });
      expect(text.status).toBe(0);
      expect(text.stdout).toMatch(/^mr\/inclusive-language +warning +span\/terms +Inclusive language: /m);
      expect(text.stdout).toMatch(/^mr\/involvement +warning +document\/elements +Involvement: /m);
      const json = JSON.parse(runCli(["rules", "--format", "json", "--locale", "sv"], { cwd: dir }).stdout);
      expect(json.find((r: { id: string }) => r.id === "mr/involvement")).toMatchObject({
        level: "warning",
        type: "document",
        kind: "elements",
        title: "Involvering",
        url: expect.stringMatching(/^https:\/\//),
      });
      const md = runCli(["rules", "--format", "md"], { cwd: dir }).stdout;
      expect(md.split("\n")[0]).toBe("| rule | level | type | description |");
    } finally {
      cleanup();
    }
  });
});

describe("mrlint init and --print-config", () => {
  it("writes a commented starter config that validates, and refuses to overwrite it", () => {
    const { dir, cleanup } = tempCopy();
    try {
      const first = runCli(["init"], { cwd: dir });
      expect(first.status).toBe(0);
      expect(first.stdout).toBe("Created mrlint.config.yaml\n");
      const text = readFileSync(path.join(dir, "mrlint.config.yaml"), "utf8");
      expect(text).toMatch(/^# mrlint configuration/);
      expect(text).toContain("extends: mr:recommended");

      const again = runCli(["init"], { cwd: dir });
      expect(again.status).toBe(2);
      expect(again.stderr).toBe("mrlint init: mrlint.config.yaml already exists; not overwriting it\n");

      writeFileSync(path.join(dir, "plan.md"), "# Plan\n");
      const printed = runCli(["--print-config", "plan.md"], { cwd: dir });
      expect(printed.status).toBe(0);
      const config = JSON.parse(printed.stdout);
      expect(config).toMatchObject({ file: "plan.md", configFile: "mrlint.config.yaml", extends: ["mr:recommended"], language: "auto" });
      expect(config.rules["mr/involvement"]).toBe("warning");
    } finally {
      cleanup();
    }
  });

  it("writes the Swedish template with --locale sv", () => {
    const { dir, cleanup } = tempCopy();
    try {
      expect(runCli(["init", "--locale", "sv"], { cwd: dir }).stdout).toBe("Skapade mrlint.config.yaml\n");
      writeFileSync(path.join(dir, "plan.md"), "# Plan\n");
      const config = JSON.parse(runCli(["--print-config", "plan.md"], { cwd: dir }).stdout);
      expect(config.locale).toBe("sv");
    } finally {
      cleanup();
    }
  });
});

describe("mrlint review", () => {
  it("writes the findings into a copy of the Word document as comments", async () => {
    const { dir, cleanup } = tempCopy();
    try {
      const doc = new Document({
        sections: [
          {
            children: [
              new Paragraph({ text: "Plan för bemötande", heading: HeadingLevel.HEADING_1 }),
              new Paragraph({ text: "Personalen ska bemöta handikappade besökare med respekt.", alignment: AlignmentType.LEFT }),
            ],
          },
        ],
      });
      writeFileSync(path.join(dir, "plan.docx"), await Packer.toBuffer(doc));
      const run = runCli(["review", "plan.docx", "-o", "granskad.docx", "--author", "Granskare"], { cwd: dir });
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^Wrote granskad\.docx: \d+ findings? as Word comments\n$/);
      const zip = await JSZip.loadAsync(readFileSync(path.join(dir, "granskad.docx")));
      const comments = await zip.file("word/comments.xml")?.async("string");
      expect(comments).toContain('w:author="Granskare"');
      expect(comments).toContain("handikappade");

      const again = runCli(["review", "plan.docx", "-o", "granskad.docx"], { cwd: dir });
      expect(again.status).toBe(2);
      expect(again.stderr).toBe("mrlint review: granskad.docx already exists; use --overwrite to replace it\n");
      expect(runCli(["review", "plan.docx", "-o", "granskad.docx", "--overwrite"], { cwd: dir }).status).toBe(0);
      expect(runCli(["review", "plan.md"], { cwd: dir }).stderr).toBe("mrlint review: plan.md is not a .docx file\n");
    } finally {
      cleanup();
    }
  });
});

describe("mrlint --help and --version", () => {
  it("prints help in English or Swedish and the package version", () => {
    const { dir, cleanup } = tempCopy();
    try {
      const en = runCli(["--help"], { cwd: dir });
      expect(en.status).toBe(0);
      expect(en.stdout).toContain("Usage:\n  mrlint [options] [paths|globs...]");
      expect(runCli(["--help"], { cwd: dir, env: { LANG: "sv_SE.UTF-8" } }).stdout).toContain("Användning:");
      const version = JSON.parse(readFileSync(path.join(REPO, "packages/cli/package.json"), "utf8")).version;
      expect(runCli(["--version"], { cwd: dir }).stdout).toBe(`${version}\n`);
    } finally {
      cleanup();
    }
  });
});

describe("the installed command", () => {
  it("runs through the checked-in launcher and the workspace's node_modules/.bin/mrlint", async () => {
    const { spawnSync } = await import("node:child_process");
    const { existsSync } = await import("node:fs");
    const version = JSON.parse(readFileSync(path.join(REPO, "packages/cli/package.json"), "utf8")).version;
    const launcher = spawnSync(process.execPath, [path.join(REPO, "packages/cli/bin/mrlint.js"), "--version"], { encoding: "utf8" });
    expect(launcher.stdout).toBe(`${version}\n`);
    const shim = path.join(REPO, "node_modules/.bin/mrlint");
    expect(existsSync(shim), "run pnpm install: the root package depends on mrlint").toBe(true);
    const viaShim = spawnSync(shim, ["--version"], { encoding: "utf8" });
    expect(viaShim.stdout).toBe(`${version}\n`);
  });
});
