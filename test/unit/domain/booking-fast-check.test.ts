// surelyValidCreateBooking (the server skips the zod parse of a POST /bookings body it accepts) must never
// accept what CreateBookingRequestSchema refuses, and must accept the ordinary valid bodies (else it is
// useless). Held to the declaration over edge cases of every field and a seeded random mix of them.
import { CreateBookingRequestSchema, surelyValidCreateBooking } from '../../../src/domain/contract'
import { z } from '../../../src/domain/contract/z'

const valid = {
  slotId: 'ST000123_2026-11-26_0930',
  topic: 'finance',
  description: '基准测试：抢同一个时段',
  mode: 'onsite',
  idempotencyKey: 'race-x1-123',
}

const VARIANTS: Record<string, unknown[]> = {
  slotId: [
    valid.slotId,
    'ST1_2026-02-28_2359',
    'ST1_2028-02-29_0000',
    'ST1_2026-02-29_0900', // not a day
    'ST1_2026-02-30_0900',
    'ST1_2026-13-01_0900',
    'ST1_2026-00-10_0900',
    'ST1_0050-01-01_0900', // a two-digit year in Date.UTC
    'ST1_2026-11-26_2400',
    'ST1_2026-11-26_0960',
    'ST1_2026-11-26_930',
    '_2026-11-26_0930',
    'a_b_2026-11-26_0930',
    `${'S'.repeat(104)}_2026-11-26_0930`, // 120 characters
    `${'S'.repeat(105)}_2026-11-26_0930`, // 121
    '',
    42,
    null,
    ['ST1_2026-11-26_0930'],
  ],
  topic: ['finance', 'registration', 'risk', 'Finance', '', 'other-topic', 1, null],
  description: [
    valid.description,
    '12345',
    '1234',
    '  1234  ',
    '   12345   ',
    '😀😀😀😀', // 8 UTF-16 units, 4 code points
    '😀😀😀😀😀',
    '\ud83d\ud83d\ud83d\ud83d\ud83d', // lone surrogates count one each
    'a'.repeat(500),
    'a'.repeat(501),
    `${'😀'.repeat(500)}`,
    `${'😀'.repeat(501)}`,
    ` ${'a'.repeat(500)} `,
    '\u3000\u3000abcde\u3000', // ideographic spaces are trimmed
    '\u00a0abcd\u00a0',
    '',
    5,
    null,
  ],
  mode: ['onsite', 'visit', 'Onsite', '', 'home', 0, null],
  idempotencyKey: [
    'race-x1-123',
    'abcdefgh',
    'abcdefg',
    'a'.repeat(64),
    'a'.repeat(65),
    'abc def gh',
    'abcdefgh!',
    'ÄBCDEFGH',
    '',
    12345678,
    null,
  ],
}

const zodAccepts = (v: unknown) => {
  const r = z.safeParse(CreateBookingRequestSchema, v)
  return r.success ? r.data : null
}

const expectHeld = (v: unknown) => {
  const fast = surelyValidCreateBooking(v)
  const parsed = zodAccepts(v)
  if (fast) expect({ value: v, parsed }).toEqual({ value: v, parsed: v }) // accepted, and unchanged
  return fast
}

test('accepts the ordinary valid body, as the declaration returns it', () => {
  expect(expectHeld(valid)).toBe(true)
  expect(expectHeld({ ...valid, mode: 'visit', topic: 'risk' })).toBe(true)
})

test('every variant of each field: accepted only when the declaration accepts it; and whenever it accepts it', () => {
  for (const [field, values] of Object.entries(VARIANTS)) {
    for (const value of values) {
      const v = { ...valid, [field]: value }
      const fast = expectHeld(v)
      // a plain string field test: exact on these (no false refusals either, so the fast path is used)
      expect([field, value, fast]).toEqual([field, value, zodAccepts(v) !== null])
    }
  }
})

test('shapes the declaration refuses: missing, extra, inherited or odd keys, non-objects', () => {
  const { mode: _m, ...missing } = valid
  const cases: unknown[] = [
    missing,
    { ...valid, extra: 1 },
    { ...valid, mode: undefined },
    Object.assign(Object.create({ inherited: 1 }), valid),
    JSON.parse(`{"__proto__": {"x": 1}, ${JSON.stringify(valid).slice(1, -1)}}`),
    [valid],
    null,
    'body',
    42,
    undefined,
  ]
  for (const c of cases) {
    expect(surelyValidCreateBooking(c)).toBe(false)
  }
})

test('a seeded random mix of the variants never disagrees with the declaration', () => {
  let seed = 20261202
  // mulberry32: a small deterministic generator
  const rnd = (n: number) => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) % n
  }
  let accepted = 0
  for (let i = 0; i < 3000; i++) {
    const v: Record<string, unknown> = {}
    for (const [field, values] of Object.entries(VARIANTS))
      if (rnd(10) > 0) v[field] = rnd(2) ? valid[field as keyof typeof valid] : values[rnd(values.length)]
    if (rnd(20) === 0) v.note = 'x'
    if (expectHeld(v)) accepted++
    expect(surelyValidCreateBooking(v)).toBe(zodAccepts(v) !== null)
  }
  expect(accepted).toBeGreaterThan(100)
})
