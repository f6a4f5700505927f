import { lineJoin } from "./hyphenation.js";
import type { Seg } from "./segment.js";

export interface BlockText {
  text: string;
  map: Int32Array;
}

/**
 * Join the segments (lines) of one block into its text. Lines are joined with
 * a space that maps to the end of the earlier line (the line break it stands
 * for), except across a hyphenated word, where the hyphen and the break are
 * skipped and the map jumps straight to the next line.
 */
export function assembleSegs(segs: readonly Seg[]): BlockText {
  let text = "";
  const map: number[] = [];
  let end = 0;
  let joinAt = 0;
  for (const seg of segs) {
    if (seg.text.length === 0) continue;
    if (text.length > 0) {
      const join = lineJoin(text, seg.text);
      if (join === "space") {
        text += " ";
        map.push(joinAt);
      } else if (join === "drop-hyphen") {
        text = text.slice(0, -1);
        map.pop();
      }
    }
    text += seg.text;
    for (let i = 0; i < seg.text.length; i++) map.push(seg.map[i]);
    end = seg.map[seg.text.length];
    joinAt = seg.breakAt ?? end;
  }
  map.push(end);
  return { text, map: Int32Array.from(map) };
}
