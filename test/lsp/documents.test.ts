/**
 * The language server over stdio with a scripted client: diagnostics for an
 * opened policy, code actions applied as an editor applies them, hover,
 * coverage, and settings changes through workspace/configuration.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CodeAction, Diagnostic, TextEdit } from "vscode-languageserver-protocol";
import { TestClient } from "./helpers/client.js";
import { makeWorkspace, type TempWorkspace } from "./helpers/workspace.js";

let ws: TempWorkspace;
let client: TestClient;
let policyUri: string;
let policyText: string;

const TERM = "mr/inclusive-language";
const INVOLVEMENT = "mr/involvement";

function lineOf(text: string, needle: string): number {
  const index = text.split("\n").findIndex((line) => line.includes(needle));
  if (index < 0) throw new Error(`"${needle}" is not in the text`);
  return index;
}

function editsOf(action: CodeAction, uri: string): TextEdit[] {
  const edits = action.edit?.changes?.[uri];
  if (!edits) throw new Error(`action "${action.title}" has no edits for ${uri}`);
  return edits;
}

const byRule = (diagnostics: Diagnostic[], rule: string) => diagnostics.filter((d) => d.code === rule);

beforeAll(async () => {
  ws = await makeWorkspace();
  ({ client } = await TestClient.start({ workspaceFolder: ws.dir }));
  policyUri = ws.fileUri("riktlinje.md");
  policyText = readFileSync(ws.file("riktlinje.md"), "utf8");
});

afterAll(async () => {
  expect(await client.stop()).toBe(0);
  ws.remove();
});

describe("diagnostics for an opened Markdown policy", () => {
  it("flags the term at its UTF-16 position, with the config file's level, rule id, link and fix data", async () => {
    await client.open(policyUri, "markdown", policyText);
    const published = await client.waitForDiagnostics(policyUri, (p) => p.version === 1);
    const [term] = byRule(published.diagnostics, TERM);
    const line = lineOf(policyText, "Våra åldringar");
    const character = policyText.split("\n")[line].indexOf("åldringar");
    expect(term).toMatchObject({
      range: { start: { line, character }, end: { line, character: character + "åldringar".length } },
      severity: 1, // mrlint.config.json raises the rule to error
      source: "mrlint",
      code: TERM,
      codeDescription: { href: expect.stringMatching(/^https:\/\/.+inclusive-language/) },
      data: { ruleId: TERM, ruleType: "span", language: "sv", version: 1 },
    });
    expect(term.data.fixes.map((f: { edits: TextEdit[] }) => f.edits[0].newText)).toContain("äldre");
  });

  it("places the document rule on the title, with the evidence as related information", async () => {
    const [involvement] = byRule(client.latest(policyUri), INVOLVEMENT);
    expect(involvement.range.start.line).toBe(lineOf(policyText, "# Riktlinje för äldreomsorg i Åby kommun"));
    expect(involvement.severity).toBe(2);
    expect(involvement.data).toMatchObject({ ruleType: "document", state: "partial" });
    // One of the two elements (who, how) is found; the other is what the data says is missing.
    expect(involvement.data.missingElements).toHaveLength(1);
    expect(["who", "how"]).toContain(involvement.data.missingElements[0]);
    const related = involvement.relatedInformation ?? [];
    expect(related.length).toBeGreaterThan(0);
    for (const info of related) {
      expect(info.location.uri).toBe(policyUri);
      const lineText = policyText.split("\n")[info.location.range.start.line];
      const quoted = lineText.slice(info.location.range.start.character, info.location.range.end.character);
      expect(info.message).toContain(`“${quoted}”`);
    }
  });

  it("explains a finding on hover and gives nothing beside it", async () => {
    const [term] = byRule(client.latest(policyUri), TERM);
    const hover = await client.hover(policyUri, term.range.start.line, term.range.start.character + 2);
    const value = (hover?.contents as { value: string }).value;
    expect(value).toContain("**Inkluderande språk** · `mr/inclusive-language`");
    expect(value).toContain("**Varför det spelar roll**");
    expect(value).toContain("**Bra exempel**");
    expect(value).toMatch(/\[Läs mer om mr\/inclusive-language\]\(https:\/\//);
    expect(hover?.range).toEqual(term.range);
    expect(await client.hover(policyUri, lineOf(policyText, "Socialnämnden ansvarar"), 3)).toBeNull();
  });

  it("answers mrlint/coverage and mrlint.showCoverage with the states and evidence", async () => {
    const coverage = await client.request<{
      satisfied: number;
      applicable: number;
      language: string;
      rules: Array<{ ruleId: string; state: string; evidence: Array<{ text: string; range: { start: { line: number } } }> }>;
    }>("mrlint/coverage", { uri: policyUri });
    const involvement = coverage.rules.find((r) => r.ruleId === INVOLVEMENT)!;
    expect(involvement.state).toBe("partial");
    expect(involvement.evidence.length).toBeGreaterThan(0);
    for (const e of involvement.evidence) expect(policyText.split("\n")[e.range.start.line]).toContain(e.text);
    expect(coverage.language).toBe("sv");
    expect(coverage.satisfied).toBe(coverage.rules.filter((r) => r.state === "satisfied").length);
    expect(coverage.applicable).toBe(coverage.rules.filter((r) => r.state !== "not-applicable").length);
    const viaCommand = await client.request("workspace/executeCommand", { command: "mrlint.showCoverage", arguments: [policyUri] });
    expect(viaCommand).toEqual(coverage);
  });

  it("replaces a term through a code action, and the diagnostics follow the edit", async () => {
    const [term] = byRule(client.latest(policyUri), TERM);
    const actions = await client.codeActions(policyUri, [term], ["quickfix"]);
    const titles = actions.map((a) => a.title);
    expect(titles).toContain("Ersätt med ”äldre”");
    expect(titles).toContain("Ersätt med ”äldre personer”");
    expect(titles).toContain("Stäng av mr/inclusive-language för den här raden");
    expect(titles).toContain("Stäng av mr/inclusive-language för hela filen");
    const replace = actions.find((a) => a.title === "Ersätt med ”äldre”")!;
    const mark = client.mark();
    const version = await client.applyEdits(policyUri, editsOf(replace, policyUri));
    expect(client.text(policyUri)).toContain("Våra äldre ska få ett gott bemötande");
    const updated = await client.waitForDiagnostics(policyUri, (p) => p.version === version, { since: mark });
    expect(byRule(updated.diagnostics, TERM)).toEqual([]);
    expect(byRule(updated.diagnostics, INVOLVEMENT)).toHaveLength(1);
  });

  it("inserts the section template for a document rule and the rule re-evaluates", async () => {
    const [involvement] = byRule(client.latest(policyUri), INVOLVEMENT);
    const actions = await client.codeActions(policyUri, [involvement], ["quickfix"]);
    expect(actions.map((a) => a.title)).not.toContain("Stäng av mr/involvement för den här raden");
    const insert = actions.find((a) => a.title === "Infoga avsnittet ”Involvering” (mall)")!;
    const before = client.text(policyUri);
    const mark = client.mark();
    const version = await client.applyEdits(policyUri, editsOf(insert, policyUri));
    const after = client.text(policyUri);
    expect(after.startsWith(before)).toBe(true);
    expect(after.slice(before.length)).toMatch(/^\n## Involvering\n\nI framtagandet: \(.+\)\.\n\nI genomförandet: \(.+\)\.\n$/);
    const updated = await client.waitForDiagnostics(policyUri, (p) => p.version === version, { since: mark });
    const coverage = await client.request<{ rules: Array<{ ruleId: string; state: string }> }>("mrlint/coverage", { uri: policyUri });
    const state = coverage.rules.find((r) => r.ruleId === INVOLVEMENT)!.state;
    // Whatever the template's placeholders count for, the diagnostic matches the new state.
    expect(byRule(updated.diagnostics, INVOLVEMENT).map((d) => d.data.state)).toEqual(state === "satisfied" ? [] : [state]);
  });

  it("switches a rule off for one line with an inline comment", async () => {
    const uri = ws.fileUri("two-terms.md");
    const text = "# Plan\n\nVåra åldringar bor här.\n\nÄven handikappade bor här.\n";
    await client.open(uri, "markdown", text);
    const first = await client.waitForDiagnostics(uri, (p) => p.version === 1);
    expect(byRule(first.diagnostics, TERM).map((d) => d.range.start.line)).toEqual([2, 4]);
    const [onLine2] = byRule(first.diagnostics, TERM);
    const actions = await client.codeActions(uri, [onLine2], ["quickfix"]);
    const disable = actions.find((a) => a.title === "Stäng av mr/inclusive-language för den här raden")!;
    const mark = client.mark();
    const version = await client.applyEdits(uri, editsOf(disable, uri));
    expect(client.text(uri)).toBe("# Plan\n\n<!-- mrlint-disable-next-line mr/inclusive-language -->\nVåra åldringar bor här.\n\nÄven handikappade bor här.\n");
    const updated = await client.waitForDiagnostics(uri, (p) => p.version === version, { since: mark });
    expect(byRule(updated.diagnostics, TERM).map((d) => d.range.start.line)).toEqual([5]);
  });

  it("switches a document rule off for the file, below the front matter", async () => {
    const uri = ws.fileUri("front-matter.md");
    const text = "---\ntitle: Plan\n---\n# Plan\n\nText om parker.\n";
    await client.open(uri, "markdown", text);
    const first = await client.waitForDiagnostics(uri, (p) => p.version === 1);
    const [involvement] = byRule(first.diagnostics, INVOLVEMENT);
    const actions = await client.codeActions(uri, [involvement], ["quickfix"]);
    const disable = actions.find((a) => a.title === "Stäng av mr/involvement för hela filen")!;
    const mark = client.mark();
    const version = await client.applyEdits(uri, editsOf(disable, uri));
    expect(client.text(uri)).toBe("---\ntitle: Plan\n---\n<!-- mrlint-disable mr/involvement -->\n# Plan\n\nText om parker.\n");
    const updated = await client.waitForDiagnostics(uri, (p) => p.version === version, { since: mark });
    expect(byRule(updated.diagnostics, INVOLVEMENT)).toEqual([]);
  });

  it("fixes all safe problems at once (source.fixAll.mrlint), in English", async () => {
    const uri = ws.fileUri("services.md");
    const text = "# Home care strategy\n\nThe Council supports the elderly at home.\n\nHelp for the mentally ill is free.\n";
    await client.open(uri, "markdown", text);
    const first = await client.waitForDiagnostics(uri, (p) => p.version === 1);
    expect(byRule(first.diagnostics, TERM)).toHaveLength(2);
    const actions = await client.codeActions(uri, [], ["source.fixAll"]);
    expect(actions.map((a) => [a.kind, a.title])).toEqual([["source.fixAll.mrlint", "Fix all safe mrlint problems"]]);
    const mark = client.mark();
    const version = await client.applyEdits(uri, editsOf(actions[0], uri));
    expect(client.text(uri)).toBe(
      "# Home care strategy\n\nThe Council supports older people at home.\n\nHelp for people with mental health conditions is free.\n",
    );
    const updated = await client.waitForDiagnostics(uri, (p) => p.version === version, { since: mark });
    expect(byRule(updated.diagnostics, TERM)).toEqual([]);
  });

  it("lints plain text too", async () => {
    const uri = ws.fileUri("anteckning.txt");
    await client.open(uri, "plaintext", "PLAN FÖR OMSORG\n\nStöd ges till åldringar.\n");
    const first = await client.waitForDiagnostics(uri, (p) => p.version === 1);
    expect(byRule(first.diagnostics, TERM).map((d) => d.range)).toEqual([
      { start: { line: 2, character: 14 }, end: { line: 2, character: 23 } },
    ]);
  });
});

describe("settings through workspace/configuration", () => {
  it("re-lints open documents with a rule level from the editor settings", async () => {
    const uri = ws.fileUri("two-terms.md");
    client.settings = { rules: { [TERM]: "info" } };
    const mark = client.mark();
    await client.notify("workspace/didChangeConfiguration", { settings: null });
    const updated = await client.waitForDiagnostics(uri, (p) => byRule(p.diagnostics, TERM).length > 0, { since: mark });
    expect(byRule(updated.diagnostics, TERM).map((d) => d.severity)).toEqual([3]);
    expect(client.configurationRequests.length).toBeGreaterThan(0);
  });

  it("turns a rule off, and mrlint off altogether", async () => {
    const uri = ws.fileUri("two-terms.md");
    client.settings = { rules: { [TERM]: "off" } };
    let mark = client.mark();
    await client.notify("workspace/didChangeConfiguration", { settings: null });
    let updated = await client.waitForDiagnostics(uri, () => true, { since: mark });
    expect(byRule(updated.diagnostics, TERM)).toEqual([]);
    expect(byRule(updated.diagnostics, INVOLVEMENT)).toHaveLength(1);

    client.settings = { enable: false };
    mark = client.mark();
    await client.notify("workspace/didChangeConfiguration", { settings: null });
    // Lints started by the previous change may still land first; switched off, both end empty.
    updated = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0, { since: mark });
    expect(updated.diagnostics).toEqual([]);
    const docx = await client.waitForDiagnostics(ws.fileUri("hemtjanst.docx"), (p) => p.diagnostics.length === 0, { since: mark });
    expect(docx.diagnostics).toEqual([]);

    client.settings = {};
    mark = client.mark();
    await client.notify("workspace/didChangeConfiguration", { settings: null });
    updated = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length > 0, { since: mark });
    expect(byRule(updated.diagnostics, TERM).map((d) => d.severity)).toEqual([1]);
  });

  it("clears a document's diagnostics when it is closed", async () => {
    const uri = ws.fileUri("services.md");
    const mark = client.mark();
    await client.close(uri);
    // A re-lint from the settings change may still arrive first; the close must end with an empty list.
    const cleared = await client.waitForDiagnostics(uri, (p) => p.diagnostics.length === 0, { since: mark });
    expect(cleared.version).toBeUndefined();
  });
});
