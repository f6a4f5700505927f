import { readFileSync, readdirSync } from "node:fs";
import { lint } from "./dist/index.js";
const dir = "/work/shared/corpus/dev/";
const all = readdirSync(dir).filter(f => /\.(md|txt)$/.test(f)).map(f => readFileSync(dir + f, "utf8")).join(" ");
const cpu = (f) => { const c0 = process.cpuUsage(); const r = f(); const c = process.cpuUsage(c0); return [((c.user + c.system)/1000).toFixed(0), r]; };
for (const N of [50_000, 100_000, 200_000, 400_000]) {
  const one = all.slice(0, N).replace(/[\r\n.!?:;]/g, " ");
  const [ms, r] = cpu(() => lint("# Plan\n\n" + one, {}));
  const [ms2, r2] = cpu(() => lint("# Plan\n\n" + all.slice(0, N).replace(/[\r\n]/g, " "), {}));
  console.log(N, "one-sentence", ms, "ms", r.diagnostics.length, "| one-line", ms2, "ms", r2.diagnostics.length);
}
