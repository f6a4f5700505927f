import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runPool, type PoolOptions } from "./worker-pool.js";

/**
 * A stand-in for worker.ts that speaks the pool's protocol. A job is a number of megabytes to keep
 * alive before answering ("forever" allocates until the heap is full), "exit" to end the thread, or
 * any other text (nothing to do).
 */
const WORKER = `
import { parentPort } from "node:worker_threads";
let setup;
parentPort.on("message", (m) => {
  if ("setup" in m) { setup = m.setup; return; }
  const keep = [];
  if (m.task === "exit") process.exit(3);
  const megabytes = m.task === "forever" ? Infinity : typeof m.task === "number" ? m.task : 0;
  for (let mb = 0; mb < megabytes; mb++) keep.push(new Array(128 * 1024).fill(mb));
  parentPort.postMessage({ id: m.id, result: setup + ":" + m.id + ":" + keep.length });
});
parentPort.postMessage({ ready: true });
`;

let dir: string;
let workerUrl: URL;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "mrlint-pool-"));
  const file = path.join(dir, "worker.mjs");
  writeFileSync(file, WORKER);
  workerUrl = pathToFileURL(file);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(tasks: Array<number | string>, options: Partial<PoolOptions<number | string, string>> = {}, large: number[] = []) {
  const results = new Map<number, string>();
  const failures: string[] = [];
  await runPool<number | string, string>(
    tasks.map((task, id) => ({ id, task, large: large.includes(id) })),
    {
      workerUrl,
      size: 2,
      setup: "s",
      onResult: (id, result) => {
        expect(results.has(id)).toBe(false);
        results.set(id, result);
      },
      onFailure: (id, _task, reason) => {
        failures.push(reason);
        return `failed:${id}`;
      },
      ...options,
    },
  );
  return { results, failures };
}

describe("runPool", () => {
  it("answers every job exactly once, after sending the set-up", async () => {
    const { results, failures } = await run(Array.from({ length: 25 }, () => 0), { depth: 3 });
    expect(failures).toEqual([]);
    expect([...results.keys()].sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i));
    expect(results.get(7)).toBe("s:7:0");
  });

  it("retries a job that ran a capped worker out of memory on a worker with more, and the rest still run", async () => {
    const { results, failures } = await run([0, 0, 96, 0, 0, 0], {
      limits: { maxOldGenerationSizeMb: 32 },
      retryLimits: { maxOldGenerationSizeMb: 512 },
    });
    expect(failures).toEqual([]);
    expect(results.get(2)).toBe("s:2:96");
    expect(results.size).toBe(6);
  });

  it("turns a job that runs even the retry out of memory into a failure for that job only", async () => {
    const { results, failures } = await run([0, 0, "forever", 0, 0, 0, 0], {
      limits: { maxOldGenerationSizeMb: 32 },
      retryLimits: { maxOldGenerationSizeMb: 64 },
    });
    expect(results.get(2)).toBe("failed:2");
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/memory/i);
    for (const id of [0, 1, 3, 4, 5, 6]) expect(results.get(id)).toBe(`s:${id}:0`);
  });

  it("fails only the running job when a worker exits, and hands its queued jobs to a new worker", async () => {
    const { results, failures } = await run([0, "exit", 0, 0, "exit", 0, 0], { size: 1, depth: 3 });
    expect(failures).toEqual(["exit code 3", "exit code 3"]);
    expect(results.get(1)).toBe("failed:1");
    expect(results.get(4)).toBe("failed:4");
    for (const id of [0, 2, 3, 5, 6]) expect(results.get(id)).toBe(`s:${id}:0`);
  });

  it("lets the calling thread take jobs too, from the start, never the large ones while a worker lives", async () => {
    const onMain: string[] = [];
    const local = async (task: number | string) => {
      onMain.push(String(task));
      await new Promise((resolve) => setTimeout(resolve, 5));
      return `main:${task}`;
    };
    const tasks = Array.from({ length: 40 }, (_, i) => `job-${i}`);
    const { results, failures } = await run(tasks, { size: 1, local }, [3, 17]);
    expect(failures).toEqual([]);
    expect(results.size).toBe(40);
    // The calling thread starts at once, while the worker is still loading.
    expect(onMain[0]).toBe("job-0");
    expect(onMain).not.toContain("job-3");
    expect(onMain).not.toContain("job-17");
    for (const id of [3, 17]) expect(results.get(id)).toBe(`s:${id}:0`);
    for (const [id, result] of results) expect(result === `main:job-${id}` || result === `s:${id}:0`).toBe(true);
  });

  it("when the workers cannot even start, the calling thread does all the work, large jobs too", async () => {
    const broken = pathToFileURL(path.join(dir, "missing-worker.mjs"));
    const local = async (task: number | string) => `main:${task}`;
    const { results, failures } = await run([1, 2, 3, 4, 5], { workerUrl: broken, size: 2, local }, [0]);
    expect(failures).toEqual([]);
    expect([...results.values()].sort()).toEqual(["main:1", "main:2", "main:3", "main:4", "main:5"]);
  });

  it("a worker that cannot even start fails one job per attempt, and the run ends", async () => {
    const broken = pathToFileURL(path.join(dir, "missing-worker.mjs"));
    const { results, failures } = await run([1, 2, 3], { workerUrl: broken, size: 1 });
    expect(results.size).toBe(3);
    expect(failures).toHaveLength(3);
  });

  it("resolves at once with no jobs", async () => {
    const { results } = await run([]);
    expect(results.size).toBe(0);
  });
});
