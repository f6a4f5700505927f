/**
 * "Does the word end with one of these?" for long lists of endings. The
 * endings are kept reversed in a trie, so a word is read once from its end
 * instead of being compared with every ending.
 */
interface Node {
  next: Map<number, Node>;
  /** An ending finishes here. */
  end: boolean;
}

export class SuffixSet {
  private readonly root: Node = { next: new Map(), end: false };

  constructor(endings: Iterable<string>) {
    for (const ending of endings) {
      let node = this.root;
      for (let i = ending.length - 1; i >= 0; i--) {
        const code = ending.charCodeAt(i);
        let child = node.next.get(code);
        if (!child) node.next.set(code, (child = { next: new Map(), end: false }));
        node = child;
      }
      node.end = true;
    }
  }

  /** Some ending is a suffix of `word` (the empty ending is a suffix of every word). */
  endsAny(word: string): boolean {
    let node: Node | undefined = this.root;
    for (let i = word.length - 1; ; i--) {
      if (node.end) return true;
      if (i < 0) return false;
      node = node.next.get(word.charCodeAt(i));
      if (node === undefined) return false;
    }
  }
}
