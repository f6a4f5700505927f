/**
 * The report as it is written: pieces in path order (InOrder holds a piece
 * only until every file before it has arrived), counts kept for the
 * summary and the exit code, and the diffs of --fix-dry-run beside it.
 */
import type { FormatContext, FormatSpec, PieceWriter } from "../formatters/types.js";
import { addTotals, emptyTotals, type Totals } from "./file-report.js";
import { InOrder } from "./in-order.js";
import type { FileOutcome } from "./outcome.js";
import type { OutputTarget } from "./output-target.js";

export class ReportStream {
  readonly totals: Totals = emptyTotals();
  private readonly writer: PieceWriter<unknown>;
  private readonly order: InOrder<FileOutcome>;

  constructor(
    spec: FormatSpec,
    context: FormatContext,
    /** Files in the report (linted, cached and not found). */
    count: number,
    private readonly out: OutputTarget,
    private readonly diffs: OutputTarget,
  ) {
    this.writer = spec.writer(context, (text) => out.write(text));
    this.order = new InOrder<FileOutcome>(count, (outcome) => {
      this.writer.add(outcome.piece);
      addTotals(this.totals, outcome.totals);
      if (outcome.diff !== undefined) diffs.write(outcome.diff);
    });
  }

  /** The outcome of the file at `slot` (its place in path order). */
  put(slot: number, outcome: FileOutcome): void {
    this.order.put(slot, outcome);
  }

  /** Writes the end of the report; returns the error of a failed write, if any. */
  end(): Error | undefined {
    this.writer.end(this.totals);
    this.diffs.close();
    return this.out.close();
  }
}

/**
 * The place of every linted file and every discovery error in the report:
 * both lists are sorted by path, and the report is their merge (files first
 * on equal paths, as a stable sort of the two lists gives).
 */
export function reportSlots(files: readonly string[], errors: readonly string[]): { count: number; ofFile: number[]; ofError: number[] } {
  const ofFile: number[] = [];
  const ofError: number[] = [];
  let i = 0;
  let j = 0;
  while (i < files.length || j < errors.length) {
    const slot = i + j;
    if (j >= errors.length || (i < files.length && !(errors[j] < files[i]))) ofFile[i++] = slot;
    else ofError[j++] = slot;
  }
  return { count: files.length + errors.length, ofFile, ofError };
}
