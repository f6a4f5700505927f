/**
 * `--shard k/n`: a deterministic split of the file list for CI matrices.
 * A file belongs to shard (hash(path relative to cwd) mod n) + 1, so every
 * file lands in exactly one shard and stays there when other files come and go.
 */
export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export function parseShard(value: string): Shard | null {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count) return null;
  return { index, count };
}

/** FNV-1a over the UTF-16 code units: tiny, stable across Node versions and platforms. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** `relPath` uses `/` separators, so Windows and Linux runners agree. */
export function shardOf(relPath: string, count: number): number {
  return (fnv1a(relPath) % count) + 1;
}

export function inShard(relPath: string, shard: Shard): boolean {
  return shardOf(relPath, shard.count) === shard.index;
}
