import { lint } from "./dist/index.js";
const cpu = (f) => { const c0 = process.cpuUsage(); const r = f(); const c = process.cpuUsage(c0); return [((c.user + c.system)/1000).toFixed(0), r]; };
const N = 2_000_000;
const fill = (u) => u.repeat(Math.ceil(N / u.length)).slice(0, N);
for (const [name, text] of [["x", fill("x")], ["words", fill("kommunen ska arbeta ")], ["sentences", fill("Kommunen ska arbeta. ")], ["digits", fill("1234567890")], ["dots", fill(".")], ["mixed", fill("ab, ")]]) {
  const [ms, r] = cpu(() => lint("# Plan\n\nVåra åldringar " + text, {}));
  console.log(name, ms, "ms", r.diagnostics.length, "diags", (process.memoryUsage().rss/1e6).toFixed(0), "MB");
}
