import { describe, expect, it } from "vitest";
import type { CommentMark } from "../body/types.js";
import type { WordComment } from "./read-comments.js";
import { suppressionsFromComments } from "./suppressions.js";

const comment = (id: string, text: string): WordComment => ({ id, author: "A", initials: "A", paragraphs: text.split("\n"), paraIds: [], start: 0, end: 0 });
const mark = (id: string, kind: CommentMark["kind"], paragraph: number, offset: number): CommentMark => ({ id, kind, paragraph, offset, rawStart: 0, rawEnd: 0 });
// Three paragraphs of 10, 0 and 20 characters: source offsets 0, 11, 12.
const paragraphs = [
  { start: 0, length: 10 },
  { start: 11, length: 0 },
  { start: 12, length: 20 },
];

describe("suppressionsFromComments", () => {
  it("turns 'mrlint-disable rule …' into a suppression over the commented range", () => {
    const s = suppressionsFromComments(
      [comment("1", "mrlint-disable mr/hidden-actor, mr/vague-commitment -- citat ur lagen"), comment("2", "Bra formulering!")],
      [mark("1", "start", 0, 2), mark("1", "end", 2, 5), mark("1", "reference", 2, 5), mark("2", "start", 0, 0), mark("2", "end", 0, 4)],
      paragraphs,
    );
    expect(s).toEqual([{ rules: ["mr/hidden-actor", "mr/vague-commitment"], start: 2, end: 17 }]);
  });

  it("disables all rules when no rule id follows, and covers the paragraph when the comment has no range", () => {
    const s = suppressionsFromComments([comment("7", "  mrlint-disable\nfor hela stycket")], [mark("7", "reference", 2, 4)], paragraphs);
    expect(s).toEqual([{ rules: [], start: 12, end: 32 }]);
  });

  it("supports -line (whole paragraphs) and -next-line (the paragraph after)", () => {
    const marks = [mark("1", "start", 0, 3), mark("1", "end", 0, 6), mark("2", "start", 1, 0), mark("2", "end", 1, 0)];
    const s = suppressionsFromComments([comment("1", "mrlint-disable-line mr/readability"), comment("2", "mrlint-disable-next-line")], marks, paragraphs);
    expect(s).toEqual([
      { rules: ["mr/readability"], start: 0, end: 10 },
      { rules: [], start: 12, end: 32 },
    ]);
  });

  it("ignores look-alikes and comments without anchors", () => {
    const s = suppressionsFromComments([comment("1", "mrlint-disabled?"), comment("2", "Se mrlint-disable"), comment("3", "mrlint-disable")], [mark("1", "start", 0, 0), mark("2", "start", 0, 0)], paragraphs);
    expect(s).toEqual([]);
  });
});
