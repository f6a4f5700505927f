/**
 * The Word review writer never alters its input, writes its output
 * atomically (temporary file in the target folder, then rename: a write that
 * fails half-way leaves neither a partial file nor a stray temporary file,
 * and an older output stays intact), and refuses to overwrite the input
 * unless asked. Through `mrlint review` (child process) and the library.
 */
import { createHash } from "node:crypto";
import fs, { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { MrlintInputError } from "../../packages/core/dist/index.js";
import { readDocx, reviewDocxFile, writeReviewFile } from "../../packages/docx/dist/index.js";
import { lintFile } from "../../packages/mrlint/dist/index.js";
import { swedishPolicyFixture } from "../helpers/docx-fixtures.js";
import { runCliAsync } from "../helpers/run-cli.js";
import { encryptedDocx } from "./support/inputs.js";

const FAILING_WRITES = pathToFileURL(path.join(import.meta.dirname, "support/failing-writes-preload.mjs")).href;

let policy: Uint8Array;
let dir: string;
let input: string;

const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
/** Everything in the folder except the files a test put there on purpose. */
const strays = (folder: string, expected: string[]) => readdirSync(folder).filter((f) => !expected.includes(f));

beforeAll(async () => {
  policy = (await swedishPolicyFixture()).bytes;
});

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "mrlint-review-"));
  input = path.join(dir, "policy.docx");
  writeFileSync(input, policy);
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function findings(file: string) {
  const linted = await lintFile(file, { cwd: dir });
  expect(linted.error).toBeUndefined();
  return linted.result!;
}

describe("mrlint review (CLI)", () => {
  it("writes the reviewed copy and leaves the input byte for byte unchanged", async () => {
    const before = sha256(input);
    const run = await runCliAsync(["review", "policy.docx", "-o", "granskad.docx"], { cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    expect(sha256(input)).toBe(before);
    const reviewed = await readDocx(new Uint8Array(readFileSync(path.join(dir, "granskad.docx"))));
    expect(reviewed.source).toBe((await readDocx(policy)).source);
    expect(strays(dir, ["policy.docx", "granskad.docx"])).toEqual([]);
  });

  it("refuses to write over the input, also through another spelling of the path or a symlink", async () => {
    const before = sha256(input);
    for (const output of ["policy.docx", "./policy.docx", path.join(dir, "policy.docx")]) {
      const run = await runCliAsync(["review", "policy.docx", "-o", output], { cwd: dir });
      expect(run.status).toBe(2);
      expect(run.stderr).toBe("mrlint review: the output would replace the input policy.docx; use --overwrite to allow that\n");
    }
    symlinkSync(input, path.join(dir, "link.docx"));
    const viaLink = await runCliAsync(["review", "policy.docx", "-o", "link.docx"], { cwd: dir });
    expect(viaLink.status).toBe(2);
    expect(viaLink.stderr).toContain("link.docx");
    expect(sha256(input)).toBe(before);
  });

  it("overwrites the input only when asked with --overwrite", async () => {
    const before = sha256(input);
    const run = await runCliAsync(["review", "policy.docx", "-o", "policy.docx", "--overwrite"], { cwd: dir });
    expect(run.status, run.stderr).toBe(0);
    expect(sha256(input)).not.toBe(before);
    expect((await readDocx(new Uint8Array(readFileSync(input)))).source).toBe((await readDocx(policy)).source);
  });

  it("refuses an existing output unless asked, and keeps it", async () => {
    const out = path.join(dir, "granskad.docx");
    writeFileSync(out, "an older review");
    const run = await runCliAsync(["review", "policy.docx", "-o", "granskad.docx"], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("mrlint review: granskad.docx already exists; use --overwrite to replace it\n");
    expect(readFileSync(out, "utf8")).toBe("an older review");
  });

  it("leaves no partial output and no temporary file when the disk fills up half-way", async () => {
    const outDir = path.join(dir, "ut");
    mkdirSync(outDir);
    writeFileSync(path.join(outDir, "granskad.docx"), "an older review");
    const before = sha256(input);
    const run = await runCliAsync(["review", "policy.docx", "-o", "ut/granskad.docx", "--overwrite"], {
      cwd: dir,
      env: { NODE_OPTIONS: `--import=${FAILING_WRITES}`, MRLINT_TEST_FAIL_WRITES_IN: outDir },
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^mrlint: ENOSPC: no space left on device/);
    expect(readdirSync(outDir)).toEqual(["granskad.docx"]);
    expect(readFileSync(path.join(outDir, "granskad.docx"), "utf8")).toBe("an older review");
    expect(sha256(input)).toBe(before);
  });

  it("writes nothing for an input it cannot read, and says why", async () => {
    writeFileSync(path.join(dir, "krypterad.docx"), encryptedDocx());
    const run = await runCliAsync(["review", "krypterad.docx", "-o", "granskad.docx"], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^mrlint: krypterad\.docx is encrypted \(password-protected\)/);
    expect(existsSync(path.join(dir, "granskad.docx"))).toBe(false);
  });
});

describe("review writer (library)", () => {
  it("writeReviewFile and reviewDocxFile leave the input unchanged", async () => {
    const before = sha256(input);
    const result = await findings(input);
    await writeReviewFile(input, path.join(dir, "a.docx"), result);
    await reviewDocxFile(input, path.join(dir, "b.docx"));
    expect(sha256(input)).toBe(before);
    expect(strays(dir, ["policy.docx", "a.docx", "b.docx"])).toEqual([]);
  });

  it("refuses to overwrite the input unless overwrite: true", async () => {
    const before = sha256(input);
    const result = await findings(input);
    for (const attempt of [
      () => writeReviewFile(input, input, result),
      () => writeReviewFile(input, path.join(dir, ".", "policy.docx"), result),
      () => reviewDocxFile(input, input),
    ]) {
      const error = await attempt().then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(MrlintInputError);
      expect(error).toMatchObject({ code: "review-overwrites-input" });
      expect((error as Error).message).toContain("policy.docx");
    }
    symlinkSync(input, path.join(dir, "link.docx"));
    await expect(writeReviewFile(input, path.join(dir, "link.docx"), result)).rejects.toMatchObject({ code: "review-overwrites-input" });
    expect(sha256(input)).toBe(before);
    await writeReviewFile(input, input, result, { overwrite: true });
    expect(sha256(input)).not.toBe(before);
  });

  describe("when the write fails half-way", () => {
    const originalWriteFile = fs.promises.writeFile;
    afterEach(() => {
      fs.promises.writeFile = originalWriteFile;
      syncBuiltinESMExports();
    });

    it("leaves no partial file, no temporary file, and an older output intact", async () => {
      const result = await findings(input);
      const out = path.join(dir, "granskad.docx");
      writeFileSync(out, "an older review");
      let partialWritten = false;
      fs.promises.writeFile = (async (file: string, data: Uint8Array, options?: unknown) => {
        await originalWriteFile(file, data.subarray(0, data.length >> 1), options as never);
        partialWritten = true;
        throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
      }) as typeof fs.promises.writeFile;
      syncBuiltinESMExports();
      await expect(writeReviewFile(input, out, result, { overwrite: true })).rejects.toMatchObject({ code: "ENOSPC" });
      await expect(reviewDocxFile(input, path.join(dir, "ny.docx"))).rejects.toMatchObject({ code: "ENOSPC" });
      expect(partialWritten).toBe(true);
      expect(readFileSync(out, "utf8")).toBe("an older review");
      expect(strays(dir, ["policy.docx", "granskad.docx"])).toEqual([]);
    });
  });
});
