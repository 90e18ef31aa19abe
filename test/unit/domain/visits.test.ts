import {
  PHOTO_MAX_BYTES,
  canViewVisit,
  checkPhotoUpload,
  compressionSteps,
  clientsServedPerYear,
  followUpFigures,
  followUpState,
  followUpsDue,
  lastThreeYears,
  markFollowUpDone,
  sniffImageType,
  visitDraftFromBooking,
  visitInputSchema,
  visitsByModePerMonth,
  visitsByTopicPerMonth,
  type VisitRecord,
} from '../../../src/domain/visits'
import { fieldErrorsOf } from '../../../src/domain/outcome'
import type { ServiceTopic } from '../../../src/domain/contract/org'

const bj = (s: string) => new Date(`${s}+08:00`)
const topics: ServiceTopic[] = ['registration', 'enforcement', 'finance']
const schema = visitInputSchema({ stationTopics: topics, today: '2026-12-01' })
const errors = (input: unknown) => {
  const r = schema.safeParse(input)
  return r.success ? {} : fieldErrorsOf(r.error)
}

const good = {
  date: '2026-12-01',
  client: { kind: 'org', orgId: 'OG1' },
  mode: 'onsite',
  topics: ['registration'],
  asked: '如何做商标布局',
  advised: '在第 29、30 类补充注册',
  outcome: '企业将于本月提交申请',
  followUpOn: '2026-12-20',
  photos: [{ fileId: 'F1', mime: 'image/jpeg', size: 200_000 }],
  adviceNote: { title: '商标指导服务建议书', body: '建议……' },
}

const visit = (over: Partial<VisitRecord>): VisitRecord => ({
  ...(good as Omit<VisitRecord, 'id' | 'stationId' | 'staffId' | 'createdAt'>),
  id: 'V1',
  stationId: 'ST1',
  staffId: 'U3',
  createdAt: '2026-01-01T00:00:00.000Z',
  ...over,
})

describe('visit declaration', () => {
  test('a complete visit parses; a walk-in needs name and a valid mobile', () => {
    expect(errors(good)).toEqual({})
    expect(errors({ ...good, client: { kind: 'walk_in', name: '李先生', phone: '13912345678' } })).toEqual({})
    expect(errors({ ...good, client: { kind: 'walk_in', name: ' ', phone: '123' } })).toEqual({
      'client.name': '请填写来访人姓名或单位',
      'client.phone': '请输入正确的 11 位手机号',
    })
  })

  test('mode, topics of the station only, no repeats, at least one', () => {
    expect(errors({ ...good, mode: 'phone' })).toEqual({ mode: '请选择服务方式（到站 / 上门走访 / 线上）' })
    expect(errors({ ...good, topics: ['overseas'] })).toEqual({ 'topics.0': '请选择本站提供的服务事项' })
    expect(errors({ ...good, topics: [] })).toEqual({ topics: '请至少选择一项服务事项' })
    expect(errors({ ...good, topics: ['finance', 'finance'] })).toEqual({ topics: '服务事项不能重复' })
    expect(errors({ ...good, mode: 'online', topics: ['finance', 'enforcement'] })).toEqual({})
  })

  test('dates: not in the future; follow-up not before the visit (same day is fine)', () => {
    expect(errors({ ...good, date: '2026-12-02' })).toEqual({ date: '服务日期不能晚于今天' })
    expect(errors({ ...good, date: '2026-11-31' })).toEqual({ date: '请选择服务日期（YYYY-MM-DD）' })
    expect(errors({ ...good, date: '2026-11-20', followUpOn: '2026-11-19' })).toEqual({ followUpOn: '回访日期不能早于服务日期' })
    expect(errors({ ...good, date: '2026-11-20', followUpOn: '2026-11-20' })).toEqual({})
    const { followUpOn: _f, adviceNote: _a, ...bare } = good
    expect(errors(bare)).toEqual({})
  })

  test('texts required with length limits; photos ≤ 9 of allowed type and size', () => {
    expect(errors({ ...good, asked: '', advised: 'x'.repeat(2001) })).toEqual({
      asked: '请填写咨询的问题',
      advised: '给出的建议最多 2000 个字',
    })
    const photo = { fileId: 'F', mime: 'image/png', size: 1000 }
    expect(errors({ ...good, photos: Array(9).fill(photo) })).toEqual({})
    expect(errors({ ...good, photos: Array(10).fill(photo) })).toEqual({ photos: '最多上传 9 张照片' })
    expect(
      errors({
        ...good,
        photos: [
          { ...photo, mime: 'image/gif' },
          { ...photo, size: PHOTO_MAX_BYTES + 1 },
        ],
      }),
    ).toEqual({
      'photos.0.mime': '照片只能是 JPG、PNG 或 WebP 格式',
      'photos.1.size': '每张照片不能超过 3 MB',
    })
    expect(errors({ ...good, adviceNote: { title: '建议书', body: '' } })).toEqual({ 'adviceNote.body': '请填写建议书内容' })
  })
})

describe('photo uploads (server side)', () => {
  const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0])
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a])
  const webp = new Uint8Array(
    [...'RIFF']
      .map((c) => c.charCodeAt(0))
      .concat(
        [0, 0, 0, 0],
        [...'WEBP'].map((c) => c.charCodeAt(0)),
      ),
  )
  const gif = new Uint8Array([...'GIF89a'].map((c) => c.charCodeAt(0)))

  test('type from the bytes, not from the name', () => {
    expect([sniffImageType(jpeg), sniffImageType(png), sniffImageType(webp), sniffImageType(gif)]).toEqual([
      'image/jpeg',
      'image/png',
      'image/webp',
      null,
    ])
  })

  test('413 over the size, 415 wrong type, 409 the tenth photo, null accepted', () => {
    expect(checkPhotoUpload({ size: PHOTO_MAX_BYTES, head: jpeg }, 0)).toBeNull()
    expect(checkPhotoUpload({ size: PHOTO_MAX_BYTES + 1, head: jpeg }, 0)).toEqual({
      status: 413,
      message: '照片为 3.0 MB，超过 3 MB 上限，请压缩后再上传',
    })
    expect(checkPhotoUpload({ size: 1000, head: gif }, 0)).toMatchObject({ status: 415 })
    expect(checkPhotoUpload({ size: 1000, head: png }, 9)).toMatchObject({ status: 409 })
    expect(checkPhotoUpload({ size: 0, head: new Uint8Array() }, 0)).toEqual({ status: 400, message: '照片是空文件，请重新选择' })
  })
})

describe('who sees a visit', () => {
  const v = visit({})
  test('staff of the station; the client organisation; nobody else', () => {
    expect(canViewVisit({ id: 'U3', role: 'staff', stationId: 'ST1' }, v)).toBe(true)
    expect(canViewVisit({ id: 'U8', role: 'staff', stationId: 'ST2' }, v)).toBe(false)
    expect(canViewVisit({ id: 'U1', role: 'enterprise', orgId: 'OG1' }, v)).toBe(true)
    expect(canViewVisit({ id: 'U9', role: 'enterprise', orgId: 'OG9' }, v)).toBe(false)
    expect(canViewVisit({ id: 'U4', role: 'province', provinceCode: '350000' }, v)).toBe(false)
    expect(
      canViewVisit(
        { id: 'U1', role: 'enterprise', orgId: 'OG1' },
        visit({ client: { kind: 'walk_in', name: '李', phone: '13912345678' } }),
      ),
    ).toBe(false)
  })
})

describe('follow-ups', () => {
  test('on time = marked on or before the follow-up day, in Beijing days', () => {
    const v = { followUpOn: '2026-12-20' }
    expect(followUpState({}, bj('2026-12-01T10:00:00'))).toBe('none')
    expect(followUpState(v, bj('2026-12-20T23:59:59'))).toBe('pending')
    expect(followUpState(v, bj('2026-12-21T00:00:00'))).toBe('overdue')
    // 23:30 Beijing on the 20th is 15:30 UTC the same day; 00:30 Beijing on the 21st is still the 20th in UTC
    expect(followUpState({ ...v, followUpDoneAt: bj('2026-12-20T23:30:00').toISOString() }, new Date())).toBe('done_on_time')
    expect(followUpState({ ...v, followUpDoneAt: bj('2026-12-21T00:30:00').toISOString() }, new Date())).toBe('done_late')
  })

  test('marking done: station staff, once, only when planned', () => {
    const staff = { id: 'U3', role: 'staff' as const, stationId: 'ST1' }
    const v = visit({})
    const r = markFollowUpDone(v, staff, bj('2026-12-19T10:00:00'))
    expect(r).toEqual({ ok: true, value: { ...v, followUpDoneAt: '2026-12-19T02:00:00.000Z' } })
    if (!r.ok) return
    expect(markFollowUpDone(r.value, staff, new Date())).toMatchObject({ status: 409, message: '这次回访已经标记为完成' })
    expect(markFollowUpDone(visit({ followUpOn: undefined }), staff, new Date())).toMatchObject({ status: 409 })
    expect(markFollowUpDone(v, { ...staff, stationId: 'ST2' }, new Date())).toMatchObject({ status: 403 })
  })

  test('due list for the staff home: overdue first, within the horizon, done ones left out', () => {
    const list = [
      visit({ id: 'A', followUpOn: '2026-12-05' }),
      visit({ id: 'B', followUpOn: '2026-11-28' }),
      visit({ id: 'C', followUpOn: '2026-12-30' }),
      visit({ id: 'D', followUpOn: '2026-11-29', followUpDoneAt: '2026-11-29T01:00:00.000Z' }),
    ]
    expect(followUpsDue(list, bj('2026-12-01T10:00:00')).map((v) => [v.id, v.state])).toEqual([
      ['B', 'overdue'],
      ['A', 'pending'],
    ])
  })
})

describe('station figures', () => {
  const org = (id: string) => ({ kind: 'org' as const, orgId: id })
  const walkIn = (phone: string) => ({ kind: 'walk_in' as const, name: '来访', phone })
  const log = [
    { date: '2024-03-01', client: org('OG1'), mode: 'onsite' as const, topics: ['registration' as const] },
    { date: '2024-05-01', client: org('OG1'), mode: 'visit' as const, topics: ['finance' as const] },
    {
      date: '2025-01-10',
      client: walkIn('13900000001'),
      mode: 'onsite' as const,
      topics: ['registration' as const, 'enforcement' as const],
    },
    { date: '2026-01-15', client: org('OG1'), mode: 'online' as const, topics: ['enforcement' as const] },
    { date: '2026-01-20', client: org('OG2'), mode: 'onsite' as const, topics: ['registration' as const] },
    { date: '2026-01-21', client: walkIn('13900000001'), mode: 'onsite' as const, topics: ['registration' as const] },
    { date: '2023-12-31', client: org('OG3'), mode: 'onsite' as const, topics: ['registration' as const] },
  ]

  test('clients served per year over the last three years, each client once a year', () => {
    expect(lastThreeYears(bj('2026-01-01T00:30:00'))).toEqual([2024, 2025, 2026])
    expect(clientsServedPerYear(log, 2026)).toEqual([
      { year: 2024, clients: 1, visits: 2 },
      { year: 2025, clients: 1, visits: 1 },
      { year: 2026, clients: 3, visits: 3 },
    ])
  })

  test('by topic per month: a two-topic visit counts under both; visits is the true count', () => {
    const s = visitsByTopicPerMonth(log, 2025, ['registration', 'enforcement', 'finance'])
    expect(s).toHaveLength(12)
    expect(s[0]).toEqual({ month: '2025-01', visits: 1, counts: { registration: 1, enforcement: 1, finance: 0 } })
    expect(s.slice(1).every((m) => m.visits === 0)).toBe(true)
  })

  test('by mode per month', () => {
    const s = visitsByModePerMonth(log, 2026)
    expect(s[0]).toEqual({ month: '2026-01', visits: 3, counts: { onsite: 2, visit: 0, online: 1 } })
    expect(s.reduce((n, m) => n + m.visits, 0)).toBe(3)
  })

  test('follow-ups done on time, rate over those already due', () => {
    const now = bj('2026-06-15T10:00:00')
    const f = followUpFigures(
      [
        { followUpOn: '2026-02-01', followUpDoneAt: bj('2026-01-30T10:00:00').toISOString() },
        { followUpOn: '2026-02-01', followUpDoneAt: bj('2026-02-03T10:00:00').toISOString() },
        { followUpOn: '2026-03-01' },
        { followUpOn: '2026-07-01' },
        { followUpOn: '2025-07-01' },
        {},
      ],
      2026,
      now,
    )
    expect(f).toEqual({ year: 2026, planned: 4, doneOnTime: 1, doneLate: 1, pending: 1, overdue: 1, onTimePercent: 33.3 })
    expect(followUpFigures([{ followUpOn: '2026-07-01' }], 2026, now).onTimePercent).toBeNull()
  })
})

describe('prefill from a completed booking', () => {
  test('the draft carries the booking, client, mode, topic and question; it is not yet valid (advice, outcome to fill)', () => {
    const d = visitDraftFromBooking({
      bookingId: 'B1',
      orgId: 'OG1',
      date: '2026-12-01',
      mode: 'visit',
      topic: 'finance',
      question: '质押融资流程',
    })
    expect(d).toEqual({
      bookingId: 'B1',
      date: '2026-12-01',
      client: { kind: 'org', orgId: 'OG1' },
      mode: 'visit',
      topics: ['finance'],
      asked: '质押融资流程',
      advised: '',
      outcome: '',
      photos: [],
    })
    expect(errors(d)).toEqual({ advised: '请填写给出的建议', outcome: '请填写服务结果' })
  })
})

describe('phone-side compression plan', () => {
  test('small photos are sent as they are; large ones are re-encoded smaller step by step, aspect kept', () => {
    expect(compressionSteps({ size: 300_000, width: 1200, height: 900 })).toBeNull()
    const steps = compressionSteps({ size: 5_000_000, width: 4000, height: 3000 })!
    expect(steps[0]).toEqual({ width: 1600, height: 1200, quality: 0.82 })
    for (let i = 1; i < steps.length; i++) {
      expect(steps[i].width * steps[i].height * steps[i].quality).toBeLessThan(
        steps[i - 1].width * steps[i - 1].height * steps[i - 1].quality,
      )
      expect(steps[i].width / steps[i].height).toBeCloseTo(4 / 3, 2)
    }
    // a large file of small dimensions (an uncompressed PNG): never enlarged, only re-encoded
    expect(compressionSteps({ size: 4_000_000, width: 800, height: 1000 })![0]).toEqual({ width: 800, height: 1000, quality: 0.82 })
    // an oversized small file (a 3000 px screenshot of 600 KB) is scaled down
    expect(compressionSteps({ size: 600_000, width: 3000, height: 1000 })![0]).toMatchObject({ width: 1600, height: 533 })
  })
})
