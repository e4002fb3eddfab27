// A small seeded PRNG (mulberry32) so the seeds are deterministic: the same seed number always
// yields the same sequence, in Node and in the browser alike.

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  /** One item of a non-empty list (throws on an empty list). */
  pick<T>(items: readonly T[]): T;
  /** A shuffled copy of the list. */
  shuffle<T>(items: readonly T[]): T[];
  /** `count` distinct items of the list (all of them, shuffled, when it has fewer). */
  sample<T>(items: readonly T[], count: number): T[];
  /** True with probability p. */
  chance(p: number): boolean;
  /** n random lowercase hex characters. */
  hex(n: number): string;
}

const UINT32 = 4294967296;

function itemAt<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`random: no item at index ${index}`);
  return item;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;

  const uint32 = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const next = (): number => uint32() / UINT32;
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));

  const shuffle = <T>(items: readonly T[]): T[] =>
    items
      .map((item, index) => ({ item, key: next(), index }))
      .sort((a, b) => a.key - b.key || a.index - b.index)
      .map((entry) => entry.item);

  return {
    next,
    int,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('random.pick: empty list');
      return itemAt(items, int(0, items.length - 1));
    },
    shuffle,
    sample<T>(items: readonly T[], count: number): T[] {
      const k = Math.max(0, Math.min(count, items.length));
      // Few out of many: draw indices (cheap); otherwise shuffle the whole list.
      if (k * 3 > items.length) return shuffle(items).slice(0, k);
      const chosen = new Set<number>();
      const out: T[] = [];
      while (out.length < k) {
        const index = int(0, items.length - 1);
        if (chosen.has(index)) continue;
        chosen.add(index);
        out.push(itemAt(items, index));
      }
      return out;
    },
    chance(p: number): boolean {
      return next() < p;
    },
    hex(n: number): string {
      let out = '';
      while (out.length < n) out += uint32().toString(16).padStart(8, '0');
      return out.slice(0, n);
    },
  };
}
