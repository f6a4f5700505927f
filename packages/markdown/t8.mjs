import { unified } from "unified";
import remarkParse from "remark-parse";
const p = unified().use(remarkParse);
const n = Number(process.argv[3]);
const cases = {
  deepQuote: () => ">".repeat(n) + " a",
  deepList: () => Array.from({ length: n }, (_, i) => " ".repeat(i * 2) + "- x").join("\n"),
};
const t = performance.now();
try { p.parse(cases[process.argv[2]]()); console.log("ok", (performance.now() - t).toFixed(0)); } catch (e) { console.log("throws", e.message); }
