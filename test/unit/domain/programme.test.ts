import {
  callCountdown,
  callPhase,
  callSummary,
  canFileYearlyReport,
  currentProgrammeYear,
  noticeLengthErrors,
  noticePeriodFor,
  callTally,
  canRecommend,
  canResubmit,
  canSubmit,
  createProgrammeYear,
  currentQuotaTable,
  currentTimetable,
  decideSubmit,
  dueReminders,
  editQuotas,
  extendCall,
  nextBatchNumber,
  openCall,
  openCallFor,
  provincesNotRecommended,
  quotaRowOf,
  quotaTableAt,
  recommendationsStarted,
  reminderKey,
  stationQuotaWarnings,
  timetableSchema,
  updateTimetable,
  type ProgrammeYear,
  type ProvinceCall,
  type YearTimetable,
} from '../../../src/domain/programme'
import { checkRecommendationQuota, QUOTA_TABLE_2023 } from '../../../src/domain/quota'
import type { Actor } from '../../../src/domain/outcome'

const national: Actor = { id: 'U5', role: 'national', name: '张' }
const fujian: Actor = { id: 'U4', role: 'province', provinceCode: '350000', name: '林' }
const beijingReviewer: Actor = { id: 'U6', role: 'province', provinceCode: '110000' }
const enterprise: Actor = { id: 'U1', role: 'enterprise', orgId: 'OG1' }

/** An instant given in Beijing wall-clock time with seconds: bj('2026-12-15T16:59:59'). */
const bj = (s: string) => new Date(`${s}+08:00`)

const timetable: YearTimetable = {
  year: 2026,
  applicationOpensAt: '2026-03-01T09:00',
  applicationClosesAt: '2026-12-20T17:00',
  recommendationDeadline: '2026-12-31T17:00',
  noticeDays: 7,
  yearlyReportDeadline: '2027-03-31T17:00',
}

const newYear = (): ProgrammeYear => {
  const r = createProgrammeYear(national, timetable, bj('2026-02-01T10:00:00'))
  if (!r.ok) throw new Error(r.message)
  return r.value
}

const call1 = (): ProvinceCall => {
  const r = openCall(
    fujian,
    { opensAt: '2026-11-01T09:00', closesAt: '2026-12-15T17:00', notice: '福建省 2026 年度第一批申报通知' },
    { now: bj('2026-10-20T10:00:00'), timetable, calls: [], id: 'CALL1' },
  )
  if (!r.ok) throw new Error(r.message)
  return r.value
}

describe('timetable declaration', () => {
  test('a sane timetable parses', () => {
    expect(timetableSchema.safeParse(timetable).success).toBe(true)
  })

  test('field messages in Chinese, per field', () => {
    const r = createProgrammeYear(national, { ...timetable, applicationOpensAt: '2026-02-30T09:00', noticeDays: 3, year: 2020 }, new Date())
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.status).toBe(400)
    expect(r.fieldErrors).toMatchObject({
      applicationOpensAt: '请选择申报开始时间（北京时间，精确到分钟）',
      noticeDays: '公示期至少 5 天',
      year: expect.stringContaining('不能早于 2023 年'),
    })
  })

  test('cross-field: close after open, recommendation after the window, notice ≤ 30 days, opens in the year or the one before', () => {
    const bad = (patch: Partial<YearTimetable>) => {
      const r = createProgrammeYear(national, { ...timetable, ...patch }, new Date())
      return r.ok ? {} : r.fieldErrors
    }
    expect(bad({ applicationClosesAt: '2026-03-01T09:00' })).toEqual({ applicationClosesAt: '申报截止时间应晚于申报开始时间' })
    expect(bad({ recommendationDeadline: '2026-12-20T17:00' })).toEqual({
      recommendationDeadline: '省级推荐截止时间应晚于申报截止时间（2026年12月20日 17:00）',
    })
    expect(bad({ noticeDays: 31 })).toEqual({ noticeDays: '公示期最多 30 天' })
    expect(bad({ noticeDays: 5.5 })).toEqual({ noticeDays: '公示期天数应为整数' })
    expect(bad({ applicationOpensAt: '2024-12-01T09:00' })).toEqual({ applicationOpensAt: '2026 年度的申报应在 2025 年或 2026 年开始' })
    expect(bad({ applicationOpensAt: '2025-12-01T09:00' })).toEqual({})
    expect(bad({ yearlyReportDeadline: '2028-01-10T17:00' })).toEqual({ yearlyReportDeadline: '年度报送截止时间不应晚于 2027 年底' })
  })

  test('only the national reviewer sets the timetable', () => {
    const r = createProgrammeYear(fujian, timetable, new Date())
    expect(r).toMatchObject({ ok: false, status: 403 })
  })
})

describe('quota table versioning', () => {
  test('a new year starts from annex 4 (a copy, not the constant)', () => {
    const y = newYear()
    expect(currentQuotaTable(y)).toEqual(QUOTA_TABLE_2023)
    expect(currentQuotaTable(y)).not.toBe(QUOTA_TABLE_2023)
    expect(y.quotaVersions[0]).toMatchObject({ basis: 'annex4', record: { version: 1, by: 'U5' } })
  })

  test('before recommendations started: edit recorded without a reason', () => {
    const y = newYear()
    const r = editQuotas(y, national, [{ provinceCode: '350000', track: 'enterprise', limit: 45 }], {
      now: bj('2026-03-02T10:00:00'),
      recommendationsStarted: false,
      recommended: () => 0,
    })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(quotaRowOf(r.value, '350000')).toMatchObject({ enterprise: 45, regional: 34 })
    expect(r.value.quotaVersions[1]).toMatchObject({
      basis: 'edited',
      record: { version: 2, by: 'U5', byName: '张', afterRecommendationsStarted: false, changes: ['福建省 企业商标品牌名额：43 → 45'] },
    })
    expect(QUOTA_TABLE_2023.find((x) => x.provinceCode === '350000')!.enterprise).toBe(43)
  })

  test('after recommendations started: refused without a reason, recorded with who and why', () => {
    const y = newYear()
    const ctx = { now: bj('2026-12-21T10:00:00'), recommendationsStarted: true, recommended: () => 10 }
    const edit = [{ provinceCode: '350000', track: 'regional' as const, limit: 36 }]
    expect(editQuotas(y, national, edit, ctx)).toMatchObject({
      ok: false,
      status: 400,
      fieldErrors: { reason: '本年度已开始推荐，修改须填写原因（将记录修改人和时间）' },
    })
    const r = editQuotas(y, national, edit, { ...ctx, reason: '新增 2 个试点示范县' })
    expect(r.ok && r.value.quotaVersions[1].record).toMatchObject({
      reason: '新增 2 个试点示范县',
      afterRecommendationsStarted: true,
      at: '2026-12-21T02:00:00.000Z',
    })
  })

  test('a limit below what is already recommended is refused on that field', () => {
    const y = newYear()
    const r = editQuotas(y, national, [{ provinceCode: '350000', track: 'enterprise', limit: 9 }], {
      now: new Date(),
      recommendationsStarted: true,
      reason: '更正',
      recommended: (p, t) => (p === '350000' && t === 'enterprise' ? 10 : 0),
    })
    expect(r).toMatchObject({ ok: false, fieldErrors: { 'edits.0.limit': '福建省已推荐企业商标品牌 10 个，名额不能少于 10' } })
  })

  test('bad edits get field errors; province reviewers may not edit', () => {
    const y = newYear()
    const ctx = { now: new Date(), recommendationsStarted: false, recommended: () => 0 }
    expect(editQuotas(y, national, [{ provinceCode: '350000', track: 'enterprise', limit: -1 }], ctx)).toMatchObject({
      fieldErrors: { 'edits.0.limit': '名额不能为负数' },
    })
    expect(editQuotas(y, national, [{ provinceCode: '710000', track: 'station', limit: 3 }], ctx)).toMatchObject({
      fieldErrors: { 'edits.0.provinceCode': '附件4 中没有这个省份' },
    })
    expect(editQuotas(y, fujian, [{ provinceCode: '350000', track: 'enterprise', limit: 50 }], ctx)).toMatchObject({ status: 403 })
  })

  test("the quota check uses the year's table (ratio rules still apply), and the table in force at an instant", () => {
    const y0 = newYear()
    const r = editQuotas(y0, national, [{ provinceCode: '540000', track: 'enterprise', limit: 3 }], {
      now: bj('2026-06-01T10:00:00'),
      recommendationsStarted: false,
      recommended: () => 0,
    })
    if (!r.ok) throw new Error(r.message)
    const y = r.value
    const two = [
      { track: 'enterprise' as const, status: 'recommended' as const, nonDemo: false },
      { track: 'enterprise' as const, status: 'recommended' as const, nonDemo: false },
    ]
    // annex 4 gives 西藏 2 enterprise places; the edited table 3
    expect(
      checkRecommendationQuota(
        QUOTA_TABLE_2023.find((x) => x.provinceCode === '540000'),
        two,
        { track: 'enterprise', status: 'submitted' },
      ).ok,
    ).toBe(false)
    expect(checkRecommendationQuota(quotaRowOf(y, '540000'), two, { track: 'enterprise', status: 'submitted', nonDemo: false }).ok).toBe(
      true,
    )
    // 1 non-demo of 3 = 33 % > 30 %: the ratio rule holds on the edited table
    expect(
      checkRecommendationQuota(quotaRowOf(y, '540000'), two, { track: 'enterprise', status: 'submitted', nonDemo: true }),
    ).toMatchObject({
      ok: false,
      rule: 'enterprise_non_demo_max_30',
    })
    expect(quotaTableAt(y, bj('2026-05-31T23:59:00')).find((x) => x.provinceCode === '540000')!.enterprise).toBe(2)
    expect(quotaTableAt(y, bj('2026-06-01T10:00:00')).find((x) => x.provinceCode === '540000')!.enterprise).toBe(3)
  })

  test('station column warning (annex 4 note 3) — none for the published table', () => {
    expect(stationQuotaWarnings(QUOTA_TABLE_2023)).toEqual([])
    const rows = QUOTA_TABLE_2023.map((r) => (r.provinceCode === '350000' ? { ...r, station: 20 } : r))
    expect(stationQuotaWarnings(rows)).toEqual([{ provinceCode: '350000', message: expect.stringContaining('附件4 注3') }])
  })
})

describe('timetable versioning', () => {
  test('change recorded with a diff; after recommendations started a reason is required', () => {
    const y = newYear()
    const next = { ...timetable, recommendationDeadline: '2027-01-10T17:00' }
    const base = { now: bj('2026-12-22T09:00:00'), recommendationsStarted: true, calls: [] }
    expect(updateTimetable(y, national, next, base)).toMatchObject({ ok: false, fieldErrors: { reason: expect.any(String) } })
    const r = updateTimetable(y, national, next, { ...base, reason: '部分省份延期' })
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(currentTimetable(r.value).recommendationDeadline).toBe('2027-01-10T17:00')
    expect(r.value.timetableVersions[1].record).toMatchObject({
      version: 2,
      reason: '部分省份延期',
      changes: ['省级推荐截止时间：2026年12月31日 17:00 → 2027年1月10日 17:00'],
    })
  })

  test('the year cannot change; the window may not shrink around an existing call; no-op refused', () => {
    const y = newYear()
    const ctx = { now: new Date(), recommendationsStarted: false, calls: [call1()] }
    expect(updateTimetable(y, national, { ...timetable, year: 2027 }, ctx)).toMatchObject({
      fieldErrors: { year: '年度不能修改（当前为 2026 年度）' },
    })
    expect(updateTimetable(y, national, { ...timetable, applicationClosesAt: '2026-12-10T17:00' }, ctx)).toMatchObject({
      status: 409,
      message: expect.stringContaining('350000 第 1 批（截止 2026年12月15日 17:00）'),
    })
    expect(updateTimetable(y, national, timetable, ctx)).toMatchObject({ status: 409, message: '时间安排没有变化' })
  })
})

describe('province call', () => {
  test('only a province reviewer, for its own province; batch 1 first', () => {
    const ctx = { now: bj('2026-10-20T10:00:00'), timetable, calls: [], id: 'C' }
    const input = { opensAt: '2026-11-01T09:00', closesAt: '2026-12-15T17:00', notice: '通知' }
    expect(openCall(enterprise, input, ctx)).toMatchObject({ status: 403 })
    expect(openCall(beijingReviewer, { ...input, provinceCode: '350000' }, ctx)).toMatchObject({
      status: 403,
      message: '只能管理本省（区、市）的申报批次',
    })
    expect(call1()).toMatchObject({ batch: 1, provinceCode: '350000', year: 2026, extensions: [] })
  })

  test('inside the national window, closes in the future, notice required', () => {
    const ctx = { now: bj('2026-10-20T10:00:00'), timetable, calls: [], id: 'C' }
    const r = openCall(fujian, { opensAt: '2026-02-01T09:00', closesAt: '2026-12-21T17:00', notice: ' ' }, ctx)
    expect(r).toMatchObject({
      status: 400,
      fieldErrors: { notice: '请填写申报通知' },
    })
    const r2 = openCall(fujian, { opensAt: '2026-02-01T09:00', closesAt: '2026-12-21T17:00', notice: '通知' }, ctx)
    expect(r2).toMatchObject({
      fieldErrors: { opensAt: '不能早于全国申报开始时间 2026年3月1日 09:00', closesAt: '不能晚于全国申报截止时间 2026年12月20日 17:00' },
    })
    const r3 = openCall(fujian, { opensAt: '2026-03-01T09:00', closesAt: '2026-10-20T10:00', notice: '通知' }, ctx)
    expect(r3).toMatchObject({ fieldErrors: { closesAt: '截止时间已过，请选择以后的时间' } })
  })

  test('batch numbering: next = highest + 1, per province and year; a batch opens after the previous one closes', () => {
    const c1 = call1()
    const ctx = { now: bj('2026-11-05T10:00:00'), timetable, calls: [c1], id: 'CALL2' }
    expect(nextBatchNumber([c1], '350000', 2026)).toBe(2)
    expect(nextBatchNumber([c1], '110000', 2026)).toBe(1)
    expect(nextBatchNumber([c1], '350000', 2027)).toBe(1)
    const overlap = openCall(fujian, { opensAt: '2026-12-15T16:59', closesAt: '2026-12-20T17:00', notice: '第二批' }, ctx)
    expect(overlap).toMatchObject({ fieldErrors: { opensAt: '第 1 批截止（2026年12月15日 17:00）后才能开始下一批' } })
    const c2 = openCall(fujian, { opensAt: '2026-12-15T17:00', closesAt: '2026-12-20T17:00', notice: '第二批' }, ctx)
    expect(c2).toMatchObject({ ok: true, value: { batch: 2 } })
  })

  test('boundary minutes in Beijing time: open inclusive, close exclusive', () => {
    const c = call1()
    expect(canSubmit(c, bj('2026-11-01T08:59:59')).ok).toBe(false)
    expect(canSubmit(c, bj('2026-11-01T09:00:00'))).toEqual({ ok: true, value: { callId: 'CALL1', year: 2026, batch: 1 } })
    expect(canSubmit(c, bj('2026-12-15T16:59:59')).ok).toBe(true)
    expect(canSubmit(c, new Date(Date.parse('2026-12-15T09:00:00Z') - 1)).ok).toBe(true)
    const closed = canSubmit(c, bj('2026-12-15T17:00:00'))
    expect(closed).toMatchObject({ ok: false, status: 409, code: 'CALL_CLOSED' })
    expect(!closed.ok && closed.message).toBe(
      '第 1 批申报已于 2026年12月15日 17:00（北京时间）截止，现在不能提交，草稿已为您保存。下一批的开始时间尚未公布，请留意省级知识产权管理部门的申报通知。',
    )
    // 17:00 Beijing is 09:00 UTC; the device's zone plays no part
    expect(callPhase(c, new Date('2026-12-15T09:00:00.000Z'))).toBe('closed')
    expect(callPhase(c, new Date('2026-12-15T08:59:59.999Z'))).toBe('open')
  })

  test('refusal says when the next call opens; before the open it says when this one opens', () => {
    const c1 = call1()
    const c2 = openCall(
      fujian,
      { opensAt: '2026-12-18T09:00', closesAt: '2026-12-20T17:00', notice: '第二批' },
      {
        now: bj('2026-12-01T10:00:00'),
        timetable,
        calls: [c1],
        id: 'CALL2',
      },
    )
    if (!c2.ok) throw new Error(c2.message)
    const calls = [c1, c2.value]
    const between = decideSubmit(calls, '350000', bj('2026-12-16T10:00:00'))
    expect(!between.ok && between.message).toContain('第 1 批申报已于 2026年12月15日 17:00（北京时间）截止')
    expect(!between.ok && between.message).toContain('下一批（第 2 批）将于 2026年12月18日 09:00（北京时间）开始申报。')
    expect(decideSubmit(calls, '350000', bj('2026-12-18T09:00:00'))).toEqual({ ok: true, value: { callId: 'CALL2', year: 2026, batch: 2 } })
    const before = decideSubmit(calls, '350000', bj('2026-10-25T10:00:00'))
    expect(!before.ok && before.message).toBe('第 1 批申报将于 2026年11月1日 09:00（北京时间）开始，届时才能提交，草稿已为您保存。')
    expect(decideSubmit(calls, '110000', bj('2026-12-16T10:00:00'))).toMatchObject({
      ok: false,
      message: expect.stringContaining('目前没有开放的申报批次'),
    })
  })

  test('the year and batch come from the call, not the calendar', () => {
    const y2027: YearTimetable = {
      year: 2027,
      applicationOpensAt: '2026-12-20T09:00',
      applicationClosesAt: '2027-03-31T17:00',
      recommendationDeadline: '2027-04-30T17:00',
      noticeDays: 5,
      yearlyReportDeadline: '2027-12-31T17:00',
    }
    const r = openCall(
      fujian,
      { opensAt: '2026-12-28T09:00', closesAt: '2027-01-31T17:00', notice: '2027 年度第一批' },
      {
        now: bj('2026-12-21T10:00:00'),
        timetable: y2027,
        calls: [call1()],
        id: 'C27',
      },
    )
    if (!r.ok) throw new Error(r.message)
    expect(r.value.batch).toBe(1)
    expect(canSubmit(r.value, bj('2026-12-30T10:00:00'))).toEqual({ ok: true, value: { callId: 'C27', year: 2027, batch: 1 } })
  })

  test('extension recorded (from, to, who, when, why); must be later and inside the window', () => {
    const c = call1()
    const ctx = { now: bj('2026-12-14T10:00:00'), timetable, calls: [c] }
    expect(extendCall(c, fujian, { closesAt: '2026-12-18T17:00', reason: '' }, ctx)).toMatchObject({
      fieldErrors: { reason: '请填写延期原因' },
    })
    expect(extendCall(c, fujian, { closesAt: '2026-12-15T12:00', reason: '系统故障' }, ctx)).toMatchObject({
      fieldErrors: { closesAt: '延期后的截止时间应晚于当前截止时间 2026年12月15日 17:00' },
    })
    expect(extendCall(c, fujian, { closesAt: '2026-12-25T17:00', reason: '系统故障' }, ctx)).toMatchObject({
      fieldErrors: { closesAt: '不能晚于全国申报截止时间 2026年12月20日 17:00' },
    })
    expect(extendCall(c, beijingReviewer, { closesAt: '2026-12-18T17:00', reason: '系统故障' }, ctx)).toMatchObject({ status: 403 })
    const r = extendCall(c, fujian, { closesAt: '2026-12-18T17:00', reason: '系统故障' }, ctx)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.value.closesAt).toBe('2026-12-18T17:00')
    expect(r.value.extensions).toEqual([
      { from: '2026-12-15T17:00', to: '2026-12-18T17:00', by: 'U4', byName: '林', at: '2026-12-14T02:00:00.000Z', reason: '系统故障' },
    ])
    expect(canSubmit(r.value, bj('2026-12-16T10:00:00')).ok).toBe(true)
  })

  test('a closed batch is never reopened: extending it is refused, the next batch is the way', () => {
    const c = call1()
    const r = extendCall(
      c,
      fujian,
      { closesAt: '2026-12-18T17:00', reason: '补报' },
      { now: bj('2026-12-15T17:00:00'), timetable, calls: [c] },
    )
    expect(r).toMatchObject({
      ok: false,
      status: 409,
      code: 'CALL_CLOSED',
      message: '第 1 批已于 2026年12月15日 17:00 截止，截止后不能重新开放或延期；如需继续受理，请开通第 2 批',
    })
    expect(c.closesAt).toBe('2026-12-15T17:00')
  })

  test('an extension may not run into the next batch', () => {
    const c1 = call1()
    const c2: ProvinceCall = { ...c1, id: 'CALL2', batch: 2, opensAt: '2026-12-17T09:00', closesAt: '2026-12-20T17:00' }
    const r = extendCall(
      c1,
      fujian,
      { closesAt: '2026-12-18T17:00', reason: '延期' },
      { now: bj('2026-12-14T10:00:00'), timetable, calls: [c1, c2] },
    )
    expect(r).toMatchObject({ fieldErrors: { closesAt: '不能晚于第 2 批的开始时间 2026年12月17日 09:00' } })
  })

  test('openCallFor and days left (剩余 N 天, Beijing days)', () => {
    const c = call1()
    expect(openCallFor([c], '350000', bj('2026-12-01T00:00:00'))?.id).toBe('CALL1')
    expect(openCallFor([c], '350000', bj('2026-12-15T17:00:00'))).toBeUndefined()
    expect(callCountdown(c, bj('2026-12-01T23:30:00'))).toEqual({ daysLeft: 14, label: '剩余 14 天', lastMinute: '2026-12-15T16:59' })
    // 00:30 Beijing on the 2nd is still the 1st in UTC: Beijing days count
    expect(callCountdown(c, bj('2026-12-02T00:30:00')).daysLeft).toBe(13)
    expect(callCountdown(c, bj('2026-12-15T08:00:00')).label).toBe('今天 17:00 截止')
    expect(callCountdown({ closesAt: '2026-12-16T00:00' }, bj('2026-12-15T08:00:00')).label).toBe('今天 00:00 截止')
    expect(callCountdown(c, bj('2026-12-15T17:00:00')).label).toBe('已截止')
  })

  test('tally for the province: drafts (while open) and submissions of this call', () => {
    const c = call1()
    const apps = [
      { provinceCode: '350000', status: 'draft' },
      { provinceCode: '350000', status: 'draft' },
      { provinceCode: '350000', status: 'submitted', callId: 'CALL1' },
      { provinceCode: '350000', status: 'recommended', callId: 'CALL1' },
      { provinceCode: '350000', status: 'submitted', callId: 'OTHER' },
      { provinceCode: '110000', status: 'draft' },
    ]
    expect(callTally(c, apps, bj('2026-12-01T10:00:00'))).toEqual({ drafts: 2, submitted: 2 })
    expect(callTally(c, apps, bj('2026-12-16T10:00:00'))).toEqual({ drafts: 0, submitted: 2 })
  })
})

describe('reminders 7 days and 1 day before the close', () => {
  const drafts = [
    { applicationId: 'A1', applicantId: 'U1', provinceCode: '350000' },
    { applicationId: 'A9', applicantId: 'U9', provinceCode: '110000' },
  ]

  /** Run a clock over instants, keeping the sent keys as the caller would; returns every reminder sent. */
  function simulate(calls: ProvinceCall[], instants: Date[]) {
    const sent = new Set<string>()
    const log: { at: string; key: string; body: string }[] = []
    for (const now of instants) {
      for (const r of dueReminders(calls, drafts, sent, now)) {
        sent.add(r.key)
        log.push({ at: now.toISOString(), key: r.key, body: r.body })
      }
    }
    return log
  }

  test('none before 7 days; the 7-day one at close − 7 × 24 h exactly', () => {
    const c = call1()
    expect(dueReminders([c], drafts, new Set(), bj('2026-12-08T16:59:59'))).toEqual([])
    const due = dueReminders([c], drafts, new Set(), bj('2026-12-08T17:00:00'))
    expect(due).toEqual([
      {
        key: 'CALL1:A1:close_in_7_days',
        kind: 'close_in_7_days',
        callId: 'CALL1',
        applicationId: 'A1',
        applicantId: 'U1',
        dueAt: '2026-12-08T09:00:00.000Z',
        title: '申报将在 7 天后截止',
        body: '第 1 批申报将于 2026年12月15日 17:00（北京时间）截止，您的申报表还是草稿，请在截止前提交。',
      },
    ])
  })

  test('each reminder exactly once over an hourly clock, none after the close', () => {
    const c = call1()
    const hours = Array.from({ length: 24 * 20 }, (_, i) => new Date(bj('2026-12-01T00:00:00').getTime() + i * 3600_000))
    const log = simulate([c], hours)
    expect(log.map((l) => [l.at, l.key])).toEqual([
      ['2026-12-08T09:00:00.000Z', 'CALL1:A1:close_in_7_days'],
      ['2026-12-14T09:00:00.000Z', 'CALL1:A1:close_in_1_day'],
    ])
  })

  test('a draft started 3 days before the close gets only the 1-day reminder', () => {
    const c = call1()
    const sent = new Set<string>()
    // the draft appears on the 12th; nothing ran on the 8th for it
    const due = dueReminders([c], drafts, sent, bj('2026-12-14T17:05:00'))
    expect(due.map((d) => d.kind)).toEqual(['close_in_1_day'])
    sent.add(due[0].key)
    expect(dueReminders([c], drafts, sent, bj('2026-12-15T10:00:00'))).toEqual([])
  })

  test('after an extension the same kind is never sent twice', () => {
    const c = call1()
    const sent = new Set([reminderKey('CALL1', 'A1', 'close_in_7_days')])
    const extended = { ...c, closesAt: '2026-12-18T17:00' }
    expect(dueReminders([extended], drafts, sent, bj('2026-12-12T10:00:00'))).toEqual([])
    expect(dueReminders([extended], drafts, sent, bj('2026-12-17T17:00:00')).map((d) => d.key)).toEqual(['CALL1:A1:close_in_1_day'])
  })
})

describe('recommendation deadline and who has not recommended', () => {
  test('exclusive deadline with a clear message', () => {
    expect(canRecommend(timetable, bj('2026-12-31T16:59:59')).ok).toBe(true)
    expect(canRecommend(timetable, bj('2026-12-31T17:00:00'))).toMatchObject({
      ok: false,
      code: 'DEADLINE_PASSED',
      message: '2026 年度省级推荐已于 2026年12月31日 17:00（北京时间）截止，不能再推荐本年度的申报；如确需补报，请联系国家知识产权局',
    })
    expect(canResubmit(timetable, bj('2026-12-25T10:00:00')).ok).toBe(true)
    expect(canResubmit(timetable, bj('2027-01-01T10:00:00')).ok).toBe(false)
  })

  test('provinces not recommended yet, with their waiting submissions; not_selected counts as recommended', () => {
    const apps = [
      { provinceCode: '350000', year: 2026, status: 'recommended' as const },
      { provinceCode: '110000', year: 2026, status: 'not_selected' as const },
      { provinceCode: '440000', year: 2026, status: 'submitted' as const },
      { provinceCode: '440000', year: 2026, status: 'resubmitted' as const },
      { provinceCode: '440000', year: 2025, status: 'recommended' as const },
    ]
    const missing = provincesNotRecommended(QUOTA_TABLE_2023, apps, 2026)
    expect(missing).toHaveLength(30)
    expect(missing.map((m) => m.provinceCode)).not.toContain('350000')
    expect(missing.map((m) => m.provinceCode)).not.toContain('110000')
    expect(missing.find((m) => m.provinceCode === '440000')).toEqual({ provinceCode: '440000', provinceName: '广东省', waiting: 2 })
    expect(recommendationsStarted(apps, 2026)).toBe(true)
    expect(
      recommendationsStarted(
        apps.filter((a) => a.provinceCode === '440000' && a.year === 2026),
        2026,
      ),
    ).toBe(false)
  })
})

describe('using the timetable elsewhere', () => {
  test("public notice uses the year's length", () => {
    expect(noticePeriodFor(timetable, '2027-01-05')).toEqual({ start: '2027-01-05', end: '2027-01-12' })
    expect(noticeLengthErrors(timetable, '2027-01-05', '2027-01-11')).toEqual({
      end: '2026 年度公示期为 7 天：结束日期不能早于 2027-01-12',
    })
    expect(noticeLengthErrors(timetable, '2027-01-05', '2027-01-12')).toEqual({})
  })

  test('yearly report deadline, exclusive', () => {
    expect(canFileYearlyReport(timetable, bj('2027-03-31T16:59:59'))).toEqual({ ok: true })
    expect(canFileYearlyReport(timetable, bj('2027-03-31T17:00:00'))).toEqual({
      ok: false,
      message: '2026 年度报送已于 2027年3月31日 17:00（北京时间）截止，不能再提交或修改',
    })
  })

  test('the programme year screens default to: latest opened window, else earliest configured, else null', () => {
    const y2027 = { ...timetable, year: 2027, applicationOpensAt: '2026-12-20T09:00' }
    expect(currentProgrammeYear([], new Date())).toBeNull()
    expect(currentProgrammeYear([timetable, y2027], bj('2026-12-19T10:00:00'))).toBe(2026)
    // a 2027 window opening in December 2026 makes 2027 the current programme year although the calendar says 2026
    expect(currentProgrammeYear([timetable, y2027], bj('2026-12-20T09:00:00'))).toBe(2027)
    expect(currentProgrammeYear([timetable, y2027], bj('2026-01-01T00:00:00'))).toBe(2026)
  })

  test('call summary for the home card', () => {
    const c = call1()
    expect(callSummary(c, bj('2026-10-30T10:00:00'))).toMatchObject({
      phase: 'scheduled',
      label: '将于 2026年11月1日 09:00 开始',
      daysLeft: 0,
    })
    expect(callSummary(c, bj('2026-12-05T10:00:00'))).toEqual({
      callId: 'CALL1',
      year: 2026,
      batch: 1,
      phase: 'open',
      phaseLabel: '申报中',
      opensAt: '2026-11-01T09:00',
      closesAt: '2026-12-15T17:00',
      label: '剩余 10 天',
      daysLeft: 10,
      notice: '福建省 2026 年度第一批申报通知',
      extended: false,
    })
    expect(callSummary(c, bj('2026-12-15T17:00:00'))).toMatchObject({ phase: 'closed', phaseLabel: '已截止', label: '已截止' })
  })
})
