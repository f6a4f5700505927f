/** One pending timer per key: a new call for the same key replaces the waiting one. */
export class Debouncer {
  private timers = new Map<string, NodeJS.Timeout>();

  schedule(key: string, delayMs: number, run: () => void): void {
    this.cancel(key);
    const timer = setTimeout(() => {
      this.timers.delete(key);
      run();
    }, delayMs);
    this.timers.set(key, timer);
  }

  cancel(key: string): boolean {
    const timer = this.timers.get(key);
    if (!timer) return false;
    clearTimeout(timer);
    this.timers.delete(key);
    return true;
  }

  pending(key: string): boolean {
    return this.timers.has(key);
  }

  /** How many keys have a run waiting. */
  get size(): number {
    return this.timers.size;
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
  }
}
