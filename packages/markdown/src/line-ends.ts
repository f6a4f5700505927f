/**
 * Finds line endings (LF, CR or CRLF, as CommonMark has them) from front to
 * back with the native string search, which is many times faster than a
 * character loop. The next LF and the next CR are remembered, so that a text
 * with only one kind of line ending is still searched once: linear time.
 */
export class LineEnds {
  private lf: number;
  private cr: number;

  constructor(private readonly text: string) {
    this.lf = text.indexOf("\n");
    this.cr = text.indexOf("\r");
  }

  /** Offset of the first line ending at or after `from`, or the length of the text (`from` never decreases). */
  next(from: number): number {
    const text = this.text;
    if (this.lf >= 0 && this.lf < from) this.lf = text.indexOf("\n", from);
    if (this.cr >= 0 && this.cr < from) this.cr = text.indexOf("\r", from);
    const lf = this.lf < 0 ? text.length : this.lf;
    const cr = this.cr < 0 ? text.length : this.cr;
    return lf < cr ? lf : cr;
  }
}
