/**
 * Worker-thread entry: lints the files the pool sends, one at a time and in
 * the order sent, and answers each with its FileOutcome (the format's piece,
 * not the report).
 */
import { parentPort } from "node:worker_threads";
import { ConfigLoader } from "@mrlint/node";
import { loadFormat } from "../formatters/load-format.js";
import type { FormatSpec } from "../formatters/types.js";
import type { LintTask } from "./lint-one.js";
import { lintToOutcome } from "./lint-to-outcome.js";
import type { FileOutcome, OutcomeShape } from "./outcome.js";
import type { FromWorker, ToWorker } from "./worker-pool.js";

// One loader per worker: rule packs are compiled once per thread.
const loader = new ConfigLoader();
let shaping: Promise<{ shape: OutcomeShape; spec: FormatSpec }> | undefined;
let queue: Promise<void> = Promise.resolve();

async function outcomeOf(task: LintTask): Promise<FileOutcome> {
  const { shape, spec } = await (shaping ?? Promise.reject(new Error("worker was not set up")));
  return lintToOutcome(task, loader, shape, spec);
}

parentPort?.on("message", (message: ToWorker<LintTask>) => {
  if ("setup" in message) {
    const shape = message.setup as OutcomeShape;
    shaping = loadFormat(shape.format).then((spec) => ({ shape, spec }));
    return;
  }
  const { id, task } = message;
  queue = queue
    .then(async () => {
      const result = await outcomeOf(task);
      parentPort?.postMessage({ id, result } satisfies FromWorker<FileOutcome>);
    })
    .catch((error: unknown) => {
      // Only set-up can fail here (lint errors are outcomes): end the worker so the pool reports its jobs.
      setImmediate(() => {
        throw error;
      });
    });
});

// Modules are loaded: jobs may come.
parentPort?.postMessage({ ready: true } satisfies FromWorker<FileOutcome>);
