/**
 * Runs jobs on worker threads, and optionally on the calling thread too.
 *
 * Every worker gets jobs once it has loaded (until then the calling thread
 * takes them, when it lints), then keeps `depth` jobs in hand (one running,
 * the next ones queued), so it never waits for the calling thread between
 * files, even while that thread lints a file of its own. Jobs are handed out
 * in the order given (see schedule.ts); jobs marked `large` go to workers
 * only, so that the calling thread, which also hands out the work, never
 * keeps the workers waiting for long.
 *
 * A worker that dies fails only the job it was running; the jobs it had
 * queued go back to the others, and a new worker takes its place. When the
 * cause was the heap limit (`limits`), the job is first retried once on a
 * fresh worker with `retryLimits` (by default V8's own limits).
 */
import type { ResourceLimits } from "node:worker_threads";
import { startWorker, type WorkerThread } from "./worker-thread.js";

export interface PoolJob<T> {
  id: number;
  task: T;
  /** For worker threads only (see above). */
  large?: boolean;
}

export interface PoolOptions<T, R> {
  workerUrl: URL;
  /** Worker threads. */
  size: number;
  /** Sent to every worker before its first job. */
  setup: unknown;
  limits?: ResourceLimits;
  /** Limits of the worker that retries a job whose worker ran out of memory; undefined = V8's defaults. */
  retryLimits?: ResourceLimits;
  /** Jobs in hand per worker (default 2). */
  depth?: number;
  /** Starts a worker (default: `startWorker`); may hand over one started earlier. */
  start?: (url: URL, limits?: ResourceLimits) => WorkerThread;
  /** Runs jobs on the calling thread as well. */
  local?: (task: T) => Promise<R>;
  onResult(id: number, result: R): void;
  /** The result that stands for a job whose worker failed. */
  onFailure(id: number, task: T, reason: string): R;
}

/** Messages between the pool and its workers. */
export type ToWorker<T> = { setup: unknown } | { id: number; task: T };
/** A worker says `ready` once it has loaded, then answers each job. */
export type FromWorker<R> = { ready: true } | { id: number; result: R };

interface Slot<T> {
  thread: WorkerThread;
  /** Jobs sent and not answered, oldest (= running) first. */
  inHand: Array<PoolJob<T>>;
  /** The one job this worker exists for (a retry), or null for a pool worker. */
  retryOf: PoolJob<T> | null;
  ready: boolean;
  dead: boolean;
}

/** Jobs not yet handed out, in order; a job taken back from a dead worker goes first again. */
class JobQueue<T> {
  private readonly jobs: Array<PoolJob<T> | undefined>;
  private first = 0;
  private readonly again: Array<PoolJob<T>> = [];

  constructor(jobs: ReadonlyArray<PoolJob<T>>) {
    this.jobs = [...jobs];
  }

  get empty(): boolean {
    return this.again.length === 0 && this.first >= this.jobs.length;
  }

  putBack(jobs: ReadonlyArray<PoolJob<T>>): void {
    this.again.unshift(...jobs);
  }

  /** The next job; `small` passes over large ones (they stay for the workers). */
  take(small = false): PoolJob<T> | undefined {
    const again = this.again.findIndex((job) => !(small && job.large));
    if (again >= 0) return this.again.splice(again, 1)[0];
    while (this.first < this.jobs.length && this.jobs[this.first] === undefined) this.first++;
    for (let i = this.first; i < this.jobs.length; i++) {
      const job = this.jobs[i];
      if (job && !(small && job.large)) {
        this.jobs[i] = undefined;
        return job;
      }
    }
    return undefined;
  }
}

export function runPool<T, R>(jobs: ReadonlyArray<PoolJob<T>>, options: PoolOptions<T, R>): Promise<void> {
  const depth = Math.max(1, options.depth ?? 2);
  const queue = new JobQueue(jobs);
  const retried = new Set<number>();
  let remaining = jobs.length;
  const slots = new Set<Slot<T>>();

  return new Promise((resolve, reject) => {
    if (remaining === 0) {
      resolve();
      return;
    }

    const poolWorkers = () => [...slots].filter((slot) => !slot.retryOf).length;

    // The calling thread takes jobs too (large ones only when no worker is left). Awaiting each job
    // lets worker messages in between. Started again when a dead worker's jobs come back.
    let localBusy = false;
    const pumpLocal = () => {
      const local = options.local;
      if (!local || localBusy) return;
      localBusy = true;
      void (async () => {
        for (let job = queue.take(poolWorkers() > 0); job; job = queue.take(poolWorkers() > 0)) {
          settle(job.id, await local(job.task));
        }
        localBusy = false;
      })().catch(reject);
    };

    const finish = (slot: Slot<T>) => {
      slot.dead = true;
      slots.delete(slot);
      void slot.thread.worker.terminate();
    };

    const settle = (id: number, result: R) => {
      options.onResult(id, result);
      remaining--;
      if (remaining === 0) {
        for (const slot of [...slots]) finish(slot);
        resolve();
      }
    };

    const send = (slot: Slot<T>, job: PoolJob<T>) => {
      slot.inHand.push(job);
      slot.thread.worker.postMessage({ id: job.id, task: job.task } satisfies ToWorker<T>);
    };

    const refill = (slot: Slot<T>) => {
      if (!slot.ready) return;
      while (slot.inHand.length < depth) {
        const job = queue.take();
        if (!job) break;
        send(slot, job);
      }
      if (slot.inHand.length === 0) finish(slot);
    };

    const start = (retryOf: PoolJob<T> | null) => {
      const thread = (options.start ?? startWorker)(options.workerUrl, retryOf ? options.retryLimits : options.limits);
      const worker = thread.worker;
      // A retry's job is in hand from the start, so that it is not lost if this worker dies too.
      const slot: Slot<T> = { thread, inHand: retryOf ? [retryOf] : [], retryOf, ready: false, dead: false };
      slots.add(slot);
      worker.postMessage({ setup: options.setup } satisfies ToWorker<T>);
      void thread.ready.then(() => {
        if (slot.dead) return;
        slot.ready = true;
        if (retryOf) worker.postMessage({ id: retryOf.id, task: retryOf.task } satisfies ToWorker<T>);
        else refill(slot);
      });
      worker.on("message", (message: FromWorker<R>) => {
        if (slot.dead || "ready" in message) return;
        const at = slot.inHand.findIndex((job) => job.id === message.id);
        if (at < 0) return;
        slot.inHand.splice(at, 1);
        settle(message.id, message.result);
        if (slot.dead) return;
        if (slot.retryOf) finish(slot);
        else refill(slot);
      });
      void thread.ended.then(({ reason, outOfMemory }) => {
        if (slot.dead) return;
        finish(slot);
        const [running, ...queued] = slot.inHand;
        slot.inHand = [];
        queue.putBack(queued);
        if (!slot.ready && !running) {
          // It died while loading. Next to a calling thread that lints, that thread does the rest;
          // alone, it fails one job per attempt, so a worker that cannot start does not restart for ever.
          if (options.local) {
            pumpLocal();
            return;
          }
          const job = queue.take();
          if (job) settle(job.id, options.onFailure(job.id, job.task, reason));
        } else if (running) {
          if (outOfMemory && retryHasMoreRoom(options) && !retried.has(running.id)) {
            // Capped heaps are for the common case; a file that needs more gets a worker with more.
            retried.add(running.id);
            start(running);
          } else {
            settle(running.id, options.onFailure(running.id, running.task, reason));
          }
        }
        // Keep the pool at its size while there is work.
        if (remaining > 0 && !queue.empty && poolWorkers() < options.size) start(null);
        pumpLocal();
      });
    };

    const count = Math.max(1, Math.min(options.size, jobs.length));
    for (let i = 0; i < count; i++) start(null);
    pumpLocal();
  });
}

/** A retry after running out of memory makes sense only when the retry's heap may grow larger. */
function retryHasMoreRoom(options: { limits?: ResourceLimits; retryLimits?: ResourceLimits }): boolean {
  const capped = options.limits?.maxOldGenerationSizeMb;
  if (!capped) return false;
  const retry = options.retryLimits?.maxOldGenerationSizeMb;
  return retry === undefined || retry > capped;
}
