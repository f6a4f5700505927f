/** Small zod building blocks shared by the rule-file and check-kind schemas. */
import { z } from "zod";
import { strictObject } from "../config/strict-object.js";

export { strictObject };

export const text = z.string().trim().min(1);

/** A text in Swedish and English: `{ sv: "…", en: "…" }`. */
export const localizedText = strictObject({ sv: text, en: text });

/** Per-language lists (either language may be absent: the rule then finds nothing in it). */
export function perLanguage<T extends z.ZodType>(item: T) {
  return strictObject({ sv: z.array(item).optional(), en: z.array(item).optional() });
}

/** Block kinds a rule may restrict itself to. */
export const blockKind = z.enum(["heading", "paragraph", "list-item", "table-cell", "quote"]);
