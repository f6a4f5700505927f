// Worker thread of run-fuzz.mjs: lints documents [from, to) of a run and reports each one's time.
// Linting happens here, not in the parent, so that the parent can stop a document that hangs.
import { parentPort, workerData } from "node:worker_threads";
import { lint } from "../../packages/markdown/dist/index.js";
import { documentSeed, randomDocument } from "./random-documents.mjs";

const { from, to, runSeed, scale } = workerData;
// Load and compile everything once, so the first document's time is its own.
lint("# Plan\n\nKommunen ska följa upp planen.\n");
for (let i = from; i < to; i++) {
  const doc = randomDocument(documentSeed(runSeed, i), { scale });
  parentPort.postMessage({ type: "start", i });
  const started = performance.now();
  let error;
  let diagnostics = 0;
  try {
    diagnostics = lint(doc.text, { format: doc.format }).diagnostics.length;
  } catch (e) {
    error = e instanceof Error ? `${e.name}: ${e.message}\n${e.stack ?? ""}` : String(e);
  }
  parentPort.postMessage({ type: "done", i, ms: performance.now() - started, chars: doc.text.length, diagnostics, error });
}
