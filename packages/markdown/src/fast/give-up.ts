/**
 * The fast scanner models only the Markdown that policies use. When it meets
 * anything else it gives up by throwing `GiveUp`, and the document goes
 * through micromark instead. A reason is kept so that tests and benchmarks
 * can tell how often, and why, that happens.
 */
export type GiveUpReason =
  | "tab"
  | "nul"
  | "definition"
  | "footnote"
  | "task-list"
  | "deep-indent"
  | "indented-code"
  | "html"
  | "lazy-line"
  | "empty-list-item"
  | "list-item-indent"
  | "interrupt-list"
  | "nesting"
  | "unclosed-fence"
  | "fence-info"
  | "container-ends-code"
  | "front-matter"
  | "entity"
  | "link-resource"
  | "table"
  | "emphasis-work"
  | "inline-depth";

export class GiveUp extends Error {
  constructor(readonly reason: GiveUpReason) {
    super(`fast Markdown scanner gave up: ${reason}`);
  }
}

export function giveUp(reason: GiveUpReason): never {
  throw new GiveUp(reason);
}
