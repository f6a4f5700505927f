// In-process replay of an edit script through the language server's own lint path (its
// TextLinter with the real engine, the LSP conversion, the JSON of the publishDiagnostics
// message), timing each stage per edit: parse, analyse + engine, rules, conversion,
// serialisation, plus GC pauses and CPU time. Also tells whether @mrlint/markdown's incremental
// re-parse could re-use the previous tree, and if not, why (as far as the bench can tell from
// the outside: the reason is re-derived here from the conditions documented in
// packages/markdown/src/incremental-parse.ts; whether it re-used is observed directly).
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { observeGcHere } from "./lsp-probe.mjs";

const importDist = (root, path) => import(pathToFileURL(join(root, "packages", path)).href);
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));
const nowEpoch = () => performance.timeOrigin + performance.now();

/** Loads the internals this replay needs; the incremental parser's are optional (they may move). */
async function load(root) {
  const [textLinter, realEngine, convert, settings] = await Promise.all([
    importDist(root, "language-server/dist/text-linter.js"),
    importDist(root, "language-server/dist/real-engine.js"),
    importDist(root, "language-server/dist/convert.js"),
    importDist(root, "language-server/dist/settings.js"),
  ]);
  let incremental = null;
  try {
    const [parse, processor] = await Promise.all([
      importDist(root, "markdown/dist/incremental-parse.js"),
      importDist(root, "markdown/dist/markdown-processor.js"),
    ]);
    if (parse.parseFull && parse.reparse && processor.featureMask) incremental = { ...parse, ...processor };
  } catch {
    /* no incremental parser in this build: every edit counts as a full parse */
  }
  return { ...textLinter, ...realEngine, ...convert, ...settings, incremental };
}

const RUN_TYPES = new Set(["paragraph", "heading"]);
const NEIGHBOUR_TYPES = new Set(["paragraph", "heading", "thematicBreak"]);
const typeName = (node) => (node.type === "yaml" ? "front matter" : node.type);

/** Why `reparse` could not re-use `previous` for `source` (mirrors incremental-parse.ts's checks, in order). */
function fallbackReason(source, previous, m) {
  const old = previous.source;
  if (m.featureMask(source) !== previous.mask) return "syntax extensions changed";
  if (source.includes("]:") || old.includes("]:")) return "definitions in the text";
  if (m.needsIndentCap?.(source) || m.needsIndentCap?.(old)) return "deep indentation";
  const limit = Math.min(old.length, source.length);
  let p = 0;
  while (p < limit && old.charCodeAt(p) === source.charCodeAt(p)) p++;
  let s = 0;
  while (s < limit - p && old.charCodeAt(old.length - 1 - s) === source.charCodeAt(source.length - 1 - s)) s++;
  const oldEnd = old.length - s;
  const children = previous.tree.children;
  const start = (n) => n.position?.start.offset ?? NaN;
  const end = (n) => n.position?.end.offset ?? NaN;
  let i = 0;
  while (i < children.length && end(children[i]) < p) i++;
  let j = children.length - 1;
  while (j >= 0 && start(children[j]) > oldEnd) j--;
  if (i >= children.length || j < i) return "edit between blocks";
  for (let k = i; k <= j; k++) if (!RUN_TYPES.has(children[k].type)) return `edit inside a ${typeName(children[k])}`;
  if (i > 0 && !NEIGHBOUR_TYPES.has(children[i - 1].type)) return `edited run follows a ${typeName(children[i - 1])}`;
  if (j + 1 < children.length && !NEIGHBOUR_TYPES.has(children[j + 1].type)) return `edited run is followed by a ${typeName(children[j + 1])}`;
  return "other (blank lines, edge of the run, or the new text parses to other blocks)";
}

/** Did `next` re-use `previous`? A re-used tree keeps the previous root's start point object. */
function reused(next, previous) {
  return next.tree !== previous.tree && next.tree.position?.start !== undefined && next.tree.position.start === previous.tree.position?.start;
}

function timedRules(rules, clock) {
  return rules.map((rule) => ({
    ...rule,
    check(context) {
      const t = performance.now();
      try {
        return rule.check(context);
      } finally {
        clock.rules += performance.now() - t;
      }
    },
  }));
}

/**
 * docs: [{ uri, path, format: "markdown"|"text", text, edits: [{ kind, text }] }].
 * Returns { opens: [...], edits: [{ doc, kind, wall, parse, analyse, rules, convert, serialise, gcMs, gcMajor, cpu, parse: ..., incremental }] }.
 */
export async function replayInProcess(root, docs) {
  const m = await load(root);
  const engine = m.createRealEngine();
  const clock = { parse: 0, lint: 0, rules: 0 };
  const parse = engine.parse.bind(engine);
  const lintDocument = engine.lintDocument.bind(engine);
  engine.parse = (...args) => {
    const t = performance.now();
    try {
      return parse(...args);
    } finally {
      clock.parse += performance.now() - t;
    }
  };
  engine.lintDocument = (...args) => {
    const t = performance.now();
    try {
      return lintDocument(...args);
    } finally {
      clock.lint += performance.now() - t;
    }
  };
  const gc = [];
  const stopGc = observeGcHere((record) => gc.push(record));
  const linter = new m.TextLinter(engine);
  const opens = [];
  const rows = [];

  for (const doc of docs) {
    const loaded = await engine.loadConfigFor(doc.path);
    const config = m.mergeSettings(loaded.config, m.DEFAULT_SETTINGS);
    const rules = timedRules(loaded.rules ?? engine.builtinRules(), clock);
    const metas = m.ruleMetaMap(rules);
    const lintOnce = (text, version) => {
      clock.parse = clock.lint = clock.rules = 0;
      const cpu = process.cpuUsage();
      const from = nowEpoch();
      const t0 = performance.now();
      const linted = linter.lint({ uri: doc.uri, version, text, format: doc.format, config, rules, locale: config.locale });
      const t1 = performance.now();
      const diagnostics = m.toLspDiagnostics(linted.result.diagnostics, {
        uri: doc.uri,
        version,
        language: linted.result.language,
        locale: linted.locale ?? linted.result.language,
        rules: metas,
      });
      const t2 = performance.now();
      const json = JSON.stringify({ jsonrpc: "2.0", method: "textDocument/publishDiagnostics", params: { uri: doc.uri, version, diagnostics } });
      const t3 = performance.now();
      const used = process.cpuUsage(cpu);
      return {
        from,
        to: nowEpoch(),
        wall: t3 - t0,
        parse: clock.parse,
        analyse: clock.lint - clock.rules,
        rules: clock.rules,
        convert: t2 - t1,
        serialise: t3 - t2,
        bytes: json.length,
        diagnostics: diagnostics.length,
        cpu: (used.user + used.system) / 1000,
      };
    };

    opens.push({ doc: doc.uri, ...lintOnce(doc.text, 1) });
    let tree = doc.format === "markdown" && m.incremental ? m.incremental.parseFull(doc.text.replace(/^\uFEFF/, "")) : null;
    for (let e = 0; e < doc.edits.length; e++) {
      const edit = doc.edits[e];
      const row = { doc: doc.uri, kind: edit.kind, ...lintOnce(edit.text, e + 2) };
      if (tree) {
        const next = m.incremental.reparse(edit.text.replace(/^\uFEFF/, ""), tree);
        row.incremental = reused(next, tree);
        if (!row.incremental) row.fallback = fallbackReason(edit.text.replace(/^\uFEFF/, ""), tree, m.incremental);
        tree = next;
      } else {
        row.incremental = false;
        row.fallback = doc.format === "markdown" ? "no incremental parser in this build" : "plain text: always parsed in full";
      }
      rows.push(row);
      await nextTurn(); // lets the GC observer deliver
    }
    linter.forget(doc.uri);
  }
  await nextTurn();
  stopGc();
  for (const row of [...opens, ...rows]) {
    const pauses = gc.filter((g) => g.at >= row.from && g.at <= row.to);
    row.gcMs = pauses.reduce((sum, g) => sum + g.ms, 0);
    row.gcMajorMs = pauses.filter((g) => g.kind === "major").reduce((sum, g) => sum + g.ms, 0);
    row.gcCount = pauses.length;
  }
  return { opens, edits: rows };
}
