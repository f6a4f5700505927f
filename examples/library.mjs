// Runnable library example (README "For developers"): node examples/library.mjs
import { lint, lintFile } from "mrlint";

// 1. A string, in memory (browser-safe: lint() needs no file system).
const draft = [
  "# Plan för fritidsgårdar",
  "",
  "Fritidsgårdarna ska i möjligaste mån hålla öppet på helger.",
  "Ungdomsrådet och elevråden har lämnat synpunkter i två workshoppar.",
].join("\n");

const result = lint(draft, { format: "markdown", locale: "sv" });
for (const d of result.diagnostics) {
  console.log(`${d.range.start.line + 1}:${d.range.start.column + 1} ${d.ruleId} ${d.message}`);
}
console.log(`MR-täckning: ${result.coverage.satisfied} av ${result.coverage.applicable} kriterier uppfyllda`);

// 2. A file on disk (Markdown, text or Word .docx), with config-file lookup.
const file = await lintFile(new URL("./riktlinje-hemtjanst-exempel.md", import.meta.url).pathname);
if (file.error) console.error(file.error.message);
else console.log(`${file.filePath}: ${file.result.diagnostics.length} findings`);
