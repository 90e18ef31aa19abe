// Deterministic pseudo-random numbers for the seed (mulberry32). Same seed → same world.

export interface Rng {
  /** float in [0, 1) */
  next(): number
  /** integer in [min, max] (inclusive) */
  int(min: number, max: number): number
  chance(p: number): boolean
  pick<T>(items: readonly T[]): T
  /** k distinct items, in random order */
  sample<T>(items: readonly T[], k: number): T[]
  shuffle<T>(items: readonly T[]): T[]
  /** n random characters from `alphabet` */
  chars(alphabet: string, n: number): string
  /** an independent stream derived from this seed and a label (adding draws to one stream never shifts another) */
  fork(label: string): Rng
}

function hashString(s: string): number {
  // FNV-1a 32-bit
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

export function createRng(seed: number | string): Rng {
  const base = typeof seed === 'string' ? hashString(seed) : seed >>> 0
  let a = base
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = items.slice()
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1))
      ;[out[i], out[j]] = [out[j], out[i]]
    }
    return out
  }
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    sample: (items, k) => shuffle(items).slice(0, Math.max(0, Math.min(k, items.length))),
    shuffle,
    chars: (alphabet, n) => {
      let s = ''
      for (let i = 0; i < n; i++) s += alphabet[Math.floor(next() * alphabet.length)]
      return s
    },
    fork: (label) => createRng(hashString(`${base}:${label}`)),
  }
}
