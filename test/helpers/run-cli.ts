/**
 * Runs the BUILT mrlint CLI (packages/cli/dist/bin.js) as a child process,
 * the way users and CI run it. Tests copy fixtures into temp folders first,
 * so nothing is written into the repository.
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const CLI = path.join(REPO, "packages/cli/dist/bin.js");
export const FIXTURES = path.join(REPO, "fixtures/cli");

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  /** Extra environment; LANG/LC_* default to a neutral English locale, colour off, not CI. */
  env?: Record<string, string | undefined>;
}

function environment(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: "en_US.UTF-8", LC_ALL: "", LC_MESSAGES: "", NO_COLOR: "1" };
  for (const key of ["CI", "GITHUB_ACTIONS", "GITLAB_CI", "FORCE_COLOR"]) delete env[key];
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

function assertBuilt(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "pnpm run build" before the CLI tests`);
}

export function runCli(args: readonly string[], options: RunOptions): CliRun {
  assertBuilt();
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd, env: environment(options.env), encoding: "utf8" });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** The same, without blocking the event loop (for runs that happen side by side). */
export function runCliAsync(args: readonly string[], options: RunOptions): Promise<CliRun> {
  assertBuilt();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd, env: environment(options.env) });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

/** A temp copy of fixtures/cli/<name> (or an empty temp folder), removed by the returned cleanup. */
export function tempCopy(name?: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), "mrlint-cli-"));
  if (name) cpSync(path.join(FIXTURES, name), dir, { recursive: true });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
