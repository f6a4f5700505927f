import { lint } from "./dist/index.js";
const cpu = (f) => { const c0 = process.cpuUsage(); const r = f(); const c = process.cpuUsage(c0); return [((c.user + c.system)/1000).toFixed(0), r]; };
const unit = process.argv[2] ?? "kommunen ska arbeta ";
for (const N of [10_000, 20_000, 40_000, 80_000]) {
  const text = unit.repeat(Math.ceil(N / unit.length)).slice(0, N);
  const [ms, r] = cpu(() => lint("# Plan\n\nVåra åldringar " + text, {}));
  console.log(N, ms, "ms", r.diagnostics.length, "diags");
}
