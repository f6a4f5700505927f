import { lineJoin } from "./hyphenation.js";
import type { Seg } from "./segment.js";

/** A block's text and map before the map is copied into place: `map` may be longer than `mapLength`. */
export interface AssembledText {
  text: string;
  map: ArrayLike<number>;
  mapLength: number;
}

/**
 * Join the segments (lines) of one block into its text. Lines are joined with
 * a space that maps to the line break it stands for, except across a
 * hyphenated word, where the hyphen and the break are skipped and the map
 * jumps straight to the next line. Linear in the size of the block: a
 * paragraph can have many thousands of lines.
 */
export function assembleParts(segs: readonly Seg[]): AssembledText {
  // Most blocks are one line: its text and map as they are (the map already ends with the end offset).
  const only = soleSegment(segs);
  if (only) return { text: only.text, map: only.map, mapLength: only.map.length };
  const parts: string[] = [];
  let length = 0;
  for (const seg of segs) length += seg.text.length + 1;
  const map = new Int32Array(length + 1);
  let n = 0;
  let end = 0;
  let joinAt = 0;
  for (const seg of segs) {
    if (seg.text.length === 0) continue;
    if (parts.length > 0) {
      // Only the end of the text so far matters for the join; the last part is that end.
      const last = parts[parts.length - 1];
      const join = lineJoin(last.length > 64 ? last.slice(-64) : last, seg.text);
      if (join === "space") {
        parts.push(" ");
        map[n++] = joinAt;
      } else if (join === "drop-hyphen") {
        parts[parts.length - 1] = last.slice(0, -1);
        n--;
      }
    }
    parts.push(seg.text);
    for (let i = 0; i < seg.text.length; i++) map[n++] = seg.map[i];
    end = seg.map[seg.text.length];
    joinAt = seg.breakAt ?? end;
  }
  map[n] = end;
  return { text: parts.join(""), map, mapLength: n + 1 };
}

/** The text assembleParts gives, without building the map. */
export function assembleText(segs: readonly Seg[]): string {
  const only = soleSegment(segs);
  return only ? only.text : assembleParts(segs).text;
}

/** The one segment with text, when there is exactly one (empty segments join nothing). */
function soleSegment(segs: readonly Seg[]): Seg | null {
  let only: Seg | null = null;
  for (const seg of segs) {
    if (seg.text.length === 0) continue;
    if (only) return null;
    only = seg;
  }
  return only;
}
