/**
 * Results arrive in whatever order the threads finish them; reports are
 * written in path order. Each result waits here only until every result
 * before it has arrived, then it is handed on and forgotten.
 */
export class InOrder<T> {
  private readonly waiting = new Map<number, T>();
  private next = 0;

  constructor(
    readonly count: number,
    private readonly emit: (item: T, index: number) => void,
  ) {}

  put(index: number, item: T): void {
    if (index < this.next || this.waiting.has(index)) throw new Error(`result ${index} arrived twice`);
    this.waiting.set(index, item);
    while (this.waiting.has(this.next)) {
      const ready = this.waiting.get(this.next) as T;
      this.waiting.delete(this.next);
      this.emit(ready, this.next++);
    }
  }

  /** Every result has arrived and been handed on. */
  get done(): boolean {
    return this.next === this.count;
  }

  /** Results held back because an earlier one is still missing. */
  get held(): number {
    return this.waiting.size;
  }
}
