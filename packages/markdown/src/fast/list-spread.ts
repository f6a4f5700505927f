/**
 * Whether lists and list items are "spread" (loose), as
 * mdast-util-from-markdown decides it from micromark's events: a list when
 * a blank line lies between two of its items (or, see `tailSpread`, two
 * line endings follow its last item inside the list), an item when a blank
 * line lies between two of its children. Blank lines are what lies between
 * siblings, so comparing their lines is enough.
 */
import type { List, Parent, Root, RootContent } from "mdast";

export function markSpread(root: Root, tailSpread: ReadonlyMap<List, boolean>): void {
  const stack: Parent[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (const child of node.children as RootContent[]) {
      if (child.type === "list") {
        child.spread = separated(child.children) || tailSpread.get(child) === true;
        for (const item of child.children) item.spread = separated(item.children);
      }
      if (child.type === "list" || child.type === "listItem" || child.type === "blockquote") stack.push(child);
    }
  }
}

function separated(nodes: readonly RootContent[]): boolean {
  for (let i = 1; i < nodes.length; i++) if (nodes[i].position!.start.line - nodes[i - 1].position!.end.line > 1) return true;
  return false;
}
