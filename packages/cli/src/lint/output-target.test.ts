import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { fileTarget, streamTarget } from "./output-target.js";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "mrlint-out-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("output targets", () => {
  it("write a large report in blocks, byte for byte, creating the folder", () => {
    const file = path.join(dir, "new", "report.json");
    const target = fileTarget(file);
    const parts = Array.from({ length: 6000 }, (_, i) => `{"fil":"åäö-${i}”"},`);
    for (const part of parts) target.write(part);
    expect(existsSync(file)).toBe(true); // opened once the first block was full
    expect(target.close()).toBeUndefined();
    expect(readFileSync(file, "utf8")).toBe(parts.join(""));
  });

  it("replace an existing file even with an empty report", () => {
    const file = path.join(dir, "report.txt");
    writeFileSync(file, "old contents");
    expect(fileTarget(file).close()).toBeUndefined();
    expect(readFileSync(file, "utf8")).toBe("");
  });

  it("hold everything until the end when asked, so an input is read before it is overwritten", () => {
    const file = path.join(dir, "input.md");
    writeFileSync(file, "# Plan\n");
    const target = fileTarget(file, true);
    target.write("x".repeat(200_000));
    expect(readFileSync(file, "utf8")).toBe("# Plan\n");
    expect(target.close()).toBeUndefined();
    expect(readFileSync(file, "utf8")).toHaveLength(200_000);
  });

  it("remember a failed write and report it once, at the end", () => {
    const folder = path.join(dir, "a-folder");
    mkdirSync(folder);
    const target = fileTarget(folder);
    target.write("y".repeat(100_000));
    target.write("more");
    expect(target.close()?.message).toMatch(/EISDIR/);
  });

  it("pass text to a stream in order, keeping it back while held", () => {
    const written: string[] = [];
    const held = streamTarget({ write: (text: string) => written.push(text) }, true);
    held.write("a".repeat(70_000));
    held.write("b");
    expect(written).toEqual([]);
    held.close();
    expect(written.join("")).toBe(`${"a".repeat(70_000)}b`);
  });
});
