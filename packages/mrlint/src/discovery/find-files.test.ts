import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { findFiles, realFs, type DiscoveryFs } from "./find-files.js";

let root: string;

function write(rel: string, text = "# x\n") {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

const rel = (files: string[]) => files.map((f) => path.relative(root, f).split(path.sep).join("/"));

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "mrlint-find-"));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("findFiles", () => {
  it("walks folders for .md, .markdown, .txt and .docx in sorted order, skipping node_modules and .git", async () => {
    for (const f of ["b.md", "a.markdown", "c.txt", "d.docx", "e.png", "f.MD", "sub/z.md", "sub/a.txt", "node_modules/x/y.md", ".git/info.md"]) write(f);
    const { files, errors } = await findFiles(["."], { cwd: root });
    expect(errors).toEqual([]);
    expect(rel(files)).toEqual(["a.markdown", "b.md", "c.txt", "d.docx", "f.MD", "sub/a.txt", "sub/z.md"]);
  });

  it("honours .mrlintignore in the folder and nested ones, with gitignore negation", async () => {
    for (const f of ["keep.md", "drafts/a.md", "drafts/b.md", "docs/x.md", "docs/old/y.md", "docs/old/keep.md"]) write(f);
    write(".mrlintignore", "drafts/\n# comment\n");
    write("docs/.mrlintignore", "old/*\n!old/keep.md\n");
    const { files } = await findFiles(["."], { cwd: root });
    expect(rel(files)).toEqual(["docs/old/keep.md", "docs/x.md", "keep.md"]);
  });

  it("applies the cwd's .mrlintignore when a subfolder is given", async () => {
    for (const f of ["docs/a.md", "docs/tmp/b.md"]) write(f);
    write(".mrlintignore", "tmp/\n");
    const { files } = await findFiles(["docs"], { cwd: root });
    expect(rel(files)).toEqual(["docs/a.md"]);
  });

  it("lints a file named explicitly even when it is ignored or has another extension", async () => {
    for (const f of ["drafts/a.md", "notes.rst"]) write(f);
    write(".mrlintignore", "drafts/\n");
    const { files } = await findFiles(["drafts/a.md", "notes.rst", "."], { cwd: root });
    expect(rel(files)).toEqual(["drafts/a.md", "notes.rst"]);
  });

  it("can switch ignore files off", async () => {
    for (const f of ["drafts/a.md", "b.md"]) write(f);
    write(".mrlintignore", "drafts/\n");
    const { files } = await findFiles(["."], { cwd: root, ignoreFiles: false, configIgnores: false });
    expect(rel(files)).toEqual(["b.md", "drafts/a.md"]);
  });

  it("applies config ignores relative to the config file's folder", async () => {
    for (const f of ["docs/a.md", "docs/arkiv/b.md", "docs/utkast-c.md", "arkiv/d.md"]) write(f);
    write("docs/mrlint.config.yaml", 'ignores:\n  - "arkiv/**"\n  - "utkast-*.md"\n');
    const { files } = await findFiles(["."], { cwd: root });
    expect(rel(files)).toEqual(["arkiv/d.md", "docs/a.md"]);
  });

  it("expands globs relative to cwd, keeping to lintable files unless the glob names an extension", async () => {
    for (const f of ["docs/a.md", "docs/b.txt", "docs/c.png", "docs/sub/d.md", "other/e.md", "docs/f.rst"]) write(f);
    expect(rel((await findFiles(["docs/**/*.md"], { cwd: root })).files)).toEqual(["docs/a.md", "docs/sub/d.md"]);
    expect(rel((await findFiles(["docs/**"], { cwd: root })).files)).toEqual(["docs/a.md", "docs/b.txt", "docs/sub/d.md"]);
    expect(rel((await findFiles(["docs/*.rst"], { cwd: root })).files)).toEqual(["docs/f.rst"]);
  });

  it("reports a missing path and a glob without matches as errors, and still returns the rest", async () => {
    write("a.md");
    const { files, errors } = await findFiles(["a.md", "missing.md", "nothing/**/*.md"], { cwd: root });
    expect(rel(files)).toEqual(["a.md"]);
    expect(errors).toEqual([
      { path: path.join(root, "missing.md"), code: "not-found", message: "missing.md: no such file or directory" },
      { path: "nothing/**/*.md", code: "no-match", message: "nothing/**/*.md: no files match this pattern" },
    ]);
  });

  it("reports a folder it cannot read and goes on with the others", async () => {
    for (const f of ["ok/a.md", "locked/b.md"]) write(f);
    const fs: DiscoveryFs = {
      ...realFs,
      readdir: (p) => {
        if (path.basename(p) === "locked") throw Object.assign(new Error("permission denied"), { code: "EACCES" });
        return realFs.readdir(p);
      },
    };
    const { files, errors } = await findFiles(["."], { cwd: root, fs, locale: "sv" });
    expect(rel(files)).toEqual(["ok/a.md"]);
    expect(errors).toEqual([
      { path: path.join(root, "locked"), code: "unreadable-directory", message: "locked: mappen kan inte läsas (EACCES)" },
    ]);
  });

  it("lints linked files but does not follow linked folders", async () => {
    write("real/a.md");
    symlinkSync(path.join(root, "real"), path.join(root, "loop"));
    symlinkSync(path.join(root, "real", "a.md"), path.join(root, "link.md"));
    const { files } = await findFiles(["."], { cwd: root });
    expect(rel(files)).toEqual(["link.md", "real/a.md"]);
  });

  it("returns each file once when patterns overlap", async () => {
    write("a.md");
    const { files } = await findFiles([".", "a.md", "*.md"], { cwd: root });
    expect(rel(files)).toEqual(["a.md"]);
  });
});
