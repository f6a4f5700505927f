/** The check kinds a rule file may name in `kind:`. Adding a kind = one file + one line here. */
import { elementsKind } from "./elements.js";
import type { CheckKind } from "./kind.js";
import { metricKind } from "./metric.js";
import { patternKind } from "./pattern.js";
import { phrasesKind } from "./phrases.js";
import { termsKind } from "./terms.js";

export const CHECK_KINDS: ReadonlyMap<string, CheckKind<unknown>> = new Map(
  [elementsKind, termsKind, phrasesKind, patternKind, metricKind].map((k) => [k.name, k]),
);

export const KIND_NAMES: readonly string[] = [...CHECK_KINDS.keys()];
