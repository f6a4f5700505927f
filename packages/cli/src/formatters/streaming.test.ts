import { describe, expect, it } from "vitest";
import { totals, type FileReport } from "../lint/file-report.js";
import { FORMATTERS, FORMAT_NAMES } from "./index.js";
import { loadFormat } from "./load-format.js";
import { CWD, context, message, sampleReports } from "./sample.test-support.js";
import type { FormatContext } from "./types.js";

/** The run's way: each piece made on its own (and cloned, as a worker's message is), then written in order. */
async function streamed(name: (typeof FORMAT_NAMES)[number], reports: readonly FileReport[], ctx: FormatContext): Promise<string[]> {
  const spec = await loadFormat(name);
  const chunks: string[] = [];
  const writer = spec.writer(ctx, (text) => chunks.push(text));
  for (const report of reports) writer.add(structuredClone(spec.piece(structuredClone(report), structuredClone(ctx))));
  writer.end(totals(reports));
  return chunks;
}

/** Eight files (more than the Markdown format shows unfolded), one of them unreadable, two clean. */
function manyReports(): FileReport[] {
  const [plan, clean, broken] = sampleReports();
  const out: FileReport[] = [];
  for (let i = 0; i < 8; i++) {
    const base = i === 3 ? broken : i % 3 === 1 ? clean : plan;
    out.push({ ...structuredClone(base), filePath: `${CWD}/docs/${String(i).padStart(2, "0")}-${base.filePath.split("/").pop()}` });
  }
  out[5].messages.push(message("mr/readability", "error", "Mycket svårläst | stycke", [20, 0, 400, 10]));
  return out;
}

describe("formats written piece by piece", () => {
  const cases: Array<[string, FileReport[]]> = [
    ["the sample", sampleReports()],
    ["many files", manyReports()],
    ["no files", []],
    ["clean files only", [sampleReports()[1]]],
    ["an unreadable file only", [sampleReports()[2]]],
  ];
  for (const name of FORMAT_NAMES) {
    for (const [label, reports] of cases) {
      it(`${name}: ${label} gives the same bytes as the whole report at once`, async () => {
        for (const ctx of [context(), context({ locale: "sv", color: true, maxWarnings: 1 })]) {
          const chunks = await streamed(name, reports, ctx);
          expect(chunks.join("")).toBe(FORMATTERS[name](reports, ctx));
        }
      });
    }
  }

  it("json and stylish write each file as soon as it is added, not only at the end", async () => {
    const reports = manyReports();
    for (const name of ["json", "stylish", "github", "gitlab"] as const) {
      const spec = await loadFormat(name);
      const chunks: string[] = [];
      const writer = spec.writer(context(), (text) => chunks.push(text));
      writer.add(spec.piece(reports[0], context()));
      expect(chunks.join("")).toContain("plan.md");
    }
  });
});
