import { describe, expect, it } from "vitest";
import { createProgress } from "./progress.js";

function stream() {
  const writes: string[] = [];
  return { writes, write: (s: string) => writes.push(s), columns: 60 };
}

describe("createProgress", () => {
  it("draws a bar that ends at total and is cleared when done", () => {
    const s = stream();
    const progress = createProgress(3, s, true);
    progress.tick();
    progress.tick();
    progress.tick();
    progress.done();
    expect(s.writes[0]).toBe(`\r[${" ".repeat(30)}] 0/3`);
    expect(s.writes).toContain(`\r[${"=".repeat(30)}] 3/3`);
    expect(s.writes.at(-1)).toBe("\r\u001b[2K");
  });

  it("writes nothing when disabled (not a terminal, or CI) or for a single file", () => {
    const off = stream();
    const p = createProgress(10, off, false);
    p.tick();
    p.done();
    const one = stream();
    createProgress(1, one, true).done();
    expect([...off.writes, ...one.writes]).toEqual([]);
  });
});
