/**
 * One array element as `JSON.stringify(root, null, 2)` writes it at nesting
 * `depth` (the element's indentation is 2 × depth spaces). JSON strings never
 * hold a raw line break, so indenting every line of the element's own
 * stringification gives the same bytes as stringifying the whole tree.
 */
export function indentedJson(value: unknown, depth: number): string {
  const pad = "  ".repeat(depth);
  return pad + JSON.stringify(value, null, 2).replace(/\n/g, `\n${pad}`);
}
