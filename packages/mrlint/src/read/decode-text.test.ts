import { MrlintInputError } from "@mrlint/core";
import { describe, expect, it } from "vitest";
import { decodeText, encodeText } from "./decode-text.js";

const utf16 = (text: string, bigEndian: boolean) => encodeText(text, bigEndian ? "utf-16be" : "utf-16le");

function failure(run: () => unknown): MrlintInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof MrlintInputError) return error;
    throw error;
  }
  throw new Error("expected an MrlintInputError");
}

describe("decodeText", () => {
  it("reads UTF-8 and strips a BOM, remembering it", () => {
    expect(decodeText(new TextEncoder().encode("Hej världen"), "a.md")).toEqual({ text: "Hej världen", encoding: "utf-8" });
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("# Plan\r\n")]);
    expect(decodeText(withBom, "a.md")).toEqual({ text: "# Plan\r\n", encoding: "utf-8-bom" });
  });

  it("decodes UTF-16 LE and BE with a BOM", () => {
    expect(decodeText(utf16("Åtgärder för barn", false), "a.txt")).toEqual({ text: "Åtgärder för barn", encoding: "utf-16le" });
    expect(decodeText(utf16("Åtgärder 𝄞", true), "a.txt")).toEqual({ text: "Åtgärder 𝄞", encoding: "utf-16be" });
  });

  it("round-trips every encoding through encodeText", () => {
    for (const encoding of ["utf-8", "utf-8-bom", "utf-16le", "utf-16be"] as const) {
      const text = "Rad 1\r\nRad två: 𝄞 ö\n";
      expect(decodeText(encodeText(text, encoding), "x.md")).toEqual({ text, encoding });
    }
  });

  it("calls a file with NUL bytes not a text file, naming it", () => {
    const error = failure(() => decodeText(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49, 0x48]), "docs/bild.md"));
    expect(error.code).toBe("not-text");
    expect(error.message).toBe(
      "docs/bild.md: not a text file (it contains NUL bytes); mrlint reads Markdown, plain text (UTF-8) and Word .docx",
    );
  });

  it("recognises UTF-16 that lost its BOM", () => {
    const body = utf16("Policy för delaktighet och inflytande", false).subarray(2);
    const error = failure(() => decodeText(body, "a.txt", "sv"));
    expect(error.code).toBe("not-text");
    expect(error.message).toContain("UTF-16 utan byteordningsmärke");
  });

  it("names the byte and line of invalid UTF-8, in both languages", () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("# Plan\nRad "), 0xe4, 0x0a]);
    const en = failure(() => decodeText(bytes, "plan.md"));
    expect(en.code).toBe("invalid-utf8");
    expect(en.message).toBe("plan.md: invalid UTF-8 at byte 11 (line 2); save the file as UTF-8");
    const sv = failure(() => decodeText(bytes, "plan.md", "sv"));
    expect(sv.message).toBe("plan.md: ogiltig UTF-8 vid byte 11 (rad 2); spara filen som UTF-8");
  });

  it("counts the BOM in the byte offset", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, 0x61, 0xff]);
    expect(failure(() => decodeText(bytes, "a.md")).message).toContain("at byte 4 (line 1)");
  });

  it("rejects UTF-16 with an odd number of bytes or unpaired surrogates", () => {
    expect(failure(() => decodeText(new Uint8Array([0xff, 0xfe, 0x41, 0x00, 0x42]), "a.txt")).code).toBe("invalid-utf16");
    expect(failure(() => decodeText(new Uint8Array([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]), "a.txt")).message).toBe(
      "a.txt: invalid UTF-16 at byte 2",
    );
  });
});
