/**
 * A unified diff (as `diff -u` / `git diff` print it) between two texts,
 * by lines, with Myers' O((N+M)D) algorithm: fixes change few lines, so D
 * is small even for long documents.
 */

type Op = { kind: "same" | "del" | "add"; line: string };

/** Splits into lines keeping each line's terminator, so CRLF files diff and patch exactly. */
function splitLines(text: string): string[] {
  const lines = text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g);
  return lines ?? [];
}

function myers(a: string[], b: string[]): Op[] {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  let v: Int32Array = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = false;
  for (let d = 0; d <= max && !found; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }
  trace.push(v.slice());
  // Walk the trace backwards to recover the edit script.
  const ops: Op[] = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 2; d >= 0 && (x > 0 || y > 0); d--) {
    v = trace[d];
    const k = x - y;
    const prevK = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? k + 1 : k - 1;
    const prevX = d === 0 ? 0 : v[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      ops.push({ kind: "same", line: a[x - 1] });
      x--;
      y--;
    }
    if (d === 0) break;
    if (x === prevX) ops.push({ kind: "add", line: b[y - 1] });
    else ops.push({ kind: "del", line: a[x - 1] });
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    ops.push({ kind: "same", line: a[x - 1] });
    x--;
    y--;
  }
  return ops.reverse();
}

function show(line: string): string {
  return /[\r\n]$/.test(line) ? line : `${line}\n\\ No newline at end of file\n`;
}

/** `label` is the path shown in the `---`/`+++` headers (`a/label`, `b/label`). Empty string when equal. */
export function unifiedDiff(label: string, before: string, after: string, context = 3): string {
  if (before === after) return "";
  const ops = myers(splitLines(before), splitLines(after));
  let out = `--- a/${label}\n+++ b/${label}\n`;
  let i = 0;
  while (i < ops.length) {
    while (i < ops.length && ops[i].kind === "same") i++;
    if (i >= ops.length) break;
    // A hunk: from `context` lines before the change to `context` lines after the last change
    // that is no more than 2*context unchanged lines from the next.
    const start = Math.max(0, i - context);
    let end = i;
    let lastChange = i;
    while (end < ops.length) {
      if (ops[end].kind !== "same") lastChange = end;
      else if (end - lastChange > 2 * context) break;
      end++;
    }
    end = Math.min(ops.length, lastChange + context + 1);
    let oldStart = 1;
    let newStart = 1;
    for (let j = 0; j < start; j++) {
      if (ops[j].kind !== "add") oldStart++;
      if (ops[j].kind !== "del") newStart++;
    }
    let oldCount = 0;
    let newCount = 0;
    let body = "";
    for (let j = start; j < end; j++) {
      const op = ops[j];
      if (op.kind !== "add") oldCount++;
      if (op.kind !== "del") newCount++;
      body += (op.kind === "same" ? " " : op.kind === "del" ? "-" : "+") + show(op.line);
    }
    const range = (s: number, c: number) => (c === 1 ? `${s}` : `${c === 0 ? s - 1 : s},${c}`);
    out += `@@ -${range(oldStart, oldCount)} +${range(newStart, newCount)} @@\n${body}`;
    i = end;
  }
  return out;
}
