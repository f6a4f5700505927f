// Edit scripts for bench/lsp-latency.mjs: deterministic sequences of small edits to a document,
// each as an LSP content change (0-based line, UTF-16 character) plus the full text after it, so
// the same script can drive the server over JSON-RPC and an in-process replay.

/** Line `line` of `text` without its line ending, and where the line starts. */
function lineStarts(text) {
  const starts = [0];
  for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

function lineText(text, starts, line) {
  const end = line + 1 < starts.length ? starts[line + 1] - 1 : text.length;
  const raw = text.slice(starts[line], end);
  return raw.endsWith("\r") ? raw.slice(0, -1) : raw;
}

/** Applies one change to `text`; returns the new text. */
function applyChange(text, starts, change) {
  const from = starts[change.range.start.line] + change.range.start.character;
  const to = starts[change.range.end.line] + change.range.end.character;
  return text.slice(0, from) + change.text + text.slice(to);
}

const at = (line, character) => ({ line, character });

/**
 * What each kind of edit looks for and does. `lines` are the document's lines (no line endings).
 * All edits keep the document's structure except "paragraph", which adds one.
 */
const KINDS = {
  // Typing a word at the end of a prose line (what the bench has always measured).
  prose: {
    candidate: (l) => /^\p{L}/u.test(l) && l.length > 40,
    change: (line, l) => ({ range: { start: at(line, l.length), end: at(line, l.length) }, text: " ord" }),
  },
  // Typing at the end of a list item.
  list: {
    candidate: (l) => /^\s{0,6}(?:[-*+]|\d{1,3}[.)])\s+\S/.test(l) && l.length > 20,
    change: (line, l) => ({ range: { start: at(line, l.length), end: at(line, l.length) }, text: " ord" }),
  },
  // Editing a heading.
  heading: {
    candidate: (l) => /^#{1,6}\s+\S/.test(l),
    change: (line, l) => ({ range: { start: at(line, l.length), end: at(line, l.length) }, text: " ord" }),
  },
  // Deleting the last word of a prose line.
  delete: {
    candidate: (l) => /^\p{L}/u.test(l) && l.length > 40 && l.lastIndexOf(" ") > 20,
    change: (line, l) => ({ range: { start: at(line, l.lastIndexOf(" ")), end: at(line, l.length) }, text: "" }),
  },
  // Enter twice after a prose line and a new sentence: a new paragraph.
  paragraph: {
    candidate: (l) => /^\p{L}/u.test(l) && l.length > 40 && /[.!?]$/.test(l),
    change: (line, l) => ({ range: { start: at(line, l.length), end: at(line, l.length) }, text: "\n\nNya mål ska följas upp varje år." }),
  },
};

export const EDIT_KINDS = Object.keys(KINDS);

/**
 * `count` edits to `text`. kinds = ["prose"] reproduces the bench's original script exactly
 * (candidate lines chosen once from the original text, stride 7919). Otherwise the kinds take
 * turns and candidates are looked up in the current text; a kind with no candidate is skipped.
 * Returns [{ kind, change, text }] where `text` is the document after the change.
 */
export function editScript(text, count, kinds = ["prose"]) {
  const edits = [];
  let current = text;
  let starts = lineStarts(current);
  const classic = kinds.length === 1 && kinds[0] === "prose";
  const lineCount = () => starts.length;
  const candidatesFor = (kind) => {
    const out = [];
    for (let i = 0; i < lineCount(); i++) if (KINDS[kind].candidate(lineText(current, starts, i))) out.push(i);
    return out;
  };
  const fixed = classic ? candidatesFor("prose") : null;
  if (fixed && fixed.length === 0) return edits;
  for (let i = 0, turn = 0; edits.length < count && turn < count * kinds.length * 2; turn++) {
    const kind = kinds[turn % kinds.length];
    const candidates = fixed ?? candidatesFor(kind);
    if (candidates.length === 0) continue;
    const line = candidates[(i * 7919) % candidates.length];
    const change = KINDS[kind].change(line, lineText(current, starts, line));
    current = applyChange(current, starts, change);
    starts = lineStarts(current);
    edits.push({ kind, change, text: current });
    i++;
  }
  return edits;
}
