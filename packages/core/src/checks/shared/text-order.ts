/**
 * The first few mentions in text order, one per place and element: what a
 * document rule reports as evidence. A rule may hold thousands of mentions
 * and reports eight, so they are picked in one pass instead of copying and
 * sorting the whole list.
 */

/** Where a mention stands: block and block-text offsets. */
export interface Place {
  block: number;
  start: number;
  end: number;
}

function compare(a: Place, b: Place): number {
  return a.block - b.block || a.start - b.start || a.end - b.end;
}

/**
 * The first `max` items in text order (by block, start, end; items at the
 * same place keep their list order), skipping an item whose place and
 * element an earlier one already has. The same as a stable sort of the list
 * followed by that de-duplication, cut at `max`.
 */
export function firstInTextOrder<T extends { match: Place; element: string }>(items: readonly T[], max: number): T[] {
  const top: T[] = [];
  if (max < 1) return top;
  for (const item of items) {
    const m = item.match;
    // After every kept item at the same place or before it (a later item at the same place comes later).
    let at = top.length;
    while (at > 0 && compare(top[at - 1].match, m) > 0) at--;
    // Once past `max`, an item never moves up again: items only ever go in before it.
    if (at >= max) continue;
    // Kept items at the same place stand right before `at`: one with the same element came first.
    let duplicate = false;
    for (let k = at - 1; k >= 0 && compare(top[k].match, m) === 0; k--) {
      if (top[k].element === item.element) {
        duplicate = true;
        break;
      }
    }
    if (duplicate) continue;
    top.splice(at, 0, item);
    if (top.length > max) top.pop();
  }
  return top;
}
