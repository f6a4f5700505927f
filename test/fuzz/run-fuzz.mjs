// Runs N random documents (random-documents.mjs) through lint() on worker threads and collects
// per-document times, failures and hangs. A document that runs past `hardLimitMs` is a hang: its
// worker is stopped and a new one carries on after it. Used by bench/fuzz.mjs and the fuzz test.
import { Worker } from "node:worker_threads";

const WORKER = new URL("./fuzz-worker.mjs", import.meta.url);

/**
 * @param {{ n: number, runSeed: number, scale?: number, workers?: number, hardLimitMs?: number, keep?: number,
 *           onProgress?: (done: number) => void }} options
 * @returns {Promise<{ n: number, wallMs: number, slowest: Array<{i:number, ms:number, chars:number}>,
 *           errors: Array<{i:number, error:string}>, hangs: number[], times: Float64Array }>}
 */
export async function runFuzz({ n, runSeed, scale = 1, workers = 2, hardLimitMs = 30_000, keep = 20, onProgress }) {
  const started = performance.now();
  const times = new Float64Array(n).fill(Number.NaN);
  const errors = [];
  const hangs = [];
  let done = 0;
  const slowest = [];
  const record = (entry) => {
    if (slowest.length < keep || entry.ms > slowest[slowest.length - 1].ms) {
      slowest.push(entry);
      slowest.sort((a, b) => b.ms - a.ms);
      if (slowest.length > keep) slowest.pop();
    }
  };

  /** Lints [from, to) on one worker, restarting after a hang. */
  const runRange = (from, to) =>
    new Promise((resolve, reject) => {
      if (from >= to) return resolve();
      // A document that exhausts memory ends its worker with an error instead of the whole process.
      const worker = new Worker(WORKER, { workerData: { from, to, runSeed, scale }, resourceLimits: { maxOldGenerationSizeMb: 1536 } });
      let current = from;
      let timer;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          hangs.push(current);
          worker.removeAllListeners();
          void worker.terminate().then(() => runRange(current + 1, to).then(resolve, reject));
        }, hardLimitMs);
      };
      worker.on("message", (m) => {
        if (m.type === "start") {
          current = m.i;
          arm();
          return;
        }
        times[m.i] = m.ms;
        record({ i: m.i, ms: m.ms, chars: m.chars });
        if (m.error) errors.push({ i: m.i, error: m.error });
        done++;
        onProgress?.(done);
      });
      worker.on("error", (e) => {
        clearTimeout(timer);
        worker.removeAllListeners();
        errors.push({ i: current, error: `worker crashed: ${e instanceof Error ? e.stack : String(e)}` });
        runRange(current + 1, to).then(resolve, reject);
      });
      worker.on("exit", () => {
        clearTimeout(timer);
        resolve();
      });
    });

  const size = Math.ceil(n / workers);
  await Promise.all(Array.from({ length: workers }, (_, w) => runRange(w * size, Math.min(n, (w + 1) * size))));
  return { n, wallMs: performance.now() - started, slowest, errors: errors.sort((a, b) => a.i - b.i), hangs: hangs.sort((a, b) => a - b), times };
}
