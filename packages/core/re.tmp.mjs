import { unsafeRegexReason } from "./dist/index.js";
for (const p of [".*.*.*.*.*x", "\\w*\\w*\\w*\\w*x", "a*a*a*a*a*b", "(a+)+b", "\\s*\\s*\\s*$", "[a-z]+[a-z]+[a-z]+!", "(?:a|b)(?:a|b)*c", "x+x+x+x+y", ".+?.+?.+?.+?z"]) console.log(JSON.stringify(p), unsafeRegexReason(p));
const re = /.*.*.*.*x/giu; const s = "a".repeat(300);
let t = performance.now(); [...s.matchAll(re)]; console.log(".*.*.*.*x on 300 chars:", (performance.now()-t).toFixed(0), "ms");
const re2 = /[a-z]+[a-z]+[a-z]+!/giu; const s2 = "a".repeat(2000);
t = performance.now(); [...s2.matchAll(re2)]; console.log("[a-z]+x3! on 2000 chars:", (performance.now()-t).toFixed(0), "ms");
