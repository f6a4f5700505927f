/** A run's lint jobs on worker threads (and the main thread): which worker, and what a failed worker's file reports. */
import type { FormatSpec } from "../formatters/types.js";
import type { LintTask } from "./lint-one.js";
import { errorReport, toOutcome, type FileOutcome, type OutcomeShape } from "./outcome.js";
import { dispatchOrder } from "./schedule.js";
import { endEarlyWorkers, takeEarlyWorker } from "./early-workers.js";
import { RETRY_LIMITS, WORKER_LIMITS, WORKER_URL } from "./lint-worker.js";
import { runPool } from "./worker-pool.js";
import { startWorker } from "./worker-thread.js";

export async function lintOnWorkers(
  tasks: readonly LintTask[],
  weights: readonly number[],
  workers: number,
  shape: OutcomeShape,
  spec: FormatSpec,
  arrived: (index: number, outcome: FileOutcome) => void,
  local?: (task: LintTask) => Promise<FileOutcome>,
): Promise<void> {
  const run = runPool<LintTask, FileOutcome>(
    dispatchOrder(weights, workers).map(({ index, large }) => ({ id: index, task: tasks[index], large })),
    {
      workerUrl: WORKER_URL,
      // Workers bin.ts started while the CLI loaded are used first.
      start: (url, limits) => (limits === WORKER_LIMITS ? takeEarlyWorker() : undefined) ?? startWorker(url, limits),
      size: workers,
      setup: shape,
      limits: WORKER_LIMITS,
      retryLimits: RETRY_LIMITS,
      ...(local ? { local } : {}),
      onResult: arrived,
      onFailure: (_id, task, reason) =>
        toOutcome(errorReport(task.filePath, "internal-error", `${task.filePath}: worker failed: ${reason}`), shape, spec),
    },
  );
  // The pool has started its workers; early ones beyond its size are not needed.
  endEarlyWorkers();
  await run;
}
