import { describe, expect, it } from "vitest";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { CodeAction, Diagnostic, TextEdit } from "vscode-languageserver";
import { buildCodeActions, FIX_ALL_KIND, freshDiagnostics } from "./code-actions.js";
import type { MrlintDiagnosticData } from "./convert.js";
import { rulesById } from "./test-support/rules.js";
import { simpleDocument } from "./test-support/simple-document.js";

const uri = "file:///tmp/policy.md";

function apply(text: string, edits: TextEdit[]): string {
  return TextDocument.applyEdits(TextDocument.create(uri, "markdown", 1, text), edits);
}

function editsOf(action: CodeAction): TextEdit[] {
  return action.edit?.changes?.[uri] ?? [];
}

function termDiagnostic(line: number, start: number, end: number, replacements: Array<[string, boolean]>): Diagnostic {
  const data: MrlintDiagnosticData = {
    ruleId: "mr/inclusive-language",
    ruleType: "span",
    language: "sv",
    fixes: replacements.map(([text, safe]) => ({
      title: text,
      safe,
      edits: [{ range: { start: { line, character: start }, end: { line, character: end } }, newText: text }],
    })),
  };
  return {
    range: { start: { line, character: start }, end: { line, character: end } },
    message: "term",
    source: "mrlint",
    code: data.ruleId,
    data,
  };
}

function followUpDiagnostic(line: number, state: "missing" | "partial"): Diagnostic {
  const data: MrlintDiagnosticData = { ruleId: "mr/follow-up", ruleType: "document", language: "sv", fixes: [], state };
  return {
    range: { start: { line, character: 0 }, end: { line, character: 5 } },
    message: "missing",
    source: "mrlint",
    code: data.ruleId,
    data,
  };
}

const base = { uri, rules: rulesById, locale: "sv" as const };

describe("replacement actions", () => {
  const text = "# Plan\n\nStöd till äldre och åldringar.\n";
  const diagnostic = termDiagnostic(2, 20, 29, [
    ["äldre personer", false],
    ["äldre", true],
  ]);

  it("offers one action per replacement and prefers the first safe one", () => {
    const actions = buildCodeActions({ ...base, text, contextDiagnostics: [diagnostic], allDiagnostics: [diagnostic] });
    const replacements = actions.filter((a) => a.title.startsWith("Ersätt"));
    expect(replacements.map((a) => [a.title, a.isPreferred])).toEqual([
      ["Ersätt med ”äldre personer”", false],
      ["Ersätt med ”äldre”", true],
    ]);
    expect(apply(text, editsOf(replacements[1]))).toBe("# Plan\n\nStöd till äldre och äldre.\n");
  });

  it("offers disable for the line and for the file, not fix-all for a single fix", () => {
    const actions = buildCodeActions({ ...base, text, contextDiagnostics: [diagnostic], allDiagnostics: [diagnostic] });
    const line = actions.find((a) => a.title.includes("raden"))!;
    expect(apply(text, editsOf(line))).toBe(
      "# Plan\n\n<!-- mrlint-disable-next-line mr/inclusive-language -->\nStöd till äldre och åldringar.\n",
    );
    const file = actions.find((a) => a.title.includes("hela filen"))!;
    expect(apply(text, editsOf(file))).toBe(`<!-- mrlint-disable mr/inclusive-language -->\n${text}`);
    expect(actions.some((a) => a.kind === FIX_ALL_KIND)).toBe(false);
  });

  it("ignores diagnostics from other sources", () => {
    const foreign = { ...diagnostic, source: "cspell" };
    expect(buildCodeActions({ ...base, text, contextDiagnostics: [foreign], allDiagnostics: [] })).toEqual([]);
  });
});

describe("fix all", () => {
  const text = "Åldringar och handikappade.\nFler åldringar.\n";
  const diagnostics = [
    termDiagnostic(0, 0, 9, [["Äldre", true]]),
    termDiagnostic(0, 14, 26, [["personer med funktionsnedsättning", true]]),
    termDiagnostic(1, 5, 14, [["äldre personer", false]]),
    termDiagnostic(1, 5, 14, [["äldre", true]]),
  ];

  it("applies the first safe fix of every diagnostic, skipping overlaps", () => {
    const actions = buildCodeActions({ ...base, text, contextDiagnostics: [], allDiagnostics: diagnostics, only: [FIX_ALL_KIND] });
    expect(actions).toHaveLength(1);
    expect(actions[0].kind).toBe("source.fixAll.mrlint");
    expect(apply(text, editsOf(actions[0]))).toBe("Äldre och personer med funktionsnedsättning.\nFler äldre.\n");
  });

  it("is answered for only=['source'] and not for only=['quickfix']", () => {
    expect(buildCodeActions({ ...base, text, contextDiagnostics: [], allDiagnostics: diagnostics, only: ["source"] })).toHaveLength(1);
    expect(buildCodeActions({ ...base, text, contextDiagnostics: [], allDiagnostics: diagnostics, only: ["quickfix"] })).toHaveLength(0);
  });
});

describe("section template actions", () => {
  it("appends the whole section at the end when the document has none", () => {
    const text = "# Plan för äldreomsorg\n\n## Syfte\n\nText om syftet.\n";
    const diagnostic = followUpDiagnostic(0, "missing");
    const actions = buildCodeActions({
      ...base,
      text,
      document: simpleDocument(text),
      contextDiagnostics: [diagnostic],
      allDiagnostics: [diagnostic],
    });
    const insert = actions.find((a) => a.title.startsWith("Infoga avsnittet"))!;
    expect(insert.title).toBe("Infoga avsnittet ”Uppföljning” (mall)");
    expect(apply(text, editsOf(insert))).toBe(`${text}\n## Uppföljning\n\n- Vad som mäts: …\n- När: …\n`);
    // A document rule is switched off for the file only.
    expect(actions.some((a) => a.title.includes("raden"))).toBe(false);
    expect(actions.some((a) => a.title.includes("hela filen"))).toBe(true);
  });

  it("matches the heading level of the document's sections and adds a blank line when the text ends without one", () => {
    const text = "# Plan\n### Syfte\nText.";
    const diagnostic = followUpDiagnostic(0, "missing");
    const actions = buildCodeActions({ ...base, text, document: simpleDocument(text), contextDiagnostics: [diagnostic], allDiagnostics: [] });
    const insert = actions.find((a) => a.title.startsWith("Infoga"))!;
    expect(apply(text, editsOf(insert))).toBe("# Plan\n### Syfte\nText.\n\n### Uppföljning\n\n- Vad som mäts: …\n- När: …\n");
  });

  it("puts only the placeholders under an existing heading, before its sub-sections", () => {
    const text = "# Plan\n\n## 5. Uppföljning\n\nPlanen följs upp vid behov.\n\n### Bilaga\n\nX.\n";
    const diagnostic = followUpDiagnostic(2, "partial");
    const actions = buildCodeActions({ ...base, text, document: simpleDocument(text), contextDiagnostics: [diagnostic], allDiagnostics: [] });
    const insert = actions.find((a) => a.title.startsWith("Infoga mall"))!;
    expect(insert.title).toBe("Infoga mall under ”Uppföljning”");
    expect(apply(text, editsOf(insert))).toBe(
      "# Plan\n\n## 5. Uppföljning\n\nPlanen följs upp vid behov.\n\n- Vad som mäts: …\n- När: …\n\n### Bilaga\n\nX.\n",
    );
  });

  it("finds the section by its name when the diagnostic sits on the title", () => {
    const text = "# Plan\n\n## Uppföljning\n\n## Övrigt\n";
    const diagnostic = followUpDiagnostic(0, "missing");
    const actions = buildCodeActions({ ...base, text, document: simpleDocument(text), contextDiagnostics: [diagnostic], allDiagnostics: [] });
    const insert = actions.find((a) => a.title.startsWith("Infoga"))!;
    expect(apply(text, editsOf(insert))).toBe("# Plan\n\n## Uppföljning\n\n- Vad som mäts: …\n- När: …\n\n## Övrigt\n");
  });

  it("uses the document's language for the template and the user's locale for the title", () => {
    const text = "# Plan\n\nText.\n";
    const diagnostic = followUpDiagnostic(0, "missing");
    (diagnostic.data as MrlintDiagnosticData).language = "en";
    const actions = buildCodeActions({
      ...base,
      locale: "en",
      text,
      document: simpleDocument(text, "en"),
      contextDiagnostics: [diagnostic],
      allDiagnostics: [],
    });
    const insert = actions.find((a) => a.title.startsWith("Insert"))!;
    expect(insert.title).toBe("Insert a “Follow-up” section (template)");
    expect(apply(text, editsOf(insert))).toContain("## Follow-up\n\n- What is measured: …");
  });

  it("writes a plain-text heading in a plain-text document", () => {
    const text = "Plan\n\nText.\n";
    const diagnostic = followUpDiagnostic(0, "missing");
    const actions = buildCodeActions({
      ...base,
      text,
      document: simpleDocument(text, "sv", "text"),
      contextDiagnostics: [diagnostic],
      allDiagnostics: [],
    });
    expect(apply(text, editsOf(actions.find((a) => a.title.startsWith("Infoga"))!))).toBe("Plan\n\nText.\n\nUppföljning\n\n- Vad som mäts: …\n- När: …\n");
  });
});

describe("freshDiagnostics", () => {
  const withVersion = (d: Diagnostic, version: number): Diagnostic => ({ ...d, data: { ...(d.data as MrlintDiagnosticData), version } });
  const old = withVersion(termDiagnostic(2, 20, 29, [["äldre", true]]), 3);
  const moved = withVersion(termDiagnostic(2, 22, 31, [["äldre", true]]), 5);

  it("keeps diagnostics of the current version and swaps stale ones for their current counterpart", () => {
    expect(freshDiagnostics([withVersion(old, 5)], [moved], 5)).toEqual([withVersion(old, 5)]);
    expect(freshDiagnostics([old], [moved], 5)).toEqual([moved]);
  });

  it("drops a stale diagnostic that no longer exists, and foreign ones", () => {
    expect(freshDiagnostics([old], [], 5)).toEqual([]);
    expect(freshDiagnostics([{ ...old, source: "other" }], [moved], 5)).toEqual([]);
  });
});
