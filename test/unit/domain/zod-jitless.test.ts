// WeChat's mini-program runtime forbids eval / new Function: the schemas of the programme year, the visit log
// and the member register must parse without ever constructing a function from a string (this test catches
// a switch to classic zod without jitless: classic z.object compiles its parser with new Function).
const parseAll = () => {
  const { timetableSchema, callInputSchema, quotaEditsSchema } = require('../../../src/domain/programme')
  const { visitInputSchema } = require('../../../src/domain/visits')
  const { memberInputSchema, evidenceInputSchema } = require('../../../src/domain/members')
  timetableSchema.safeParse({ year: 2026, applicationOpensAt: '2026-03-01T09:00' })
  callInputSchema.safeParse({ opensAt: '2026-03-01T09:00', closesAt: '2026-04-01T09:00', notice: '通知' })
  quotaEditsSchema.safeParse([{ provinceCode: '350000', track: 'enterprise', limit: 1 }])
  visitInputSchema({ stationTopics: ['registration'], today: '2026-12-01' }).safeParse({ date: '2026-12-01', photos: [] })
  memberInputSchema.safeParse({ uscc: '91350100M000100Y43', name: 'x', sme: true, products: ['茶'] })
  evidenceInputSchema.safeParse({ on: '2026-01-01', kind: 'invoice', description: 'x', fileIds: ['F'] })
}

test('no Function is constructed while building or parsing the schemas', () => {
  const Real = globalThis.Function
  const made: unknown[][] = []
  globalThis.Function = new Proxy(Real, {
    construct: (t, args) => (made.push(args), Reflect.construct(t, args)),
    apply: (t, self, args) => (made.push(args), Reflect.apply(t, self, args)),
  })
  try {
    jest.isolateModules(parseAll)
  } finally {
    globalThis.Function = Real
  }
  expect(made).toEqual([])
})
