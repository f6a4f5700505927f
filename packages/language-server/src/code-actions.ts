/**
 * Code actions for mrlint diagnostics: replace a term (one action per
 * suggested replacement), insert a section template for a missing or partial
 * document rule, switch the rule off for the line or the file, and fix all
 * safe problems (`source.fixAll.mrlint`).
 */
import type { Locale, PolicyDocument, RuleMeta } from "@mrlint/core";
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from "vscode-languageserver";
import { mrlintData } from "./convert.js";
import { disableFileEdit, disableNextLineEdit } from "./disable-comments.js";
import { safeFixEdits } from "./fix-all.js";
import { say } from "./messages.js";
import { skeletonEdit } from "./skeleton.js";
import { TextLines } from "./text-lines.js";

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.mrlint`;

export interface CodeActionInput {
  uri: string;
  text: string;
  /** The parsed document the diagnostics came from, for section-aware inserts. */
  document?: PolicyDocument;
  /** Diagnostics the client sent in the request context (those under the cursor). */
  contextDiagnostics: readonly Diagnostic[];
  /** All current mrlint diagnostics of the document, for "fix all". */
  allDiagnostics: readonly Diagnostic[];
  /** `context.only` from the request. */
  only?: readonly string[];
  rules: ReadonlyMap<string, RuleMeta>;
  locale: Locale;
}

function wants(only: readonly string[] | undefined, kind: string): boolean {
  if (!only || only.length === 0) return true;
  return only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

function edit(uri: string, edits: TextEdit[]) {
  return { changes: { [uri]: edits } };
}

export function buildCodeActions(input: CodeActionInput): CodeAction[] {
  const actions: CodeAction[] = [];
  const lines = new TextLines(input.text);
  const quickFix = wants(input.only, CodeActionKind.QuickFix);

  for (const diagnostic of quickFix ? input.contextDiagnostics : []) {
    const data = mrlintData(diagnostic);
    if (!data) continue;
    const meta = input.rules.get(data.ruleId);
    let preferredGiven = false;

    for (const fix of data.fixes) {
      const isPreferred = fix.safe && !preferredGiven;
      if (isPreferred) preferredGiven = true;
      const replacement = fix.edits.length === 1 ? fix.edits[0].newText : undefined;
      actions.push({
        title: replacement !== undefined ? say("replaceWith", input.locale, { text: replacement }) : fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred,
        edit: edit(input.uri, fix.edits),
      });
    }

    if (data.ruleType === "document" && (data.state === "missing" || data.state === "partial") && meta && input.document) {
      const skeleton = skeletonEdit({
        doc: input.document,
        lines,
        meta,
        language: data.language,
        diagnosticLine: diagnostic.range.start.line,
      });
      if (skeleton) {
        actions.push({
          title: say(skeleton.underExisting ? "insertPlaceholders" : "insertSection", input.locale, { title: skeleton.title }),
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: edit(input.uri, [skeleton.edit]),
        });
      }
    }

    // Markdown and plain text share the `<!-- mrlint-… -->` comments.
    // A document rule judges the whole text: only a file-wide switch makes sense for it.
    if (data.ruleType === "span") {
      actions.push({
        title: say("disableLine", input.locale, { rule: data.ruleId }),
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: edit(input.uri, [disableNextLineEdit(lines, diagnostic.range.start.line, data.ruleId)]),
      });
    }
    actions.push({
      title: say("disableFile", input.locale, { rule: data.ruleId }),
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: edit(input.uri, [disableFileEdit(lines, data.ruleId)]),
    });
  }

  if (wants(input.only, FIX_ALL_KIND)) {
    const edits = safeFixEdits(input.allDiagnostics);
    // Offered with the quick fixes only when there is more than the one under the cursor to fix.
    const explicit = input.only?.some((o) => FIX_ALL_KIND.startsWith(o)) ?? false;
    if (edits.length > 0 && (explicit || edits.length > 1)) {
      actions.push({ title: say("fixAll", input.locale), kind: FIX_ALL_KIND, edit: edit(input.uri, edits) });
    }
  }
  return actions;
}

function overlaps(a: Diagnostic["range"], b: Diagnostic["range"]): boolean {
  const before = (p: typeof a.start, q: typeof a.start) => p.line < q.line || (p.line === q.line && p.character <= q.character);
  return before(a.start, b.end) && before(b.start, a.end);
}

/**
 * The client sends back the diagnostics it shows, which may be from an older
 * version of the text (the user typed, the re-lint has not arrived yet). Their
 * edits would land in the wrong place: each is replaced by the current
 * diagnostic of the same rule at an overlapping range, or dropped.
 */
export function freshDiagnostics(sent: readonly Diagnostic[], current: readonly Diagnostic[], version: number): Diagnostic[] {
  const fresh: Diagnostic[] = [];
  for (const diagnostic of sent) {
    const data = mrlintData(diagnostic);
    if (!data) continue;
    if (data.version === undefined || data.version === version) {
      fresh.push(diagnostic);
      continue;
    }
    const match = current.find((c) => c.code === diagnostic.code && overlaps(c.range, diagnostic.range));
    if (match && !fresh.includes(match)) fresh.push(match);
  }
  return fresh;
}
