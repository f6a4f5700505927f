/**
 * State thresholds as an explicit table, e.g.
 *   satisfied: { all: [who, how] }      partial: { any: [who, how] }
 *   satisfied: { atLeast: 3 }           partial: { atLeast: 1 }
 * Every key given must hold; `all` and `any` name element ids.
 */
import { z } from "zod";
import { strictObject } from "../../pack/schema-tools.js";

export const elementId = z.string().regex(/^[a-z][a-z0-9-]*$/, "an element id: lower-case letters, digits and dashes");

export const condition = strictObject({
  all: z.array(elementId).min(1).optional(),
  any: z.array(elementId).min(1).optional(),
  atLeast: z.number().int().min(1).optional(),
}).refine((c) => c.all !== undefined || c.any !== undefined || c.atLeast !== undefined, {
  message: "a condition needs at least one of: all, any, atLeast",
});
export type Condition = z.infer<typeof condition>;

export function holds(c: Condition, found: ReadonlySet<string>): boolean {
  // Loops, not every()/some(): this runs for every unit of sentences that holds a mention.
  if (c.all) for (const id of c.all) if (!found.has(id)) return false;
  if (c.any && !hasAny(c.any, found)) return false;
  if (c.atLeast !== undefined && found.size < c.atLeast) return false;
  return true;
}

function hasAny(ids: readonly string[], found: ReadonlySet<string>): boolean {
  for (const id of ids) if (found.has(id)) return true;
  return false;
}

/** Element ids a condition names (for load-time checks that they exist). */
export function namedIds(c: Condition): string[] {
  return [...(c.all ?? []), ...(c.any ?? [])];
}

/**
 * Which elements, added to `found`, would make the condition hold: the
 * `all` ids not found, or for `any`/`atLeast` the ids not found (any of them helps).
 */
export function lacking(c: Condition, found: ReadonlySet<string>, allIds: readonly string[]): string[] {
  const out = new Set<string>();
  for (const id of c.all ?? []) if (!found.has(id)) out.add(id);
  if (c.any && !c.any.some((id) => found.has(id))) for (const id of c.any) out.add(id);
  if (c.atLeast !== undefined && found.size + out.size < c.atLeast) {
    for (const id of allIds) if (!found.has(id)) out.add(id);
  }
  return allIds.filter((id) => out.has(id));
}
