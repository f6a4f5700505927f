// How each linter is invoked on a folder of Markdown files, and how its findings are counted from
// its output (only to show that every tool really did its work; findings are not compared).
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { join, resolve } from "node:path";
import { PEER_TOOLS, textlintConfigPath } from "../peers.mjs";

/** The CLI under test; BENCH_MRLINT_BIN points at another build (e.g. a checkout before a change). */
export const mrlintBin = (root) => (process.env.BENCH_MRLINT_BIN ? resolve(process.env.BENCH_MRLINT_BIN) : join(root, "packages/cli/dist/bin.js"));

function countLines(text, pattern) {
  let n = 0;
  for (const line of text.split("\n")) if (pattern.test(line)) n++;
  return n;
}

function readIfExists(path) {
  return path && existsSync(path) ? readFileSync(path, "utf8") : "";
}

/** Counts ESLint-style JSON results: an array of { messages: [] }. */
function countJsonMessages(text) {
  try {
    const data = JSON.parse(text);
    const files = Array.isArray(data) ? data : (data.results ?? []);
    return files.reduce((n, f) => n + (Array.isArray(f.messages) ? f.messages.length : 0), 0);
  } catch {
    return null;
  }
}

function countJsonFiles(text) {
  try {
    const data = JSON.parse(text);
    const files = Array.isArray(data) ? data : (data.results ?? []);
    return files.length;
  } catch {
    return null;
  }
}

/**
 * @param {{root:string, peerBins:Record<string,string|null>, mrlintExtraArgs:string[]}} context
 * @returns {Array<{id:string, label:string, available:boolean, why?:string, command:(cwd:string, outDir:string)=>{command:string,args:string[]}, findings:(outDir:string)=>number|null, okExit:(code:number)=>boolean}>}
 */
export function benchTools({ root, peerBins, mrlintExtraArgs, mrlintAvailable }) {
  const node = process.execPath;
  const tools = [
    {
      id: "mrlint",
      label: "mrlint (CLI, MR pack, JSON)",
      available: mrlintAvailable,
      why: mrlintAvailable ? undefined : "CLI not built",
      command: (_cwd, outDir) => ({
        command: node,
        args: [mrlintBin(root), "--format", "json", "--output-file", join(outDir, "mrlint.json"), ...mrlintExtraArgs, "."],
      }),
      findings: (outDir) => countJsonMessages(readIfExists(join(outDir, "mrlint.json"))),
      // A linter that silently skipped files would look fast: count the files it reported on.
      filesReported: (outDir) => countJsonFiles(readIfExists(join(outDir, "mrlint.json"))),
      okExit: (code) => code === 0 || code === 1,
    },
  ];
  const peerArgs = {
    alex: () => ["*.md"],
    textlint: () => ["--config", textlintConfigPath, "--no-color", "*.md"],
    "markdownlint-cli2": () => ["*.md"],
  };
  // alex and markdownlint-cli2 report on stderr, textlint on stdout.
  const peerFindings = {
    alex: (outDir) => countLines(readIfExists(join(outDir, "alex.stderr")), /^\s+\d+:\d+(-\d+:\d+)?\s+warning\s/),
    textlint: (outDir) => countLines(readIfExists(join(outDir, "textlint.stdout")), /^\s+\d+:\d+\s+(error|warning)\s/),
    "markdownlint-cli2": (outDir) => countLines(readIfExists(join(outDir, "markdownlint-cli2.stderr")), / MD\d{3}\//),
  };
  for (const peer of PEER_TOOLS) {
    const bin = peerBins[peer.id] ?? null;
    tools.push({
      id: peer.id,
      label: peer.label,
      available: Boolean(bin),
      why: bin ? undefined : "not installed",
      // Run the tool's JS entry with this Node directly, as for mrlint, so no shell shim is timed.
      command: () => ({ command: node, args: [realpathSync(bin), ...peerArgs[peer.id]()] }),
      findings: peerFindings[peer.id],
      okExit: (code) => code === 0 || code === 1,
    });
  }
  return tools;
}
