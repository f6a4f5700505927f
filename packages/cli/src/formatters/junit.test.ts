import { describe, expect, it } from "vitest";
import { junit } from "./junit.js";
import { context, sampleReports } from "./sample.test-support.js";

describe("junit", () => {
  const xml = junit(sampleReports(), context());

  it("has a test suite per file with totals on the root", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="mrlint" tests="6" failures="4" errors="1">\n')).toBe(true);
    expect(xml).toContain('<testsuite name="docs/plan.md" tests="4" failures="4" errors="0">');
    expect(xml).toContain('<testsuite name="docs/ren.md" tests="1" failures="0" errors="0">\n    <testcase name="mrlint" classname="docs/ren.md" />');
    expect(xml).toContain('<testsuite name="docs/trasig.docx" tests="1" failures="0" errors="1">');
    expect(xml.trimEnd().endsWith("</testsuites>")).toBe(true);
  });

  it("escapes XML in messages", () => {
    expect(xml).toContain(
      '<failure message="Vagt åtagande: &quot;i möjligaste mån&quot; &lt;ska&gt; &amp; | pipe" type="info">7:1 info Vagt åtagande: &quot;i möjligaste mån&quot; &lt;ska&gt; &amp; | pipe (mr/vague-commitment)</failure>',
    );
    expect(xml).toContain('<error message="docs/trasig.docx: not a Word document (not a zip file)" type="docx-not-zip">');
  });

  it("balances its tags", () => {
    const opened = (xml.match(/<testcase\b[^>]*[^/]>/g) ?? []).length;
    const selfClosed = (xml.match(/<testcase\b[^>]*\/>/g) ?? []).length;
    expect(opened).toBe((xml.match(/<\/testcase>/g) ?? []).length);
    expect(opened + selfClosed).toBe(6);
  });
});
