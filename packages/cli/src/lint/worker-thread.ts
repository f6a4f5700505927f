/**
 * A worker thread and what it has said about itself: that it has loaded
 * (`ready`) or that it died. Both are recorded from the moment it starts,
 * so a worker started early (see early-workers.ts) loses neither before the
 * pool takes it over.
 */
import { Worker, type ResourceLimits } from "node:worker_threads";

export interface WorkerThread {
  worker: Worker;
  /** Resolves when the worker has loaded its modules and waits for jobs. */
  ready: Promise<void>;
  /** Resolves when the worker has ended (also after `terminate()`). */
  ended: Promise<WorkerEnd>;
}

export interface WorkerEnd {
  reason: string;
  outOfMemory: boolean;
}

const OUT_OF_MEMORY = "ERR_WORKER_OUT_OF_MEMORY";

export function startWorker(url: URL, limits?: ResourceLimits): WorkerThread {
  const worker = new Worker(url, limits ? { resourceLimits: limits } : {});
  const ready = new Promise<void>((resolve) => {
    const onReady = (message: unknown) => {
      if (message && typeof message === "object" && "ready" in message) {
        worker.off("message", onReady);
        resolve();
      }
    };
    worker.on("message", onReady);
  });
  // An error comes before the exit that follows it and says more about the cause.
  const ended = new Promise<WorkerEnd>((resolve) => {
    worker.on("error", (error: Error & { code?: string }) => resolve({ reason: error.message, outOfMemory: error.code === OUT_OF_MEMORY }));
    worker.on("exit", (code) => resolve({ reason: `exit code ${code}`, outOfMemory: false }));
  });
  return { worker, ready, ended };
}
