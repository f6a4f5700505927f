/** 0-based line and UTF-16 column, plus the absolute source offset. */
export interface Position {
  line: number;
  column: number;
  offset: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Sorted offsets at which each source line starts. */
export function lineStarts(source: string): number[] {
  const starts = [0];
  if (source.indexOf("\r") < 0) {
    // Only "\n" breaks lines: let indexOf find them (most sources).
    for (let i = source.indexOf("\n"); i >= 0; i = source.indexOf("\n", i + 1)) starts.push(i + 1);
    return starts;
  }
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (source.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

let lastSource: string | null = null;
let lastStarts: readonly number[] = [];

/**
 * `lineStarts`, shared with the last caller that asked for the same source
 * (the engine and the analysis both map offsets of one document). Read-only.
 */
export function sharedLineStarts(source: string): readonly number[] {
  if (source !== lastSource) {
    lastStarts = lineStarts(source);
    lastSource = source;
  }
  return lastStarts;
}

export function positionAt(starts: readonly number[], offset: number): Position {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, column: offset - starts[lo], offset };
}

export function rangeAt(starts: readonly number[], start: number, end: number): Range {
  return { start: positionAt(starts, start), end: positionAt(starts, end) };
}
