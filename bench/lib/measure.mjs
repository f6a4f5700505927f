// Runs one command and measures its wall time and peak resident memory.
// Peak RSS: GNU time's %M (the kernel's ru_maxrss for the child, which covers all of its threads,
// so worker_threads count) when /usr/bin/time exists; otherwise /proc polling of the process tree
// (sum of VmRSS of the process and its descendants, sampled every 10 ms, plus the root's VmHWM).
import { spawn, spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync, readdirSync } from "node:fs";
import { performance } from "node:perf_hooks";

const GNU_TIME = "/usr/bin/time";
let gnuTimeWorks;

export function gnuTimeAvailable() {
  if (gnuTimeWorks === undefined) {
    // BENCH_NO_GNU_TIME=1 forces the /proc fallback (to check it against GNU time).
    gnuTimeWorks =
      !process.env.BENCH_NO_GNU_TIME &&
      existsSync(GNU_TIME) && spawnSync(GNU_TIME, ["-f", "%M", "true"], { stdio: ["ignore", "ignore", "pipe"] }).status === 0;
  }
  return gnuTimeWorks;
}

function procStatusKb(pid, field) {
  try {
    const m = readFileSync(`/proc/${pid}/status`, "utf8").match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

function descendants(pid) {
  const out = [];
  const stack = [pid];
  while (stack.length) {
    const p = stack.pop();
    out.push(p);
    let tasks = [];
    try {
      tasks = readdirSync(`/proc/${p}/task`);
    } catch {
      continue;
    }
    for (const t of tasks) {
      try {
        for (const c of readFileSync(`/proc/${p}/task/${t}/children`, "utf8").trim().split(/\s+/)) if (c) stack.push(Number(c));
      } catch {
        /* the task ended between the two reads */
      }
    }
  }
  return out;
}

/**
 * @param {{command:string, args:string[], cwd?:string, env?:NodeJS.ProcessEnv, stdoutFile?:string, stderrFile?:string, timeoutMs?:number}} options
 * @returns {Promise<{wallMs:number, cpuMs:number|null, peakRssMb:number|null, exitCode:number|null, signal:string|null, rssMethod:string}>}
 */
export function runMeasured({ command, args, cwd, env, stdoutFile, stderrFile, timeoutMs = 30 * 60_000, rssFile }) {
  const useTime = gnuTimeAvailable() && rssFile;
  const out = stdoutFile ? openSync(stdoutFile, "w") : "ignore";
  const err = stderrFile ? openSync(stderrFile, "w") : "ignore";
  const argv = useTime ? ["-f", "%M %U %S", "-o", rssFile, command, ...args] : args;
  const started = performance.now();
  const child = spawn(useTime ? GNU_TIME : command, argv, { cwd, env: env ?? process.env, stdio: ["ignore", out, err] });
  let peakKb = 0;
  let poller = null;
  if (!useTime && process.platform === "linux") {
    poller = setInterval(() => {
      const tree = descendants(child.pid);
      const sum = tree.reduce((n, p) => n + procStatusKb(p, "VmRSS"), 0);
      peakKb = Math.max(peakKb, sum, procStatusKb(child.pid, "VmHWM"));
    }, 10);
  }
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  return new Promise((resolve, reject) => {
    child.on("error", (error) => {
      clearTimeout(timer);
      if (poller) clearInterval(poller);
      reject(error);
    });
    child.on("exit", (exitCode, signal) => {
      const wallMs = performance.now() - started;
      clearTimeout(timer);
      if (poller) clearInterval(poller);
      if (typeof out === "number") closeSync(out);
      if (typeof err === "number") closeSync(err);
      let peakRssMb = peakKb > 0 ? peakKb / 1024 : null;
      let cpuMs = null;
      if (useTime) {
        // GNU time writes "Command exited with non-zero status N" before the format line.
        const last = readFileSync(rssFile, "utf8").trim().split("\n").pop() ?? "";
        const m = last.match(/^(\d+) ([\d.]+) ([\d.]+)$/);
        peakRssMb = m ? Number(m[1]) / 1024 : null;
        // User + system CPU of all threads: less sensitive than wall time to a busy machine.
        cpuMs = m ? (Number(m[2]) + Number(m[3])) * 1000 : null;
      }
      resolve({ wallMs, cpuMs, peakRssMb, exitCode, signal, rssMethod: useTime ? "gnu-time" : poller ? "proc-poll" : "none" });
    });
  });
}
