/**
 * Lints tasks on worker threads. Each worker takes the next task when it
 * finishes one, so slow files (big .docx) do not hold up the rest. A worker
 * that dies fails only its current task (as a file error) and is replaced.
 */
import { Worker } from "node:worker_threads";
import type { FileReport } from "./file-report.js";
import type { LintTask } from "./lint-one.js";

export async function lintInWorkers(
  tasks: readonly LintTask[],
  size: number,
  onReport: (index: number, report: FileReport) => void,
): Promise<void> {
  if (tasks.length === 0) return;
  const workerUrl = new URL("./worker.js", import.meta.url);
  let next = 0;
  let finished = 0;
  await new Promise<void>((resolve) => {
    const startWorker = () => {
      const worker = new Worker(workerUrl);
      let current = -1;
      const give = () => {
        if (next >= tasks.length) {
          current = -1;
          void worker.terminate();
          return;
        }
        current = next++;
        worker.postMessage({ id: current, task: tasks[current] });
      };
      const complete = (index: number, report: FileReport) => {
        onReport(index, report);
        finished++;
        if (finished === tasks.length) resolve();
      };
      worker.on("message", (message: { id: number; report: FileReport }) => {
        complete(message.id, message.report);
        give();
      });
      const fail = (reason: string) => {
        if (current < 0) return;
        const index = current;
        current = -1;
        const task = tasks[index];
        complete(index, {
          filePath: task.filePath,
          error: { code: "internal-error", message: `${task.filePath}: worker failed: ${reason}` },
          messages: [],
          notes: [],
        });
        if (next < tasks.length) startWorker();
      };
      worker.on("error", (error) => fail(error.message));
      worker.on("exit", (code) => fail(`exit code ${code}`));
      give();
    };
    const count = Math.max(1, Math.min(size, tasks.length));
    for (let i = 0; i < count; i++) startWorker();
  });
}
