/**
 * `metric`: a numeric measure per paragraph. `lix` (läsbarhetsindex: words
 * per sentence + 100 × share of words longer than six letters) flags a
 * paragraph of at least `minWords` words whose LIX is above the `threshold`
 * option (60 = "mycket svår"). The document's LIX goes into the coverage
 * summary; the engine computes it for every document.
 */
import { z } from "zod";
import { lix } from "../analysis/lix.js";
import type { Sentence } from "../analysis/types.js";
import type { RuleMeta } from "../engine/rule-api.js";
import { blockKind, strictObject } from "../pack/schema-tools.js";
import { defineKind } from "./kind.js";
import { readableSentences } from "./shared/sentences.js";

export const metricData = strictObject({
  metric: z.enum(["lix"]),
  /** Shortest paragraph measured, in words (default 40). */
  minWords: z.number().int().min(1).max(10_000).optional(),
  /** Block kinds measured (default paragraph and list-item). */
  blockKinds: z.array(blockKind).min(1).optional(),
});
export type MetricData = z.infer<typeof metricData>;

/** LIX as a whole number, or with one decimal when rounding would not show it above the threshold ("60,3" for 60). */
function shownLix(value: number, threshold: number, locale: "sv" | "en"): string {
  if (Math.round(value) > threshold) return String(Math.round(value));
  const text = value.toFixed(1);
  return locale === "sv" ? text.replace(".", ",") : text;
}

export const metricKind = defineKind<MetricData>({
  name: "metric",
  ruleType: "span",
  schema: metricData,
  requiredMessages: ["metric"],
  defaultOptions: { threshold: 60 },
  compile(data: MetricData, _meta: RuleMeta) {
    const minWords = data.minWords ?? 40;
    const kinds = data.blockKinds ?? ["paragraph", "list-item"];
    return (context) => {
      const threshold = typeof context.options.threshold === "number" ? context.options.threshold : 60;
      const { analysis } = context;
      // The document's LIX as the coverage summary gives it, so a paragraph can be compared with the whole.
      const documentLix = lix(readableSentences(analysis));
      const byBlock = new Map<number, Sentence[]>();
      for (const sentence of readableSentences(analysis, { blockKinds: kinds })) {
        const list = byBlock.get(sentence.block);
        if (list) list.push(sentence);
        else byBlock.set(sentence.block, [sentence]);
      }
      for (const [block, sentences] of byBlock) {
        let words = 0;
        for (const s of sentences) for (const t of s.tokens) if (t.kind === "word") words++;
        if (words < minWords) continue;
        const value = lix(sentences);
        if (value === null || value <= threshold) continue;
        const first = sentences[0];
        const last = sentences[sentences.length - 1];
        context.report({
          messageId: "metric",
          block,
          start: first.start,
          end: last.end,
          data: {
            lix: shownLix(value, threshold, context.locale),
            threshold: String(threshold),
            words: String(words),
            documentLix: documentLix === null ? "–" : String(Math.round(documentLix)),
          },
        });
      }
    };
  },
});
