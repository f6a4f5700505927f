/** Hand-built rule metadata for unit tests (the real pack lives in rules/mr). */
import type { Rule, RuleMeta } from "@mrlint/core";

export const followUpMeta: RuleMeta = {
  id: "mr/follow-up",
  type: "document",
  level: "warning",
  title: { sv: "Följa upp och kommunicera resultat", en: "Follow up and communicate results" },
  description: { sv: "Policyn ska säga hur den följs upp.", en: "The policy should say how it is followed up." },
  url: "https://example.org/rules/follow-up",
  messages: { missing: { sv: "Uppföljning saknas.", en: "Follow-up is missing." } },
  elements: { what: { sv: "Vad", en: "What" }, when: { sv: "När", en: "When" } },
  sectionHeadings: ["uppföljning", "follow-up"],
  skeleton: {
    sv: "## Uppföljning\n\n- Vad som mäts: …\n- När: …",
    en: "## Follow-up\n\n- What is measured: …\n- When: …",
  },
  rationale: { sv: "Utan uppföljning vet ingen om policyn gör skillnad.", en: "Without follow-up nobody knows whether it works." },
  example: { sv: "Socialnämnden följer upp planen årligen.", en: "The board reviews the plan every year." },
};

export const inclusiveMeta: RuleMeta = {
  id: "mr/inclusive-language",
  type: "span",
  level: "warning",
  title: { sv: "Inkluderande språk", en: "Inclusive language" },
  description: { sv: "Undvik föråldrade ord om grupper.", en: "Avoid outdated terms for groups." },
  url: "https://example.org/rules/inclusive-language",
  messages: { term: { sv: "Skriv {replacement}.", en: "Write {replacement}." } },
  fixable: true,
};

export const rulesById = new Map<string, RuleMeta>([
  [followUpMeta.id, followUpMeta],
  [inclusiveMeta.id, inclusiveMeta],
]);

/** A hand-built span rule: flags every "TODO" in any block. */
export const todoRule: Rule = {
  meta: {
    id: "test/todo",
    type: "span",
    level: "warning",
    title: { sv: "Att göra", en: "To do" },
    description: { sv: "Inga TODO.", en: "No TODO." },
    url: "https://example.org/todo",
    messages: { todo: { sv: "Ta bort TODO.", en: "Remove TODO." } },
  },
  check(context) {
    for (const block of context.document.blocks) {
      for (let at = block.text.indexOf("TODO"); at >= 0; at = block.text.indexOf("TODO", at + 1)) {
        context.report({ messageId: "todo", block: block.index, start: at, end: at + 4 });
      }
    }
  },
};
