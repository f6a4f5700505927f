import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readDocx, reviewDocxFile } from "../../packages/docx/src/index.js";
import { tempDir } from "./libreoffice.js";
import { reviewedComments } from "./review-helpers.js";

const CORPUS = join(import.meta.dirname, "../../../shared/corpus/dev");

describe("reviewDocxFile: read, lint with the engine, write the review", () => {
  for (const file of ["elevhalsoplan-hemfjard.docx", "staff-equality-policy-westfold.docx", "ungdomspolitiskt-program-vittersjo.docx"]) {
    it(`${file}: one comment per real finding, on the flagged words, in the document's language`, async () => {
      const tmp = tempDir("mrlint-review-lint-");
      const dir = tmp.path;
      const input = join(dir, file);
      copyFileSync(join(CORPUS, file), input);
      const output = join(dir, `granskad-${file}`);
      const { result, document } = await reviewDocxFile(input, output, { date: "2026-11-21T12:00:00Z" });
      expect(result.diagnostics.length).toBeGreaterThan(0);
      const bytes = new Uint8Array(readFileSync(output));
      const { comments } = await reviewedComments(bytes);
      const ours = comments.filter((c) => c.author === "mrlint");
      expect(ours).toHaveLength(result.diagnostics.length + 1);
      expect(ours[0].text).toMatch(document.language === "sv" ? /^MR-granskning: \d+ av \d+ kriteri(er uppfyllda|um uppfyllt)\./ : /^MR review: \d+ of \d+ criteri(a|on) met\./);
      result.diagnostics.forEach((d, i) => {
        expect(ours[i + 1].text).toContain(d.message.split("\n")[0]);
        expect(ours[i + 1].text).toContain(d.ruleId);
        if (d.state === undefined) expect(ours[i + 1].anchored).toBe(d.text);
      });
      expect((await readDocx(bytes)).source).toBe(document.source);
      await expect(reviewDocxFile(input, input)).rejects.toMatchObject({ code: "review-overwrites-input" });
      tmp.cleanup();
    });
  }
});
