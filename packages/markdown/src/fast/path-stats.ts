/**
 * How often each parser path ran in this process: the fast scanner, or
 * micromark after the scanner gave up (by reason). For benchmarks and the
 * tests that check fallback stays rare; nothing depends on it.
 */
import type { GiveUpReason } from "./give-up.js";

export interface ParsePathStats {
  fast: number;
  fallback: number;
  reasons: Partial<Record<GiveUpReason, number>>;
}

let stats: ParsePathStats = { fast: 0, fallback: 0, reasons: {} };

export function recordFast(): void {
  stats.fast++;
}

export function recordFallback(reason: GiveUpReason): void {
  stats.fallback++;
  stats.reasons[reason] = (stats.reasons[reason] ?? 0) + 1;
}

/** The counts so far; `reset` starts counting afresh. */
export function parsePathStats(reset = false): ParsePathStats {
  const out = { fast: stats.fast, fallback: stats.fallback, reasons: { ...stats.reasons } };
  if (reset) stats = { fast: 0, fallback: 0, reasons: {} };
  return out;
}
