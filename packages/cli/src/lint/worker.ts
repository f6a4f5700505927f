/** Worker-thread entry: lints the tasks the pool sends, one at a time. */
import { parentPort } from "node:worker_threads";
import { ConfigLoader } from "@mrlint/node";
import { lintOne, type LintTask } from "./lint-one.js";

// One loader per worker: rule packs are compiled once per thread.
const loader = new ConfigLoader();

parentPort?.on("message", (message: { id: number; task: LintTask }) => {
  lintOne(message.task, loader).then(
    (report) => parentPort?.postMessage({ id: message.id, report }),
    (error: unknown) =>
      parentPort?.postMessage({
        id: message.id,
        report: {
          filePath: message.task.filePath,
          error: { code: "internal-error", message: `${message.task.filePath}: ${error instanceof Error ? error.message : String(error)}` },
          messages: [],
          notes: [],
        },
      }),
  );
});
