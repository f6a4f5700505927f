import { totals, type FileReport } from "../lint/file-report.js";
import type { FormatContext, FormatSpec, Formatter } from "./types.js";

/** The whole report as one string: what `FORMATTERS` and the tests use. */
export function batchFormatter<P>(spec: FormatSpec<P>): Formatter {
  return (reports: readonly FileReport[], context: FormatContext) => {
    const parts: string[] = [];
    const writer = spec.writer(context, (text) => parts.push(text));
    for (const report of reports) writer.add(spec.piece(report, context));
    writer.end(totals(reports));
    return parts.join("");
  };
}
