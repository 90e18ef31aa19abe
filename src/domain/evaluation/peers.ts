// Peer groups: the values of one indicator among comparable participants (same track, field, province …),
// sorted once per group. A participant is compared with its peers WITHOUT itself (leave-one-out), so raising
// its own figure never moves the yardstick it is measured against.

export interface SortedGroup {
  key: string
  values: Float64Array
}

/** first index with values[i] >= v */
export function lowerBound(values: Float64Array, v: number): number {
  let lo = 0
  let hi = values.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (values[mid] < v) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** first index with values[i] > v */
export function upperBound(values: Float64Array, v: number): number {
  let lo = 0
  let hi = values.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (values[mid] <= v) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** The group's values with one occurrence of `self` removed (or all of them when self is undefined). */
export class PeerView {
  readonly size: number
  private readonly skip: number
  constructor(
    private readonly values: Float64Array,
    self: number | undefined,
  ) {
    const i = self === undefined ? -1 : lowerBound(values, self)
    const present = i >= 0 && i < values.length && values[i] === self
    this.skip = present ? i : values.length
    this.size = present ? values.length - 1 : values.length
  }

  at(k: number): number {
    return this.values[k < this.skip ? k : k + 1]
  }

  /** linear-interpolated quantile, q in [0, 1]; requires size > 0 */
  quantile(q: number): number {
    const pos = q * (this.size - 1)
    const lo = Math.floor(pos)
    const hi = Math.ceil(pos)
    return this.at(lo) + (this.at(hi) - this.at(lo)) * (pos - lo)
  }

  /** share of peers below t, ties counting half (the removed value is not a peer) */
  percentile(t: number): number {
    if (this.size === 0) return 0
    const lb = lowerBound(this.values, t)
    const ub = upperBound(this.values, t)
    const below = lb - (this.skip < lb ? 1 : 0)
    const equal = ub - lb - (this.skip >= lb && this.skip < ub ? 1 : 0)
    return (below + equal / 2) / this.size
  }
}

/** Collects values per group key, then sorts each group once. */
export class GroupIndex {
  private readonly raw = new Map<string, number[]>()
  private sorted?: Map<string, Float64Array>

  add(key: string, v: number): void {
    let a = this.raw.get(key)
    if (!a) this.raw.set(key, (a = []))
    a.push(v)
  }

  get(key: string): Float64Array | undefined {
    if (!this.sorted) {
      this.sorted = new Map()
      for (const [k, a] of this.raw) this.sorted.set(k, Float64Array.from(a).sort())
    }
    return this.sorted.get(key)
  }
}
