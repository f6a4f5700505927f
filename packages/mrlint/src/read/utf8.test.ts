import { describe, expect, it } from "vitest";
import { firstInvalidUtf8 } from "./utf8.js";

const bytes = (...b: number[]) => new Uint8Array(b);

describe("firstInvalidUtf8", () => {
  it("accepts well-formed text in every sequence length", () => {
    expect(firstInvalidUtf8(new TextEncoder().encode("Åtgärd för ökad delaktighet € 𝄞"))).toBe(-1);
    expect(firstInvalidUtf8(bytes())).toBe(-1);
  });

  it("points at a lone continuation byte", () => {
    expect(firstInvalidUtf8(bytes(0x61, 0x62, 0x80, 0x63))).toBe(2);
  });

  it("points at a Latin-1 byte such as ä (0xE4) followed by ASCII", () => {
    expect(firstInvalidUtf8(bytes(0x6e, 0xe4, 0x72))).toBe(1);
  });

  it("rejects overlong forms, surrogates and code points above U+10FFFF", () => {
    expect(firstInvalidUtf8(bytes(0xc0, 0xaf))).toBe(0);
    expect(firstInvalidUtf8(bytes(0xe0, 0x80, 0xaf))).toBe(0);
    expect(firstInvalidUtf8(bytes(0x41, 0xed, 0xa0, 0x80))).toBe(1);
    expect(firstInvalidUtf8(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0);
    expect(firstInvalidUtf8(bytes(0xf5, 0x80, 0x80, 0x80))).toBe(0);
  });

  it("rejects a sequence cut off by the end of the file", () => {
    expect(firstInvalidUtf8(bytes(0x61, 0xe2, 0x82))).toBe(1);
  });
});
