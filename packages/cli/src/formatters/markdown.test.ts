import { describe, expect, it } from "vitest";
import { markdown } from "./markdown.js";
import { context, sampleReports } from "./sample.test-support.js";

describe("markdown", () => {
  it("summarises every file and tabulates the document rules' states", () => {
    const out = markdown(sampleReports(), context());
    expect(out).toContain("## mrlint: human-rights review\n\n4 problems (0 errors, 2 warnings, 1 info, 1 hint) in 3 files\n\n❌ 1 file could not be linted\n");
    expect(out).toContain("| File | Criteria met | Problems |\n|---|---|---|\n| `docs/plan.md` | 6/8 | 4 |\n| `docs/ren.md` | 9/9 | 0 |\n| `docs/trasig.docx` | ❌ could not be linted | — |");
    expect(out).toContain("### `docs/plan.md`\n\n| Criterion | Rule | State |\n|---|---|---|\n| knowledge | `mr/knowledge` | ✅ satisfied |");
    expect(out).toContain("| Involvement | `mr/involvement` | ❌ missing |");
    expect(out).toContain("| dilemmas | `mr/dilemmas` | ◐ partial |");
    expect(out).toContain("| contracts | `mr/contracts` | — not applicable |");
    expect(out).toContain("Findings in the text: `mr/inclusive-language` 1 · `mr/readability` 1 · `mr/vague-commitment` 1");
    expect(out).toContain("### `docs/trasig.docx`\n\n❌ docs/trasig.docx: not a Word document (not a zip file)");
  });

  it("folds details when there are many files, and speaks Swedish", () => {
    const [plan] = sampleReports();
    const many = Array.from({ length: 6 }, (_, i) => ({ ...plan, filePath: `/repo/docs/p${i}.md` }));
    const out = markdown(many, context({ locale: "sv" }));
    expect(out).toContain("<details><summary><code>docs/p0.md</code></summary>");
    expect(out).toContain("| Kriterium | Regel | Status |");
    expect(out).toContain("| Involvering | `mr/involvement` | ❌ saknas |");
    expect(out).toContain("Fynd i texten:");
  });

  it("escapes pipes in table cells", () => {
    const [plan] = sampleReports();
    const out = markdown([{ ...plan, filePath: "/repo/a|b.md" }], context());
    expect(out).toContain("| `a\\|b.md` | 6/8 | 4 |");
  });
});
