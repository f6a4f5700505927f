import { lint } from "./dist/index.js";
const unit = "kommunen ska arbeta ";
const N = 60000;
const text = unit.repeat(Math.ceil(N / unit.length)).slice(0, N);
const s = performance.now(); lint("# Plan\n\nVåra åldringar " + text, {}); console.log((performance.now()-s).toFixed(0));
