import { describe, expect, it } from "vitest";
import { normaliseHeading } from "./skeleton.js";

describe("normaliseHeading", () => {
  it("drops numbering and trailing colons, dots and spaces", () => {
    expect(normaliseHeading("5.2 Uppföljning:")).toBe("uppföljning");
    expect(normaliseHeading("§ 4 Follow-up . . .")).toBe("follow-up");
  });

  it("stays linear on a long run of dots followed by text", () => {
    const started = performance.now();
    expect(normaliseHeading(`Uppföljning${". ".repeat(40_000)}x`).endsWith("x")).toBe(true);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
