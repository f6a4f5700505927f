import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { MrlintInputError } from "@mrlint/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { readInputBytes } from "./read-input.js";

let root: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "mrlint-read-"));
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

async function failure(file: string, shown: string, locale: "sv" | "en" = "en"): Promise<MrlintInputError> {
  try {
    await readInputBytes(file, shown, 1000, locale);
  } catch (error) {
    if (error instanceof MrlintInputError) return error;
    throw error;
  }
  throw new Error("readInputBytes accepted the input");
}

describe("readInputBytes", () => {
  it("reads a regular file", async () => {
    const file = path.join(root, "plan.md");
    writeFileSync(file, "# Plan\n");
    expect(new TextDecoder().decode(await readInputBytes(file, "plan.md"))).toBe("# Plan\n");
  });

  // Reading these would block forever (a FIFO without writer) or never end (/dev/zero).
  it("refuses a named pipe instead of blocking on it", async () => {
    const fifo = path.join(root, "pipe.md");
    execFileSync("mkfifo", [fifo]);
    const error = await failure(fifo, "pipe.md");
    expect(error.code).toBe("not-a-file");
    expect(error.message).toBe("pipe.md: not a regular file but a named pipe (FIFO); mrlint reads files only");
    expect((await failure(fifo, "pipe.md", "sv")).message).toBe("pipe.md: inte en vanlig fil utan en namngiven pipe (FIFO); mrlint läser bara filer");
  });

  it("refuses a device such as /dev/zero", async () => {
    const error = await failure("/dev/zero", "/dev/zero");
    expect(error.code).toBe("not-a-file");
    expect(error.message).toBe("/dev/zero: not a regular file but a device; mrlint reads files only");
  });
});
