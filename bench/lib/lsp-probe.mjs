// Looking into a running language-server process from the bench: CPU time of all its threads
// (main thread, V8's GC helpers, libuv) and its garbage-collection pauses. Used by
// bench/lsp-latency.mjs; Linux only for the CPU time (elsewhere it reads null).
import { readdirSync, readFileSync } from "node:fs";
import { PerformanceObserver } from "node:perf_hooks";

/**
 * CPU time used so far by every thread of process `pid`, in ms, from /proc/<pid>/task/<tid>/schedstat
 * (first field: nanoseconds on a CPU). Nanosecond resolution, unlike /proc/<pid>/stat's 10 ms ticks,
 * so the difference around one edit is meaningful. Null when /proc is not there.
 */
export function processCpuMs(pid) {
  let tasks;
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return null;
  }
  let ns = 0;
  for (const task of tasks) {
    try {
      ns += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, "utf8").split(" ")[0]);
    } catch {
      /* the thread ended between the two reads */
    }
  }
  return ns / 1e6;
}

/** Lines starting with this on the server's stderr carry one GC pause each (JSON). */
export const GC_LINE = "@@mrlint-bench-gc ";

/** perf_hooks' GC kinds (constants.NODE_PERFORMANCE_GC_*) by value. */
const GC_KINDS = { 1: "minor", 4: "major", 8: "incremental", 16: "weakcb" };

/**
 * A `--import` argument for the server's node that reports each GC pause on stderr as
 * `@@mrlint-bench-gc {"kind","ms","at"}`, `at` in epoch ms so it lines up with the bench's clock.
 * (`--trace-gc` would write to stdout, which carries the LSP messages.)
 */
export function gcObserverImport() {
  const code =
    'import { PerformanceObserver } from "node:perf_hooks";' +
    `const kinds = ${JSON.stringify(GC_KINDS)};` +
    "new PerformanceObserver((list) => { for (const e of list.getEntries()) " +
    `process.stderr.write(${JSON.stringify(GC_LINE)} + JSON.stringify({ kind: kinds[e.detail?.kind] ?? String(e.detail?.kind), ms: e.duration, at: performance.timeOrigin + e.startTime }) + "\\n"); })` +
    '.observe({ entryTypes: ["gc"] });';
  return `--import=data:text/javascript,${encodeURIComponent(code)}`;
}

/** The same observer in this process (for in-process measurements): records go to `onGc`. */
export function observeGcHere(onGc) {
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) onGc({ kind: GC_KINDS[e.detail?.kind] ?? String(e.detail?.kind), ms: e.duration, at: performance.timeOrigin + e.startTime });
  });
  observer.observe({ entryTypes: ["gc"] });
  return () => observer.disconnect();
}

/** Splits a stream of server stderr chunks into GC records and the other lines (passed to `other`). */
export function gcLineReader(onGc, other) {
  let rest = "";
  return (chunk) => {
    rest += chunk.toString("utf8");
    let newline;
    while ((newline = rest.indexOf("\n")) >= 0) {
      const line = rest.slice(0, newline);
      rest = rest.slice(newline + 1);
      if (line.startsWith(GC_LINE)) {
        try {
          onGc(JSON.parse(line.slice(GC_LINE.length)));
        } catch {
          other(`${line}\n`);
        }
      } else other(`${line}\n`);
    }
  };
}

/** GC pauses that started in [from, to] (epoch ms): total ms, count, and the major ones. */
export function gcBetween(records, from, to) {
  let ms = 0;
  let count = 0;
  let majorMs = 0;
  let major = 0;
  for (const r of records) {
    if (r.at < from || r.at > to) continue;
    ms += r.ms;
    count++;
    if (r.kind === "major") {
      majorMs += r.ms;
      major++;
    }
  }
  return { ms, count, majorMs, major };
}
